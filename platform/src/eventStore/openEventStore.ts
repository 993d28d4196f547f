// Chooses the event store adapter for every service from EVENT_STORE (postgres, the default, or
// kurrentdb with ESDB_URL). A choice that cannot work stops the start-up with a ConfigError.
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { ConfigError } from '../config.ts';
import { createKurrentDbEventStore, KURRENTDB_URL_SCHEMES } from './kurrentdb/kurrentDbEventStore.ts';
import type { EventStore } from './port.ts';
import { createPostgresEventStore } from './postgres/postgresEventStore.ts';

const EVENT_STORE_KINDS = ['postgres', 'kurrentdb'] as const;

export type EventStoreConfig = {
  EVENT_STORE: (typeof EVENT_STORE_KINDS)[number];
  EVENT_STORE_SCHEMA: string;
  ESDB_URL?: string | undefined;
};

/** Every reason `config` cannot open an event store, one line each (none when it can). */
export function eventStoreConfigProblems(config: EventStoreConfig): string[] {
  const kind: string = config.EVENT_STORE;
  if (!(EVENT_STORE_KINDS as readonly string[]).includes(kind)) {
    return [`EVENT_STORE: must be one of ${EVENT_STORE_KINDS.join(', ')} (got ${JSON.stringify(kind)})`];
  }
  if (kind === 'kurrentdb') {
    if (!config.ESDB_URL)
      return ['ESDB_URL: required when EVENT_STORE=kurrentdb (e.g. kurrentdb://localhost:2113?tls=false)'];
    if (!KURRENTDB_URL_SCHEMES.test(config.ESDB_URL)) {
      return ['ESDB_URL: must start with kurrentdb://, kdb://, kurrent:// or esdb:// (optionally +discover)'];
    }
  }
  return [];
}

export async function openEventStore(
  config: EventStoreConfig,
  pool: pg.Pool,
  db: Kysely<unknown>,
): Promise<EventStore> {
  const problems = eventStoreConfigProblems(config);
  if (problems.length > 0) throw new ConfigError(problems);
  switch (config.EVENT_STORE) {
    case 'postgres':
      return createPostgresEventStore(pool, db, { schema: config.EVENT_STORE_SCHEMA });
    case 'kurrentdb':
      return createKurrentDbEventStore(config.ESDB_URL!);
  }
}
