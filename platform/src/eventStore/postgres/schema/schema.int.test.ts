// A database migrated from zero, and one brought up from each earlier migration, has the schema the
// files in this folder describe: the same tables, columns, indexes, constraints and functions (their
// whole definitions), as PostgreSQL's catalog reports them. Run against the shared test server.
import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKysely, createPool } from '../../../db.ts';
import { createLogger } from '../../../logger.ts';
import { createTestDatabase, type TestDatabase } from '../../../testing/index.ts';
import { createCurrentSchema, eventStoreMigrations, migrateEventStore } from './index.ts';
import { MIGRATIONS } from './migrations/index.ts';

const SCHEMA = 'event_store';
/** The migrator's own bookkeeping, kept in the store's schema: not part of what the files describe. */
const MIGRATOR_TABLES = ['kysely_migration', 'kysely_migration_lock'];

type Opened = { db: Kysely<unknown>; close(): Promise<void> };
const opened: Opened[] = [];

async function freshDatabase(): Promise<Kysely<unknown>> {
  const database: TestDatabase = await createTestDatabase('es_schema');
  const pool = createPool(database.url, createLogger('test', 'silent'));
  const db = createKysely<unknown>(pool);
  opened.push({
    db,
    async close() {
      await db.destroy();
      await database.drop();
    },
  });
  return db;
}

/** The schema as the catalog reports it, in a stable order, with nothing that depends on oids. */
async function catalog(db: Kysely<unknown>) {
  const rows = async (query: ReturnType<typeof sql>) => (await query.execute(db)).rows;
  return {
    relations: await rows(sql`
      select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = ${SCHEMA} and c.relkind in ('r', 'p', 'v', 'm', 'S', 'i')
        and not (c.relname like any (array['kysely_migration%']))
      order by c.relname`),
    columns: await rows(sql`
      select c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull,
        a.attidentity, a.attgenerated, pg_get_expr(d.adbin, d.adrelid) as default_value, a.attcollation
      from pg_attribute a
      join pg_class c on c.oid = a.attrelid
      join pg_namespace n on n.oid = c.relnamespace
      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where n.nspname = ${SCHEMA} and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
        and c.relname <> all (${MIGRATOR_TABLES})
      order by c.relname, a.attnum`),
    indexes: await rows(sql`
      select tablename, indexname, indexdef from pg_indexes
      where schemaname = ${SCHEMA} and tablename <> all (${MIGRATOR_TABLES})
      order by indexname`),
    constraints: await rows(sql`
      select c.relname, k.conname, k.contype, pg_get_constraintdef(k.oid) as definition
      from pg_constraint k
      join pg_class c on c.oid = k.conrelid
      join pg_namespace n on n.oid = k.connamespace
      where n.nspname = ${SCHEMA} and c.relname <> all (${MIGRATOR_TABLES})
      order by c.relname, k.conname`),
    functions: await rows(sql`
      select p.proname, pg_get_function_identity_arguments(p.oid) as arguments,
        pg_get_functiondef(p.oid) as definition
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = ${SCHEMA}
      order by p.proname, arguments`),
  };
}

describe('the event store schema', () => {
  /** The schema built straight from the current files. */
  let current: Awaited<ReturnType<typeof catalog>>;
  beforeAll(async () => {
    const fromFiles = await freshDatabase();
    await createCurrentSchema(fromFiles, SCHEMA);
    current = await catalog(fromFiles);
  });
  afterAll(async () => {
    for (const o of opened) await o.close();
  });

  it('is what its files describe when migrated from zero', async () => {
    // What the comparison covers, so that it cannot pass by comparing two empty schemas.
    expect(current.functions.map((f) => (f as { proname: string }).proname)).toEqual([
      'append_events',
      'append_group',
      'backlog',
      'event_hash',
      'events_held_back',
      'head_position',
      'read_all',
      'require_read_committed',
      'visible_horizon',
    ]);
    expect(current.relations.map((r) => (r as { relname: string }).relname)).toEqual(
      expect.arrayContaining([
        'events',
        'streams',
        'events_commit_order',
        'events_recorded_at',
        'claims',
        'claims_expires_at',
      ]),
    );
    expect(current.columns).toHaveLength(18);
    expect(current.constraints).toHaveLength(5);

    const migrated = await freshDatabase();
    await migrateEventStore(migrated, SCHEMA);
    expect(await catalog(migrated)).toEqual(current);
  });

  it.each(Object.keys(MIGRATIONS).slice(0, -1))(
    'is what its files describe when upgraded from a database at migration %s',
    async (landed) => {
      const db = await freshDatabase();
      await sql`create schema ${sql.id(SCHEMA)}`.execute(db);
      const migrator = new Migrator({
        db,
        migrationTableSchema: SCHEMA,
        provider: { getMigrations: async () => eventStoreMigrations(SCHEMA) },
      });
      const partial = await migrator.migrateTo(landed);
      if (partial.error) throw partial.error;
      expect(await catalog(db)).not.toEqual(current);
      await migrateEventStore(db, SCHEMA);
      expect(await catalog(db)).toEqual(current);
    },
  );
});
