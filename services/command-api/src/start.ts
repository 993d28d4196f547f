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
import type { CommandApiConfig } from './config.ts';
import { migrateCommandApi } from './idempotency/migrations.ts';
import { createIdempotencyStore } from './idempotency/store.ts';
import { abortWhenBusIsReset, republishIfBusWasReset } from './relay/busReset.ts';
import { RELAY_CHECKPOINT, runRelay } from './relay/relay.ts';

/** The part of commandApiEnv the app needs (a config loaded with it, or one that extends it). */
export type CommandApiSettings = Pick<
  CommandApiConfig,
  'RATE_LIMIT_REQUESTS' | 'RATE_LIMIT_WINDOW_SECONDS' | 'IDEMPOTENCY_KEY_RETENTION_HOURS'
>;

export async function startCommandApi(
  infra: Infrastructure,
  apiKeys: ApiKeyRecord[],
  settings: CommandApiSettings,
) {
  const logger = infra.logger.child({ service: 'command-api' });
  await migrateCommandApi(infra.db);
  return createCommandApp({
    eventStore: infra.eventStore,
    idempotency: createIdempotencyStore(infra.pool, {
      retentionHours: settings.IDEMPOTENCY_KEY_RETENTION_HOURS,
      onPurgeError: (err) => logger.warn({ err }, 'purging expired idempotency keys failed'),
    }),
    apiKeys,
    logger,
    rateLimit: {
      requests: settings.RATE_LIMIT_REQUESTS,
      windowSeconds: settings.RATE_LIMIT_WINDOW_SECONDS,
    },
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
      keepRunning('relay', logger, leaseSignal, async (signal) => {
        const bus = await republishIfBusWasReset({
          ...infra,
          checkpoints,
          checkpointName: RELAY_CHECKPOINT,
          logger,
        });
        const running = abortWhenBusIsReset({ ...infra, logger }, bus.created, signal);
        await runRelay(
          { eventStore: infra.eventStore, checkpoints, js, subjectPrefix: infra.bus.subjectPrefix, logger },
          running,
        );
        // Stopped because the stream was recreated: fail, so that keepRunning starts over from the top.
        if (running.aborted && !signal.aborted) throw running.reason;
      }),
  );
  return {
    async stop() {
      controller.abort();
      await done;
    },
  };
}
