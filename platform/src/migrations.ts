// Every schema of the project is migrated one way: Kysely's Migrator, with numbered migrations that
// are never edited once landed, a table per owner recording which ran (`<owner>_migrations`), and
// its lock, so that replicas starting at once migrate once and the others wait.
import { type Kysely, type Migration, Migrator } from 'kysely';

export type { Migration };

export async function runMigrations(
  db: Kysely<unknown>,
  owner: string,
  migrations: Record<string, Migration>,
  /** Where the bookkeeping tables go, when not in the search path's first schema. */
  schema?: string,
): Promise<void> {
  const migrator = new Migrator({
    db,
    ...(schema ? { migrationTableSchema: schema } : {}),
    migrationTableName: `${owner}_migrations`,
    migrationLockTableName: `${owner}_migrations_lock`,
    provider: { getMigrations: async () => migrations },
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}
