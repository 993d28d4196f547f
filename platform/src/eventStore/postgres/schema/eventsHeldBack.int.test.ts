// events_held_back runs each time an idle reader of all events finds nothing new, so its cost must
// not grow with the store. PL/pgSQL may plan a function's statement once for any horizon (a generic
// plan); forced here, that plan must still read the index, never the whole events table.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKysely, createPool } from '../../../db.ts';
import { createLogger } from '../../../logger.ts';
import { createTestDatabase, type TestDatabase } from '../../../testing/index.ts';
import { newEvents } from '../../eventStore.contract.ts';
import type { EventStore } from '../../port.ts';
import { createPostgresEventStore } from '../postgresEventStore.ts';

const SCHEMA = 'event_store';

describe('events_held_back', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let db: ReturnType<typeof createKysely<unknown>>;
  let store: EventStore;
  let client: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase('held_back');
    pool = createPool(database.url, createLogger('test', 'silent'));
    db = createKysely<unknown>(pool);
    store = await createPostgresEventStore(pool, db, { schema: SCHEMA });
    await store.append('payout-held-back-a', newEvents(2_000), 'no_stream');
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(`analyze ${SCHEMA}.events`);
  });
  afterAll(async () => {
    await client.end();
    await store.close();
    await db.destroy();
    await database.drop();
  });

  const tableScans = async (): Promise<number> => {
    // Flush this backend's pending statistics, then read them as of now.
    await client.query('select pg_stat_force_next_flush()');
    await client.query('select 1');
    const { rows } = await client.query<{ seq_scan: string }>(
      `select seq_scan from pg_stat_user_tables where schemaname = $1 and relname = 'events'`,
      [SCHEMA],
    );
    return Number(rows[0]!.seq_scan);
  };

  it('answers from the index under a generic plan, without scanning the events table', async () => {
    await client.query('set plan_cache_mode = force_generic_plan');
    const before = await tableScans();
    for (let i = 0; i < 3; i++) {
      const { rows } = await client.query<{ held: boolean }>(`select ${SCHEMA}.events_held_back() as held`);
      expect(rows[0]!.held).toBe(false);
    }
    expect(await tableScans()).toBe(before);
  });

  it('says events are held back while an append is running', async () => {
    const appending = new pg.Client({ connectionString: database.url });
    await appending.connect();
    try {
      await appending.query('begin');
      await appending.query(
        `select * from ${SCHEMA}.append_events($1, 'no_stream', $2::uuid[], $3::text[], $4::jsonb[], $5::jsonb[])`,
        ['payout-held-back-b', [crypto.randomUUID()], ['Test'], [{}], [{}]],
      );
      // Committed after the running append began: readers must wait for it.
      await store.append('payout-held-back-c', newEvents(1), 'no_stream');
      const { rows } = await client.query<{ held: boolean }>(`select ${SCHEMA}.events_held_back() as held`);
      expect(rows[0]!.held).toBe(true);
      await appending.query('rollback');
      const after = await client.query<{ held: boolean }>(`select ${SCHEMA}.events_held_back() as held`);
      expect(after.rows[0]!.held).toBe(false);
    } finally {
      await appending.end();
    }
  });
});
