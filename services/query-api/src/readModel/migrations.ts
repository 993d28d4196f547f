// Read model migrations, numbered and never edited once landed.

import { runMigrations } from '@payouts/platform';
import { type Kysely, type Migration, sql } from 'kysely';

const migrations: Record<string, Migration> = {
  '001_payouts': {
    async up(db) {
      await db.schema
        .createTable('payouts')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('amount', 'numeric', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('recipient_account', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('error_message', 'text')
        .addColumn('error_code', 'text')
        .addColumn('provider_reference', 'text')
        .addColumn('metadata', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
        .addColumn('scheduled_for', 'timestamptz')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
        .addColumn('revision', 'bigint', (c) => c.notNull())
        .addColumn('projected_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await sql`create index payouts_tenant_created on payouts (tenant_id, created_at desc, id desc)`.execute(
        db,
      );
    },
  },
  // Every filter, the search and every ordering the list offers has an index, each led by tenant_id
  // and ended by id, so keyset pages read only the rows they return (see payouts/listQuery.ts).
  '002_list_indexes': {
    async up(db) {
      await sql`create extension if not exists pg_trgm`.execute(db);
      for (const statement of [
        'create index payouts_tenant_amount on payouts (tenant_id, amount, id)',
        'create index payouts_tenant_updated on payouts (tenant_id, updated_at, id)',
        'create index payouts_tenant_status on payouts (tenant_id, status, id)',
        'create index payouts_tenant_status_created on payouts (tenant_id, status, created_at, id)',
        'create index payouts_tenant_currency_created on payouts (tenant_id, currency, created_at, id)',
        'create index payouts_tenant_recipient_created on payouts (tenant_id, recipient_account, created_at, id)',
        'create index payouts_recipient_trgm on payouts using gin (recipient_account gin_trgm_ops)',
        'create index payouts_description_trgm on payouts using gin (description gin_trgm_ops)',
      ]) {
        await sql.raw(statement).execute(db);
      }
    },
  },
  // `status,-created_at` (and a status filter read newest first) mixes directions: an ascending
  // (status, created_at, id) index made PostgreSQL sort a whole status group for each page.
  '003_status_created_desc': {
    async up(db) {
      await sql`drop index payouts_tenant_status_created`.execute(db);
      await sql`create index payouts_tenant_status_created on payouts (tenant_id, status, created_at desc, id desc)`.execute(
        db,
      );
    },
  },
  // A search term's trigrams are common words of a large table (digits above all: each of the 1,000
  // digit trigrams is in about one row in a hundred), so the trigram indexes' posting lists, and a
  // rare term's cost, grow with the table: 2 ms for 8 account digits at 1M rows against 0.06 at 10k.
  // Six-character grams are rare enough that a term of six characters or more finds its rows at about
  // the same cost at any size (0.05 ms at 10k, 0.21 at 1M with its 18 rows read). Terms of 3 to 5
  // characters keep the trigram indexes. The price is on writes: each row version adds its grams to
  // one more GIN index (bench/RESULTS.md, Read API). On a filled read model the index is built here,
  // in the migration's transaction, while the projector's writes wait: about a minute per million rows.
  '004_search_grams': {
    async up(db) {
      await sql`create function payout_search_grams(account text, description text) returns text[]
        language plpgsql immutable parallel safe as $$
        declare
          grams text[] := '{}';
          t text;
        begin
          foreach t in array array[lower(account), lower(description)] loop
            if t is not null then
              for i in 1 .. length(t) - 5 loop
                grams := grams || substr(t, i, 6);
              end loop;
            end if;
          end loop;
          return grams;
        end
        $$`.execute(db);
      await sql`create index payouts_search_grams on payouts
        using gin (payout_search_grams(recipient_account, description))`.execute(db);
    },
  },
  // A status filter read in amount order (`?status=completed&ordering=-amount`) walked the amount
  // index and fetched every row of every other status only to drop it: a search's page of 100 at 1M
  // rows read 2,800 buffers where this index reads 1,560 (bench/RESULTS.md, Read API, issue 17).
  // `if not exists`: the read-api bench's kept databases may have it from an experiment.
  '005_status_amount': {
    async up(db) {
      await sql`create index if not exists payouts_tenant_status_amount on payouts (tenant_id, status, amount, id)`.execute(
        db,
      );
    },
  },
};

export async function migrateReadModel(db: Kysely<unknown>): Promise<void> {
  await runMigrations(db, 'read_model', migrations);
}
