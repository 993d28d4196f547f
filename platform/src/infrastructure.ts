// What a service process connects to, opened once: PostgreSQL, the event store, NATS. Services
// started together in one process share one of these.
import type { JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { type BusNames, connectNats, ensurePayoutStream } from './bus/nats.ts';
import { createKysely, createPool, ensureDatabase } from './db.ts';
import { type EventStoreConfig, openEventStore } from './eventStore/openEventStore.ts';
import type { EventStore } from './eventStore/port.ts';
import type { Logger } from './logger.ts';

export type InfrastructureConfig = EventStoreConfig & {
  DATABASE_URL: string;
  /** Connections the process keeps at most (default 10). */
  DATABASE_POOL_SIZE?: number;
  NATS_URL: string;
  NATS_STREAM: string;
  NATS_SUBJECT_PREFIX: string;
};

export type Infrastructure = {
  logger: Logger;
  databaseUrl: string;
  pool: pg.Pool;
  db: Kysely<unknown>;
  eventStore: EventStore;
  nats: NatsConnection;
  jsm: JetStreamManager;
  bus: BusNames;
  close(): Promise<void>;
};

export async function openInfrastructure(
  config: InfrastructureConfig,
  logger: Logger,
  name: string,
): Promise<Infrastructure> {
  await ensureDatabase(config.DATABASE_URL);
  const pool = createPool(config.DATABASE_URL, logger, config.DATABASE_POOL_SIZE);
  const db = createKysely<unknown>(pool);
  const eventStore = await openEventStore(config, pool, db);
  const nats = await connectNats(config.NATS_URL, name, logger);
  const bus = { stream: config.NATS_STREAM, subjectPrefix: config.NATS_SUBJECT_PREFIX };
  const jsm = await ensurePayoutStream(nats, bus);
  return {
    logger,
    databaseUrl: config.DATABASE_URL,
    pool,
    db,
    eventStore,
    nats,
    jsm,
    bus,
    async close() {
      await eventStore.close();
      await nats.drain().catch(() => {});
      await db.destroy(); // ends the pool too
    },
  };
}
