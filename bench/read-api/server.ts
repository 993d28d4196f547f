// The query API alone over a bench database, as the benchmark's target (a child process, so the
// load generator does not share its event loop). Prints `listening <port>` when ready.
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

const url = process.env.DATABASE_URL;
const key = process.env.BENCH_API_KEY;
if (!url || !key) throw new Error('DATABASE_URL and BENCH_API_KEY are required');
const logger = createLogger('bench-query-api', 'warn');
const pool = createPool(url, logger, 10);
const db = createKysely<unknown>(pool);
const eventStore = await createPostgresEventStore(pool, db);
const app = createQueryApp({
  db: db as Kysely<ReadModel>,
  apiKeys: [{ id: 'bench', tenant: 'bench', scopes: ['payouts:read'], sha256: hashApiKey(key) }],
  logger,
  audit: { eventStore, verifyChains: null },
});
const server = await startHttpServer(app.fetch, Number(process.env.PORT ?? 0), logger);
console.log(`listening ${server.port}`);
process.on('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
