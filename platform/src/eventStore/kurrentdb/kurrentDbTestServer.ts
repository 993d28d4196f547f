// For tests on a machine with Docker: a throw-away, in-memory, insecure KurrentDB node.
import { GenericContainer, type StartedTestContainer, Wait } from 'testcontainers';

/** The stack's KurrentDB (deploy/compose.kurrentdb.yml); ESDB_IMAGE may name another, e.g. eventstore/eventstore:24.10. */
const IMAGE = process.env.ESDB_IMAGE ?? 'docker.kurrent.io/kurrent-lts/kurrentdb:26.0.3';
const HTTP_PORT = 2113;

export async function startKurrentDbContainer(): Promise<StartedTestContainer> {
  // EventStoreDB images read EVENTSTORE_ settings, KurrentDB images KURRENTDB_ ones.
  const prefix = IMAGE.includes('eventstore') ? 'EVENTSTORE' : 'KURRENTDB';
  return new GenericContainer(IMAGE)
    .withEnvironment({
      [`${prefix}_INSECURE`]: 'true',
      [`${prefix}_MEM_DB`]: 'true',
      [`${prefix}_RUN_PROJECTIONS`]: 'None',
      [`${prefix}_START_STANDARD_PROJECTIONS`]: 'false',
    })
    .withExposedPorts(HTTP_PORT)
    .withWaitStrategy(
      Wait.forHttp('/health/live', HTTP_PORT).forStatusCodeMatching((code) => code >= 200 && code < 300),
    )
    .withStartupTimeout(120_000)
    .start();
}
