import { createKysely, createLogger, createNotifier, createPool, type Notifier } from '@payouts/platform';
import {
  createTestDatabase,
  eventually,
  TEST_DATABASE_URL,
  type TestDatabase,
} from '@payouts/platform/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateNotifier } from '../schema/migrations.ts';
import { ENDPOINTS_CHANGED_CHANNEL, listeningEndpointsEnabled } from './endpointsEnabled.ts';

describe('is any endpoint enabled, asked while listening', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let changes: Notifier;
  let asked = 0;
  /** The real pool, counting the questions that reach PostgreSQL. */
  let counting: pg.Pool;

  beforeAll(async () => {
    database = await createTestDatabase('endpoints_enabled');
    pool = createPool(database.url, createLogger('test', 'silent'));
    const db = createKysely<unknown>(pool);
    await migrateNotifier(db);
    changes = createNotifier(database.url, ENDPOINTS_CHANGED_CHANNEL);
    await eventually(async () => (changes.listening() ? true : undefined));
    counting = new Proxy(pool, {
      get(target, key, receiver) {
        if (key !== 'query') return Reflect.get(target, key, receiver);
        return (...args: Parameters<pg.Pool['query']>) => {
          asked += 1;
          return (target.query as (...a: unknown[]) => unknown)(...args);
        };
      },
    });
  });
  afterAll(async () => {
    await changes.close();
    await pool.end();
    await database.drop();
  });

  /** A statement from outside the test's database (a database cannot refuse connections to itself). */
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };

  const insertEndpoint = (id: string, status: string) =>
    pool.query(
      `insert into webhook_endpoints (id, tenant_id, url, enabled_events, status, secrets, created_at,
         updated_at, created_commit, created_prepare, revision)
       values ($1, 'acme', 'https://example.com/hook', '{*}', $2, '[]', now(), now(), 1, 1, 0)`,
      [id, status],
    );

  it('asks PostgreSQL once while nothing changes, and again after any change to the endpoints', async () => {
    const enabled = listeningEndpointsEnabled(counting, changes);
    expect(await enabled()).toBe(false);
    expect(await enabled()).toBe(false);
    expect(await enabled()).toBe(false);
    expect(asked).toBe(1);

    // A disabled endpoint is a change, but not an enabled one.
    let seen = changes.generation();
    await insertEndpoint('00000000-0000-4000-8000-000000000001', 'disabled');
    await eventually(async () => (changes.generation() > seen ? true : undefined));
    expect(await enabled()).toBe(false);
    expect(asked).toBe(2);

    seen = changes.generation();
    await pool.query(`update webhook_endpoints set status = 'enabled'`);
    await eventually(async () => (changes.generation() > seen ? true : undefined));
    expect(await enabled()).toBe(true);
    expect(await enabled()).toBe(true);
    expect(asked).toBe(3);

    seen = changes.generation();
    await pool.query('delete from webhook_endpoints');
    await eventually(async () => (changes.generation() > seen ? true : undefined));
    expect(await enabled()).toBe(false);
    expect(asked).toBe(4);
  });

  it('asks PostgreSQL every time while the listening connection is lost, and keeps answers again once back', async () => {
    const enabled = listeningEndpointsEnabled(counting, changes);
    await enabled();
    // Keep the listener from coming back (the pool's connections stay), then cut it.
    await admin(`alter database "${database.name}" allow_connections false`);
    await pool.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
       where datname = current_database() and query like 'listen%'`,
    );
    await eventually(async () => (changes.listening() ? undefined : true));
    // Deaf: a change now would reach nobody, so no answer is kept.
    const deaf = asked;
    expect(await enabled()).toBe(false);
    await insertEndpoint('00000000-0000-4000-8000-000000000002', 'enabled');
    expect(await enabled()).toBe(true);
    expect(asked).toBe(deaf + 2);

    await admin(`alter database "${database.name}" allow_connections true`);
    await eventually(async () => (changes.listening() ? true : undefined), 10_000);
    await enabled();
    const listeningAgain = asked;
    expect(await enabled()).toBe(true);
    expect(asked).toBe(listeningAgain);
  });
});
