// The query API alone over a bench database, as the benchmark's target (a child process, so the
// load generator does not share its event loop). Prints `listening <port>` when ready.
import { createLogger, startHttpServer } from '@payouts/platform';
import { createBenchQueryApp } from '../lib/queryApp.ts';

const url = process.env.DATABASE_URL;
const key = process.env.BENCH_API_KEY;
if (!url || !key) throw new Error('DATABASE_URL and BENCH_API_KEY are required');
const logger = createLogger('bench-query-api', 'warn');
const query = await createBenchQueryApp(url, key, logger);
const server = await startHttpServer(query.app.fetch, Number(process.env.PORT ?? 0), logger);
console.log(`listening ${server.port}`);
process.on('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
