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
import type { Kysely } from 'kysely';
import { createBareApp } from '../lib/bareApp.ts';

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
const bare = await createBareApp(barePool);

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
