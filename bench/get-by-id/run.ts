// Read one payout: GET /api/v1/payouts/{id} on the query API over a read model of BENCH_ROWS payouts
// (default 100k), beside three baselines measured in the same run on the same PostgreSQL: Hono alone
// answering a constant JSON, and Hono doing one primary-key SELECT on the same table. Each request asks
// for another payout of the bench tenant (a rotating sample of ids), 50 connections, warm-up then
// measure, one target after the other; ratios are requests per second against the bare SELECT.
//
//   npx tsx bench/get-by-id/run.ts      (BENCH_ROWS=100000, BENCH_SECONDS=10, BENCH_CONNECTIONS=50)
//
// Prints a Markdown table and writes it into bench/RESULTS.md under "## Read one payout"
// (BENCH_WRITE_RESULTS=0 only prints).
import { randomBytes } from 'node:crypto';
import { createKysely, createLogger, createPool } from '@payouts/platform';
import { createTestDatabase } from '@payouts/platform/testing';
import { migrateReadModel } from '@payouts/query-api';
import autocannon from 'autocannon';
import { startChild } from '../lib/child.ts';
import { describeMachine, loadAverage } from '../lib/machine.ts';
import { writeFigures } from '../lib/results.ts';
import { BENCH_TENANT, loadPayouts } from '../read-api/load.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WARMUP_SECONDS = 2;
/** Ids the requests rotate through: far more than the connections, spread over the whole table. */
const SAMPLE = 10_000;

const loadBefore = loadAverage();
const database = await createTestDatabase('bench_get');
const logger = createLogger('bench', 'warn');
try {
  const pool = createPool(database.url, logger, 2);
  const db = createKysely<unknown>(pool);
  await migrateReadModel(db);
  const loadStarted = Date.now();
  await loadPayouts(db, 0, ROWS);
  console.error(`loaded ${ROWS} payouts in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`);
  const { rows: sample } = await pool.query<{ id: string }>(
    'select id from payouts where tenant_id = $1 order by random() limit $2',
    [BENCH_TENANT, SAMPLE],
  );
  await db.destroy();
  const ids = sample.map((r) => r.id);

  const apiKey = `bench_${randomBytes(16).toString('hex')}`;
  const servers = await startChild<{ queryPort: number; barePort: number }>(
    new URL('./servers.ts', import.meta.url),
    { BENCH_DATABASE_URL: database.url, BENCH_API_KEY: apiKey },
  );
  const results: Record<string, autocannon.Result> = {};
  try {
    const targets: Record<string, { base: string; prefix: string; headers?: Record<string, string> }> = {
      'bare Hono, constant JSON': {
        base: `http://127.0.0.1:${servers.ready.barePort}`,
        prefix: '/constant/',
      },
      'bare Hono, one primary-key SELECT': {
        base: `http://127.0.0.1:${servers.ready.barePort}`,
        prefix: '/select/',
      },
      'GET /api/v1/payouts/{id}': {
        base: `http://127.0.0.1:${servers.ready.queryPort}`,
        prefix: '/api/v1/payouts/',
        headers: { Authorization: `Bearer ${apiKey}` },
      },
    };
    for (const [name, target] of Object.entries(targets)) {
      let next = 0;
      const run = (duration: number) =>
        autocannon({
          url: `${target.base}${target.prefix}${ids[0]}`,
          connections: CONNECTIONS,
          duration,
          headers: target.headers ?? {},
          requests: [
            {
              setupRequest: (request: autocannon.Request) => ({
                ...request,
                path: `${target.prefix}${ids[next++ % ids.length]}`,
              }),
            },
          ],
        });
      await run(WARMUP_SECONDS);
      const result = await run(SECONDS);
      results[name] = result;
      console.error(
        `${name}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx + result.errors}`,
      );
    }
  } finally {
    await servers.stop();
  }

  const constantRps = results['bare Hono, constant JSON']!.requests.average;
  const selectRps = results['bare Hono, one primary-key SELECT']!.requests.average;
  const figures = [
    `Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: \`npx tsx bench/get-by-id/run.ts\` with BENCH_ROWS=${ROWS}, BENCH_SECONDS=${SECONDS}, BENCH_CONNECTIONS=${CONNECTIONS}.`,
    `Machine: ${await describeMachine(database.url)}. Load average before the run ${loadBefore}, after ${loadAverage()}.`,
    '',
    '| Target | req/s (mean) | p50 ms | p99 ms | non-2xx + errors | ratio to constant JSON | ratio to bare SELECT |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(results).map(
      ([name, r]) =>
        `| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx + r.errors} | ${(r.requests.average / constantRps).toFixed(2)} | ${(r.requests.average / selectRps).toFixed(2)} |`,
    ),
  ].join('\n');
  console.log(figures);
  const where = writeFigures('get-by-id', '## Read one payout', figures);
  if (where) console.log(`\nwritten to ${where}`);
} finally {
  await database.drop();
}
