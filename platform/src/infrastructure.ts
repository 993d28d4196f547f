// What a service process connects to, opened once: PostgreSQL, the event store, the bus. Services
// started together in one process share one of these.
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { openPostgresBus } from './bus/embedded/postgresBus.ts';
import { openNatsBus } from './bus/natsBus.ts';
import { createParkedMessages, DEFAULT_PARK_AFTER_FAILURES } from './bus/parking.ts';
import type { Bus } from './bus/port.ts';
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
  /** Failed handlings after which a bus message is parked (default DEFAULT_PARK_AFTER_FAILURES). */
  BUS_PARK_AFTER_FAILURES?: number;
};

export type InfrastructureOptions = {
  /**
   * NATS (the default: every deployment and every service run on its own), or the embedded bus in
   * this PostgreSQL, which only `npm start` chooses, when no NATS is configured or reachable.
   */
  bus?: Bus['kind'];
};

export type Infrastructure = {
  logger: Logger;
  databaseUrl: string;
  pool: pg.Pool;
  db: Kysely<unknown>;
  eventStore: EventStore;
  /** Also the stream's names: `bus.stream`, `bus.subjectPrefix`. */
  bus: Bus;
  close(): Promise<void>;
};

export async function openInfrastructure(
  config: InfrastructureConfig,
  logger: Logger,
  name: string,
  options: InfrastructureOptions = {},
): Promise<Infrastructure> {
  await ensureDatabase(config.DATABASE_URL);
  const pool = createPool(config.DATABASE_URL, logger, config.DATABASE_POOL_SIZE);
  const db = createKysely<unknown>(pool);
  const eventStore = await openEventStore(config, pool, db);
  const names = { stream: config.NATS_STREAM, subjectPrefix: config.NATS_SUBJECT_PREFIX };
  const parking = {
    store: await createParkedMessages(pool, db),
    afterFailures: config.BUS_PARK_AFTER_FAILURES ?? DEFAULT_PARK_AFTER_FAILURES,
  };
  const bus =
    options.bus === 'postgres'
      ? await openPostgresBus(pool, db, names, { connectionString: config.DATABASE_URL, logger, parking })
      : await openNatsBus(config.NATS_URL, names, name, logger, { parking });
  return {
    logger,
    databaseUrl: config.DATABASE_URL,
    pool,
    db,
    eventStore,
    bus,
    async close() {
      await eventStore.close();
      await bus.close();
      await db.destroy(); // ends the pool too
    },
  };
}
