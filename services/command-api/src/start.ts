// How command-api's two processes start, alone (main.ts, relay/main.ts) or with the other services.
import {
  type ApiKeyRecord,
  createCheckpointStore,
  type Infrastructure,
  publishEvent,
  type Running,
} from '@payouts/platform';
import { createCommandApp } from './app.ts';
import type { CommandApiConfig } from './config.ts';
import { migrateCommandApi } from './idempotency/migrations.ts';
import { createIdempotencyStore } from './idempotency/store.ts';
import { abortWhenBusIsReset, republishIfBusWasReset } from './relay/busReset.ts';
import { RELAY_CHECKPOINT } from './relay/relay.ts';
import { runRelayUnderLease } from './relay/runRelayUnderLease.ts';

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
  const controller = new AbortController();
  const done = runRelayUnderLease(
    {
      eventStore: infra.eventStore,
      checkpoints,
      publish: (event) => publishEvent(infra.bus, event),
      logger,
    },
    {
      connectionString: infra.databaseUrl,
      leaseName: `relay:${infra.bus.stream}`,
      signal: controller.signal,
      logger,
      // A wiped or recreated bus stream means starting over from the beginning of the store.
      beforeEachRun: async (signal) => {
        const bus = await republishIfBusWasReset({
          ...infra,
          checkpoints,
          checkpointName: RELAY_CHECKPOINT,
          logger,
        });
        return abortWhenBusIsReset({ ...infra, logger }, bus.created, signal);
      },
    },
  );
  return {
    async stop() {
      controller.abort();
      await done;
    },
  };
}
