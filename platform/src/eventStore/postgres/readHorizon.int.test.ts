// What PostgreSQL readers of all events wait for: running appends to this store, and nothing else.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKysely, createPool } from '../../db.ts';
import { createLogger } from '../../logger.ts';
import { createTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../testing/index.ts';
import { newEvents } from '../eventStore.contract.ts';
import type { EventStore } from '../port.ts';
import { appendEventsStatement, createPostgresEventStore } from './postgresEventStore.ts';

const SCHEMA = 'event_store';

describe('postgres read horizon', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let db: ReturnType<typeof createKysely<unknown>>;
  let store: EventStore;
  const clients: pg.Client[] = [];
  const client = async (url: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    clients.push(c);
    return c;
  };
  beforeAll(async () => {
    database = await createTestDatabase('horizon');
    pool = createPool(database.url, createLogger('test', 'silent'));
    db = createKysely<unknown>(pool);
    store = await createPostgresEventStore(pool, db, { schema: SCHEMA });
  });
  afterAll(async () => {
    for (const c of clients) await c.end().catch(() => {});
    await store.close();
    await db.destroy();
    await database.drop();
  });

  it('is not held back by open transactions that do not append, here or in another database', async () => {
    const here = await client(database.url);
    await here.query('begin');
    await here.query('create table unrelated (id int)');
    const elsewhere = await client(TEST_DATABASE_URL);
    await elsewhere.query('begin');
    await elsewhere.query('select pg_current_xact_id()');

    const prefix = `payout-${randomUUID()}-`;
    const from = await store.headPosition();
    const events = newEvents(2);
    await store.append(`${prefix}a`, events, 'no_stream');
    // No waiting: the append committed before the read began, and no append is running.
    const read = await store.readAll({ from, streamPrefix: prefix });
    expect(read.map((e) => e.id)).toEqual(events.map((e) => e.id));

    await here.query('rollback');
    await elsewhere.query('rollback');
  });

  it('waits for a running append, and shows it with everything after it once it commits', async () => {
    const prefix = `payout-${randomUUID()}-`;
    const from = await store.headPosition();
    const held = await client(database.url);
    await held.query('begin');
    const first = newEvents(1);
    await held.query(appendEventsStatement(SCHEMA, `${prefix}held`, first, 'no_stream'));
    const later = newEvents(1);
    await store.append(`${prefix}later`, later, 'no_stream');
    expect(await store.readAll({ from, streamPrefix: prefix })).toEqual([]);
    await held.query('commit');
    const read = await store.readAll({ from, streamPrefix: prefix });
    expect(read.map((e) => e.id)).toEqual([first[0]!.id, later[0]!.id]);
  });

  it('is not held back by an append running in another database of the cluster', async () => {
    // Advisory locks are cluster-wide in pg_locks: the horizon must count this database's appenders only.
    const other = await createTestDatabase('horizon_other');
    const otherPool = createPool(other.url, createLogger('test', 'silent'));
    const otherDb = createKysely<unknown>(otherPool);
    const otherStore = await createPostgresEventStore(otherPool, otherDb, { schema: SCHEMA });
    // Its own client, ended before its database is dropped (a drop ends the connections still open).
    const running = new pg.Client({ connectionString: other.url });
    await running.connect();
    try {
      await running.query('begin');
      await running.query(appendEventsStatement(SCHEMA, 'payout-elsewhere', newEvents(1), 'no_stream'));

      const prefix = `payout-${randomUUID()}-`;
      const from = await store.headPosition();
      const events = newEvents(1);
      await store.append(`${prefix}a`, events, 'no_stream');
      const read = await store.readAll({ from, streamPrefix: prefix });
      expect(read.map((e) => e.id)).toEqual(events.map((e) => e.id));
    } finally {
      await running.query('rollback');
      await running.end();
      await otherStore.close();
      await otherDb.destroy();
      await other.drop();
    }
  });

  it('lets one transaction append to several streams, but not after another write', async () => {
    const prefix = `payout-${randomUUID()}-`;
    const both = await client(database.url);
    await both.query('begin');
    await both.query(appendEventsStatement(SCHEMA, `${prefix}a`, newEvents(1), 'no_stream'));
    await both.query(appendEventsStatement(SCHEMA, `${prefix}b`, newEvents(1), 'no_stream'));
    await both.query('commit');
    expect(await store.readStream(`${prefix}b`)).toHaveLength(1);

    // An id taken before the append's lock could hide behind the horizon: refused.
    const late = await client(database.url);
    await late.query('begin');
    await late.query('select pg_current_xact_id()');
    const refused = await late
      .query(appendEventsStatement(SCHEMA, `${prefix}c`, newEvents(1), 'no_stream'))
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'ES400' });
    await late.query('rollback');
  });

  it('refuses to read all events in a repeatable-read transaction', async () => {
    const reader = await client(database.url);
    await reader.query('begin isolation level repeatable read');
    const refused = await reader
      .query(`select * from "${SCHEMA}".read_all('0'::xid8, 0, 10, null)`)
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'ES400' });
    await reader.query('rollback');
  });
});
