import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool } from './db.ts';
import { createLogger } from './logger.ts';
import { createTestDatabase, type TestDatabase } from './testing/index.ts';
import { inTransaction } from './transaction.ts';

describe('inTransaction', () => {
  let database: TestDatabase;
  let pool: ReturnType<typeof createPool>;
  beforeAll(async () => {
    database = await createTestDatabase('transaction');
    pool = createPool(database.url, createLogger('test', 'silent'), 2);
    await pool.query('create table t (n int primary key)');
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  const rows = async () =>
    (await pool.query<{ n: number }>('select n from t order by n')).rows.map((r) => r.n);

  it('commits what the work wrote and answers what it returned', async () => {
    expect(
      await inTransaction(
        pool,
        async (c) => (await c.query('insert into t values (1) returning n')).rows[0].n,
      ),
    ).toBe(1);
    expect(await rows()).toEqual([1]);
  });

  it('rolls back everything the work wrote when it throws, throws its error, and returns the connection', async () => {
    await expect(
      inTransaction(pool, async (c) => {
        await c.query('insert into t values (2)');
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await rows()).toEqual([1]);
    // A pool of two: connections not returned would leave these waiting for ever.
    await Promise.all([1, 2, 3].map(() => inTransaction(pool, async (c) => c.query('select 1'))));
    expect(pool.idleCount).toBe(pool.totalCount);
  });
});
