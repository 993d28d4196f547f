// Read one payout: GET /api/v1/payouts/{id} on the query API over a read model of BENCH_ROWS payouts
// (default 100k), beside three baselines measured in the same run on the same PostgreSQL: Hono alone
// answering a constant JSON, and Hono doing one primary-key SELECT on the same table. Each request asks
// for another payout of the bench tenant (a rotating sample of ids), 50 connections, a warm-up, then
// rounds of every target in turn; ratios are the median round's requests per second.
//
//   npx tsx bench/get-by-id/run.ts      (BENCH_ROWS=100000, BENCH_SECONDS=8, BENCH_ROUNDS=3,
//                                        BENCH_CONNECTIONS=50)
//
// BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the serving process there; BENCH_TARGETS=GET measures
// only the targets whose names hold one of those words (a profile of the API alone);
// BENCH_BASELINE_TREE=<another checkout> adds that checkout's API as a target (before and after a
// change in one run).
// Prints a Markdown table and writes it into bench/RESULTS.md under "## Read one payout"
// (BENCH_WRITE_RESULTS=0 only prints).
import { randomBytes } from 'node:crypto';
import { createKysely, createLogger, createPool } from '@payouts/platform';
import { createTestDatabase } from '@payouts/platform/testing';
import { migrateReadModel } from '@payouts/query-api';
import autocannon from 'autocannon';
import { startChild } from '../lib/child.ts';
import { describeMachine, watchHost } from '../lib/machine.ts';
import { writeFigures } from '../lib/results.ts';
import { BENCH_TENANT, loadPayouts } from '../read-api/load.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PROFILE_DIR = process.env.BENCH_CPU_PROF;
/** BENCH_TARGETS=GET (words of target names) measures only those: a profile of the API alone. */
const only = process.env.BENCH_TARGETS?.split(',').filter(Boolean);
const WARMUP_SECONDS = 2;
/** Ids the requests rotate through: far more than the connections, spread over the whole table. */
const SAMPLE = 10_000;

const host = watchHost();
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
  const servers = await startChild<{ queryPort: number; barePort: number; baselinePort?: number }>(
    new URL('./servers.ts', import.meta.url),
    { BENCH_DATABASE_URL: database.url, BENCH_API_KEY: apiKey },
    // A V8 CPU profile of the servers (open it in Chrome's DevTools), to see where a request's time goes.
    PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [],
  );
  const results: Record<string, autocannon.Result[]> = {};
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
      ...(servers.ready.baselinePort
        ? {
            [`GET /api/v1/payouts/{id} (${process.env.BENCH_BASELINE_TREE})`]: {
              base: `http://127.0.0.1:${servers.ready.baselinePort}`,
              prefix: '/api/v1/payouts/',
              headers: { Authorization: `Bearer ${apiKey}` },
            },
          }
        : {}),
    };
    const chosen = Object.entries(targets).filter(([name]) => !only || only.some((w) => name.includes(w)));
    const runners = chosen.map(([name, target]) => {
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
      return { name, run };
    });
    for (const { run } of runners) await run(WARMUP_SECONDS);
    // Rounds of every target in turn: a burst of the neighbours' load then hits every target alike.
    for (let round = 1; round <= ROUNDS; round++) {
      for (const { name, run } of runners) {
        const result = await run(SECONDS);
        results[name] = [...(results[name] ?? []), result];
        console.error(
          `round ${round} ${name}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx + result.errors}`,
        );
      }
    }
  } finally {
    await servers.stop();
  }

  const median = (name: string) => {
    const rounds = [...results[name]!].sort((a, b) => a.requests.average - b.requests.average);
    return rounds[Math.floor(rounds.length / 2)]!;
  };
  const rpsOf = (name: string) => (results[name] ? median(name).requests.average : Number.NaN);
  const constantRps = rpsOf('bare Hono, constant JSON');
  const selectRps = rpsOf('bare Hono, one primary-key SELECT');
  const figures = [
    `Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: \`npx tsx bench/get-by-id/run.ts\` with BENCH_ROWS=${ROWS}, BENCH_SECONDS=${SECONDS}, BENCH_ROUNDS=${ROUNDS}, BENCH_CONNECTIONS=${CONNECTIONS}.`,
    `Machine: ${await describeMachine(database.url)}. The host: ${host.summary()}.`,
    '',
    `Each row is the target's median round by req/s (its p50 and p99 are that round's); every round's req/s in the last column.`,
    '',
    '| Target | req/s (median round) | p50 ms | p99 ms | non-2xx + errors (all rounds) | ratio to constant JSON | ratio to bare SELECT | req/s per round |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...Object.entries(results).map(([name, rounds]) => {
      const r = median(name);
      const failed = rounds.reduce((n, x) => n + x.non2xx + x.errors, 0);
      const perRound = rounds.map((x) => x.requests.average.toFixed(0)).join(', ');
      return `| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${failed} | ${(r.requests.average / constantRps).toFixed(2)} | ${(r.requests.average / selectRps).toFixed(2)} | ${perRound} |`;
    }),
  ].join('\n');
  console.log(figures);
  // A run of some targets only is a profile, not figures for the file.
  const where = only ? null : writeFigures('get-by-id', '## Read one payout', figures);
  if (where) console.log(`\nwritten to ${where}`);
} finally {
  await database.drop();
}
