// The bare baselines every benchmark reports its ratios against, on a pool of its own: Hono alone
// (a constant JSON answer), Hono + one INSERT of the request body, and Hono + one primary-key
// SELECT on the read model's payouts table. No auth, no validation, no logging: what any HTTP
// service on this machine and database costs at least.
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type pg from 'pg';

const BARE_CONSTANT = {
  id: '00000000-0000-4000-8000-000000000000',
  status: 'completed',
  amount: '100.50',
  currency: 'RUB',
  recipient_account: '40817810099910004312',
};

/** Creates the INSERT baseline's table when `withInsert` (it needs no read model). */
export async function createBareApp(pool: pg.Pool, options: { withInsert?: boolean } = {}): Promise<Hono> {
  if (options.withInsert) {
    await pool.query('create table if not exists bare_rows (id uuid primary key, body jsonb not null)');
  }
  const bare = new Hono();
  bare.get('/constant/:id?', (c) => c.json(BARE_CONSTANT));
  bare.post('/constant', (c) => c.json({ ...BARE_CONSTANT, id: randomUUID() }, 201));
  bare.post('/insert', async (c) => {
    const body = await c.req.json();
    const id = randomUUID();
    await pool.query('insert into bare_rows (id, body) values ($1, $2)', [id, JSON.stringify(body)]);
    return c.json({ id, ...body }, 201);
  });
  bare.get('/select/:id', async (c) => {
    const { rows } = await pool.query('select * from payouts where id = $1', [c.req.param('id')]);
    return rows[0] ? c.json(rows[0]) : c.json({ error: 'not found' }, 404);
  });
  return bare;
}
