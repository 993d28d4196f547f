// command-api's own tables, numbered and never edited once landed. The Idempotency-Key records of
// 001 gave way to claims written with the payout's first event; legacyKeys.ts copies the rows
// still within retention into them, and drops the table, at start-up.

import { runMigrations } from '@payouts/platform';
import { type Kysely, type Migration, sql } from 'kysely';

const migrations: Record<string, Migration> = {
  '001_idempotency_keys': {
    async up(db) {
      // One row per (tenant, key): the fingerprint of the first body binds the key to it, and the
      // response is filled in once the payout exists (null while the first request is in flight).
      await sql`
        create table idempotency_keys (
          tenant_id text not null,
          key text not null,
          fingerprint text not null,
          payout_id uuid not null,
          response_status integer,
          response_headers jsonb,
          response_body text,
          created_at timestamptz not null default now(),
          primary key (tenant_id, key)
        )`.execute(db);
      await sql`create index idempotency_keys_created_at on idempotency_keys (created_at)`.execute(db);
    },
  },
};

export async function migrateCommandApi(db: Kysely<unknown>): Promise<void> {
  await runMigrations(db, 'command_api', migrations);
}
