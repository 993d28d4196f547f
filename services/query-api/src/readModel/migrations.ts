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
