// Chooses the event store adapter for every service from EVENT_STORE.
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { ConfigError } from '../config.ts';
import type { EventStore } from './port.ts';
import { createPostgresEventStore } from './postgres/postgresEventStore.ts';

export type EventStoreConfig = {
  EVENT_STORE: 'postgres' | 'kurrentdb';
  EVENT_STORE_SCHEMA: string;
  ESDB_URL?: string | undefined;
};

export async function openEventStore(
  config: EventStoreConfig,
  pool: pg.Pool,
  db: Kysely<unknown>,
): Promise<EventStore> {
  switch (config.EVENT_STORE) {
    case 'postgres':
      return createPostgresEventStore(pool, db, { schema: config.EVENT_STORE_SCHEMA });
    case 'kurrentdb':
      throw new ConfigError(['EVENT_STORE: the kurrentdb adapter is not available yet; use postgres']);
  }
}
