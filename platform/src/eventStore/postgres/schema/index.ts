// The PostgreSQL event store's schema, laid out as Emmett lays out its own
// (emmett-postgresql/src/eventStore/schema/): one file per table set and per SQL function, each at
// its current version (currentSchemaSql lists them), and numbered migrations under migrations/ that
// are never edited once landed. A database is created and upgraded by the migrations only;
// schema.int.test.ts proves a database migrated from zero equals the current files' schema.
import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import { appendEventsSql } from './appendEvents.ts';
import { appendGroupSql } from './appendGroup.ts';
import { backlogSql } from './backlog.ts';
import { eventHashSql } from './eventHash.ts';
import { eventsHeldBackSql } from './eventsHeldBack.ts';
import { headPositionSql } from './headPosition.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { type SchemaNames, schemaNames } from './names.ts';
import { readAllSql } from './readAll.ts';
import { requireReadCommittedSql } from './requireReadCommitted.ts';
import { tablesSql } from './tables.ts';
import { visibleHorizonSql } from './visibleHorizon.ts';

export { notifyChannel } from './names.ts';

/** The schema as it is now, statement by statement: what the migrations, run from zero, must build. */
function currentSchemaSql(n: SchemaNames): string[] {
  return [
    ...tablesSql(n),
    eventHashSql(n),
    requireReadCommittedSql(n),
    visibleHorizonSql(n),
    appendEventsSql(n),
    appendGroupSql(n),
    readAllSql(n),
    headPositionSql(n),
    backlogSql(n),
    eventsHeldBackSql(n),
  ];
}

export function eventStoreMigrations(schema: string): Record<string, Migration> {
  const n = schemaNames(schema);
  return Object.fromEntries(
    Object.entries(MIGRATIONS).map(([name, statements]) => [
      name,
      {
        async up(db: Kysely<unknown>) {
          for (const statement of statements(n)) await sql.raw(statement).execute(db);
        },
      },
    ]),
  );
}

export async function migrateEventStore(db: Kysely<unknown>, schema: string): Promise<void> {
  const migrator = new Migrator({
    db,
    migrationTableSchema: schema,
    provider: { getMigrations: async () => eventStoreMigrations(schema) },
  });
  await sql`create schema if not exists ${sql.id(schema)}`.execute(db).catch(ignoreConcurrentCreate);
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

/** Builds the current schema straight from the files, without migrations (for the comparison test). */
export async function createCurrentSchema(db: Kysely<unknown>, schema: string): Promise<void> {
  await sql`create schema ${sql.id(schema)}`.execute(db);
  for (const statement of currentSchemaSql(schemaNames(schema))) await sql.raw(statement).execute(db);
}

function ignoreConcurrentCreate(err: { code?: string }): void {
  if (err.code !== '23505' && err.code !== '42P06') throw err;
}
