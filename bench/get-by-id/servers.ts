// The targets the read-one benchmark compares, in one child process (see ../lib/child.ts): the query
// API over the bench read model, and a bare Hono app with a constant JSON answer and one
// primary-key SELECT on the same payouts table, each on a pool of the same size. Prints the ports
// as one JSON line, then serves until SIGTERM.
import { createLogger, createPool, startHttpServer } from '@payouts/platform';
import { createBareApp } from '../lib/bareApp.ts';
import { createBenchQueryApp } from '../lib/queryApp.ts';

const databaseUrl = process.env.BENCH_DATABASE_URL;
const apiKey = process.env.BENCH_API_KEY;
if (!databaseUrl || !apiKey) throw new Error('BENCH_DATABASE_URL and BENCH_API_KEY are required');
const POOL_SIZE = 10;
const logger = createLogger('bench', 'silent');

const query = await createBenchQueryApp(databaseUrl, apiKey, logger);

const barePool = createPool(databaseUrl, logger, POOL_SIZE);
const bare = await createBareApp(barePool);

// BENCH_BASELINE_TREE=<another checkout>: that checkout's query API too (its own modules), so that
// a change is measured before and after in the same run, under the same load.
const baselineTree = process.env.BENCH_BASELINE_TREE;
const baseline = baselineTree
  ? await (
      (await import(`${baselineTree}/bench/lib/queryApp.ts`)) as {
        createBenchQueryApp: typeof createBenchQueryApp;
      }
    ).createBenchQueryApp(databaseUrl, apiKey, logger)
  : null;

const queryServer = await startHttpServer(query.app.fetch, 0, logger);
const bareServer = await startHttpServer(bare.fetch, 0, logger);
const baselineServer = baseline ? await startHttpServer(baseline.app.fetch, 0, logger) : null;
console.log(
  JSON.stringify({
    queryPort: queryServer.port,
    barePort: bareServer.port,
    baselinePort: baselineServer?.port,
  }),
);

process.on('SIGTERM', async () => {
  await Promise.all([queryServer.close(), bareServer.close(), baselineServer?.close()]);
  await baseline?.close();
  await query.close();
  await barePool.end();
  process.exit(0);
});
