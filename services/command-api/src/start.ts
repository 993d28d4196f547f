// How command-api's two processes start, alone (main.ts, relay/main.ts) or with the other services.
import { jetstream } from '@nats-io/jetstream';
import {
  type ApiKeyRecord,
  createCheckpointStore,
  type Infrastructure,
  keepRunning,
  type Running,
  runWithLease,
} from '@payouts/platform';
import { createCommandApp } from './app.ts';
import { runRelay } from './relay/relay.ts';

export function startCommandApi(infra: Infrastructure, apiKeys: ApiKeyRecord[]) {
  return createCommandApp({
    eventStore: infra.eventStore,
    apiKeys,
    logger: infra.logger.child({ service: 'command-api' }),
  });
}

export async function startRelay(infra: Infrastructure): Promise<Running> {
  const logger = infra.logger.child({ service: 'relay' });
  const checkpoints = await createCheckpointStore(infra.pool);
  const js = jetstream(infra.nats);
  const controller = new AbortController();
  const done = runWithLease(
    {
      connectionString: infra.databaseUrl,
      name: `relay:${infra.bus.stream}`,
      signal: controller.signal,
      logger,
    },
    (leaseSignal) =>
      keepRunning('relay', logger, leaseSignal, (signal) =>
        runRelay(
          { eventStore: infra.eventStore, checkpoints, js, subjectPrefix: infra.bus.subjectPrefix, logger },
          signal,
        ),
      ),
  );
  return {
    async stop() {
      controller.abort();
      await done;
    },
  };
}
