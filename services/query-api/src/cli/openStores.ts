// What the operator commands (rebuild, audit) connect to: the read model's database and the event
// store, configured by the same environment variables as the services; no NATS.
import {
  commonEnv,
  createKysely,
  createLogger,
  createPool,
  type EventStore,
  ensureDatabase,
  loadConfig,
  openEventStore,
} from '@payouts/platform';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { z } from 'zod';
import { migrateReadModel } from '../readModel/migrations.ts';
import type { ReadModel } from '../readModel/schema.ts';

export const cliEnv = z.object(commonEnv);

export type Stores = {
  pool: pg.Pool;
  db: Kysely<ReadModel>;
  eventStore: EventStore;
  eventStoreSchema: string;
  close(): Promise<void>;
};

export async function openStores(env: Record<string, string | undefined> = process.env): Promise<Stores> {
  const config = loadConfig(cliEnv, env);
  // Logs would interleave with the command's own output; warnings and worse still reach stderr.
  const logger = createLogger('query-api-cli', config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  await ensureDatabase(config.DATABASE_URL);
  const pool = createPool(config.DATABASE_URL, logger, 4);
  const db = createKysely<ReadModel>(pool);
  await migrateReadModel(db as Kysely<unknown>);
  const eventStore = await openEventStore(config, pool, db as Kysely<unknown>);
  return {
    pool,
    db,
    eventStore,
    eventStoreSchema: config.EVENT_STORE_SCHEMA,
    async close() {
      await eventStore.close();
      await db.destroy();
    },
  };
}
