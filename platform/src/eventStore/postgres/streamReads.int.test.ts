// Whole-stream reads grouped into one statement (streamReads.ts): what a caller of the store sees.
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKysely, createPool } from '../../db.ts';
import { createLogger } from '../../logger.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/index.ts';
import { newEvents, streamName } from '../eventStore.contract.ts';
import type { EventStore } from '../port.ts';
import { createPostgresEventStore } from './postgresEventStore.ts';

describe('postgres event store: stream reads grouped into one statement', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let db: Kysely<unknown>;
  let store: EventStore;
  /** Statements that read streams in a group, counted as the pool sends them. */
  let groupReads = 0;

  beforeAll(async () => {
    database = await createTestDatabase('es_reads');
    pool = createPool(database.url, createLogger('test', 'silent'));
    const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
    pool.query = ((...args: unknown[]) => {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string }).text;
      if (text?.includes('stream_name = any($1::text[])')) groupReads += 1;
      return query(...args);
    }) as typeof pool.query;
    db = createKysely<unknown>(pool);
    store = await createPostgresEventStore(pool, db, { schema: 'event_store_reads' });
  });
  afterAll(async () => {
    await store.close();
    await db.destroy();
    await database.drop();
  });

  it('reads streams asked for together in one statement, each from its own revision', async () => {
    const [a, b, missing] = [streamName(), streamName(), streamName()];
    await store.append(a, newEvents(3, 'A'), 'no_stream');
    await store.append(b, newEvents(2, 'B'), 'no_stream');
    groupReads = 0;

    const [first, ...together] = await Promise.all([
      store.readStream(b),
      store.readStream(a),
      store.readStream(a, { fromRevision: 2n }),
      store.readStream(b, { fromRevision: 1n }),
      store.readStream(missing),
    ]);

    expect(groupReads).toBe(2); // the first alone, the other four together
    const revisions = (events: typeof first) => events.map((e) => `${e.type}${e.revision}`);
    expect(revisions(first)).toEqual(['B0', 'B1']);
    expect(together.map(revisions)).toEqual([['A0', 'A1', 'A2'], ['A2'], ['B1'], []]);
    expect(together[0]!.every((e) => e.streamName === a)).toBe(true);
  });

  it('reads a page of a stream on its own, as asked', async () => {
    const stream = streamName();
    await store.append(stream, newEvents(5), 'no_stream');
    groupReads = 0;
    const page = await store.readStream(stream, { fromRevision: 1n, maxCount: 2 });
    expect(page.map((e) => e.revision)).toEqual([1n, 2n]);
    expect(groupReads).toBe(0);
  });
});
