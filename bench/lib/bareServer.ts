// The bare baselines (bareApp.ts) as a benchmark's child process (see child.ts) over
// BENCH_DATABASE_URL, with a pool of 10 like the services. Prints `{"port": n}`, serves until SIGTERM.
import { createLogger, createPool, startHttpServer } from '@payouts/platform';
import { createBareApp } from './bareApp.ts';

const databaseUrl = process.env.BENCH_DATABASE_URL;
if (!databaseUrl) throw new Error('BENCH_DATABASE_URL is not set');
const logger = createLogger('bench-bare', 'silent');
const pool = createPool(databaseUrl, logger, 10);
const app = await createBareApp(pool, { withInsert: process.env.BENCH_BARE_INSERT === '1' });
const server = await startHttpServer(app.fetch, 0, logger);
console.log(JSON.stringify({ port: server.port }));

process.on('SIGTERM', async () => {
  await server.close();
  await pool.end();
  process.exit(0);
});
