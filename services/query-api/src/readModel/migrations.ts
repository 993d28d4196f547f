// Read model migrations, numbered and never edited once landed.
import { type Kysely, type Migration, Migrator, sql } from 'kysely';

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
};

export async function migrateReadModel(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({
    db,
    migrationTableName: 'read_model_migrations',
    migrationLockTableName: 'read_model_migrations_lock',
    provider: { getMigrations: async () => migrations },
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}
