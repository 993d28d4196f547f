// The targets the read-one benchmark compares, in one child process (see ../lib/child.ts): the query
// API over the bench read model, and a bare Hono app with a constant JSON answer and one
// primary-key SELECT on the same payouts table, each on a pool of the same size. Prints the ports
// as one JSON line, then serves until SIGTERM.
import {
  createKysely,
  createLogger,
  createPool,
  createPostgresEventStore,
  hashApiKey,
  startHttpServer,
} from '@payouts/platform';
import { createQueryApp, type ReadModel } from '@payouts/query-api';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';

const databaseUrl = process.env.BENCH_DATABASE_URL;
const apiKey = process.env.BENCH_API_KEY;
if (!databaseUrl || !apiKey) throw new Error('BENCH_DATABASE_URL and BENCH_API_KEY are required');
const POOL_SIZE = 10;
const logger = createLogger('bench', 'silent');

const pool = createPool(databaseUrl, logger, POOL_SIZE);
const db = createKysely<unknown>(pool);
const eventStore = await createPostgresEventStore(pool, db);
const queryApp = createQueryApp({
  db: db as Kysely<ReadModel>,
  apiKeys: [{ id: 'bench', tenant: 'bench', scopes: ['payouts:read'], sha256: hashApiKey(apiKey) }],
  logger,
  audit: { eventStore, verifyChains: null },
});

const barePool = createPool(databaseUrl, logger, POOL_SIZE);
const constant = {
  id: '00000000-0000-4000-8000-000000000000',
  status: 'completed',
  amount: '100.50',
  currency: 'RUB',
  recipient_account: '40817810099910004312',
};
const bare = new Hono();
bare.get('/constant/:id', (c) => c.json(constant));
bare.get('/select/:id', async (c) => {
  const { rows } = await barePool.query('select * from payouts where id = $1', [c.req.param('id')]);
  return rows[0] ? c.json(rows[0]) : c.json({ error: 'not found' }, 404);
});

const queryServer = await startHttpServer(queryApp.fetch, 0, logger);
const bareServer = await startHttpServer(bare.fetch, 0, logger);
console.log(JSON.stringify({ queryPort: queryServer.port, barePort: bareServer.port }));

process.on('SIGTERM', async () => {
  await Promise.all([queryServer.close(), bareServer.close()]);
  await eventStore.close();
  await db.destroy();
  await barePool.end();
  process.exit(0);
});
