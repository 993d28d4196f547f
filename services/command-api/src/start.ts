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
import { retireIdempotencyKeys } from './idempotency/legacyKeys.ts';
import { migrateCommandApi } from './idempotency/migrations.ts';
import { abortWhenBusIsReset, republishIfBusWasReset } from './relay/busReset.ts';
import { RELAY_CHECKPOINT } from './relay/relay.ts';
import { runRelayUnderLease } from './relay/runRelayUnderLease.ts';

/** What the API takes, from commandApiOptions (like every service: options, made from its config once). */
export type CommandApiOptions = {
  rateLimit: { requests: number; windowSeconds: number };
  idempotencyRetentionHours: number;
  /** Where the PostgreSQL event store keeps its tables (its claims among them). */
  eventStoreSchema: string;
};

export function commandApiOptions(
  config: Pick<
    CommandApiConfig,
    | 'RATE_LIMIT_REQUESTS'
    | 'RATE_LIMIT_WINDOW_SECONDS'
    | 'IDEMPOTENCY_KEY_RETENTION_HOURS'
    | 'EVENT_STORE_SCHEMA'
  >,
): CommandApiOptions {
  return {
    rateLimit: { requests: config.RATE_LIMIT_REQUESTS, windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS },
    idempotencyRetentionHours: config.IDEMPOTENCY_KEY_RETENTION_HOURS,
    eventStoreSchema: config.EVENT_STORE_SCHEMA,
  };
}

export async function startCommandApi(
  infra: Infrastructure,
  apiKeys: ApiKeyRecord[],
  options: CommandApiOptions,
) {
  const logger = infra.logger.child({ service: 'command-api' });
  await migrateCommandApi(infra.db);
  return createCommandApp({
    eventStore: infra.eventStore,
    idempotencyRetentionHours: options.idempotencyRetentionHours,
    legacyIdempotencyKeys: await retireIdempotencyKeys(infra.pool, infra.eventStore, {
      retentionHours: options.idempotencyRetentionHours,
      eventStoreSchema: options.eventStoreSchema,
    }),
    apiKeys,
    logger,
    rateLimit: options.rateLimit,
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
