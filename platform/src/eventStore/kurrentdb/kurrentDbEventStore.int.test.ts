// The event store contract against a real KurrentDB: the one ESDB_URL names, or one testcontainers
// starts where Docker is available. Without either the suite is reported as skipped, with the
// reason in its title; it never runs against anything but a real server.
import { getContainerRuntimeClient, type StartedTestContainer } from 'testcontainers';
import { describeEventStoreContract } from '../eventStore.contract.ts';
import { startTcpProxy } from '../testing/tcpProxy.ts';
import { singleNodeTarget, throughProxy } from './connectionString.ts';
import { createKurrentDbEventStore } from './kurrentDbEventStore.ts';
import { startKurrentDbContainer } from './kurrentDbTestServer.ts';

const ESDB_URL = process.env.ESDB_URL;

async function dockerAvailable(): Promise<boolean> {
  try {
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

const skipReason =
  ESDB_URL || (await dockerAvailable())
    ? undefined
    : 'no KurrentDB server: ESDB_URL is not set and no Docker engine is available for testcontainers';

describeEventStoreContract(
  'kurrentdb',
  async () => {
    let container: StartedTestContainer | undefined;
    let url = ESDB_URL;
    if (!url) {
      container = await startKurrentDbContainer();
      url = `kurrentdb://${container.getHost()}:${container.getMappedPort(2113)}?tls=false`;
    }
    // Through a proxy, so that the test can cut the client's connections as a server loss would.
    const proxy = await startTcpProxy(singleNodeTarget(url));
    const store = createKurrentDbEventStore(throughProxy(url, proxy.port));
    return {
      store,
      // KurrentDB positions events when it writes them: there is no open write to hold. The append
      // is sent on commit(), and the gap test checks that later appends around it stay in order.
      async beginAppend(streamName, events, expected) {
        return {
          async commit() {
            await store.append(streamName, events, expected);
          },
        };
      },
      async dropConnections() {
        proxy.dropConnections();
      },
      async close() {
        await store.close();
        await proxy.close();
        await container?.stop();
      },
    };
  },
  skipReason,
);
