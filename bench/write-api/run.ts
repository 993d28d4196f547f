// Write API throughput: POST /api/v1/payouts (without and with Idempotency-Key) beside a bare Hono
// handler doing one INSERT, measured in the same run against the same PostgreSQL, 50 connections.
// Prints a markdown table for bench/RESULTS.md. `npx tsx bench/write-api/run.ts` (BENCH_SECONDS=10,
// BENCH_ROUNDS=3; BENCH_TARGETS=POST measures only the targets whose names hold one of those words,
// BENCH_CPU_PROF=<dir> profiles the servers' process, BENCH_BASELINE_TREE=<another checkout> adds
// that checkout's command API as targets: before and after a change in one run).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { createInterface } from 'node:readline';
import { createTestDatabase } from '@payouts/platform/testing';
import autocannon from 'autocannon';
import pg from 'pg';
import { watchHost } from '../lib/machine.ts';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Rounds of every target in turn; each target's median round counts. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** BENCH_CPU_PROF=<dir>: a V8 CPU profile of the servers' process, written there when it stops. */
const PROFILE_DIR = process.env.BENCH_CPU_PROF;
const WARMUP_SECONDS = 2;

const host = watchHost();
const database = await createTestDatabase('bench_write');
const child = spawn(
  process.execPath,
  [
    ...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []),
    '--import',
    'tsx',
    new URL('./servers.ts', import.meta.url).pathname,
  ],
  {
    env: { ...process.env, BENCH_DATABASE_URL: database.url },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
try {
  const ready = await new Promise<{
    commandPort: number;
    barePort: number;
    baselinePort?: number;
    apiKey: string;
  }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`servers exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line)));
  });
  const body = JSON.stringify({
    amount: '100.50',
    currency: 'RUB',
    recipient_account: '40817810099910004312',
  });
  const targets = {
    'bare Hono, one INSERT': {
      url: `http://127.0.0.1:${ready.barePort}/insert`,
      headers: { 'Content-Type': 'application/json' },
    },
    'bare Hono, one INSERT + pg_notify': {
      url: `http://127.0.0.1:${ready.barePort}/insert-notify`,
      headers: { 'Content-Type': 'application/json' },
    },
    'POST /api/v1/payouts': {
      url: `http://127.0.0.1:${ready.commandPort}/api/v1/payouts`,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ready.apiKey}` },
    },
    'POST /api/v1/payouts + Idempotency-Key': {
      url: `http://127.0.0.1:${ready.commandPort}/api/v1/payouts`,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ready.apiKey}` },
      idempotent: true,
    },
    ...(ready.baselinePort
      ? {
          [`POST /api/v1/payouts (${process.env.BENCH_BASELINE_TREE})`]: {
            url: `http://127.0.0.1:${ready.baselinePort}/api/v1/payouts`,
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ready.apiKey}` },
          },
          [`POST /api/v1/payouts + Idempotency-Key (${process.env.BENCH_BASELINE_TREE})`]: {
            url: `http://127.0.0.1:${ready.baselinePort}/api/v1/payouts`,
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ready.apiKey}` },
            idempotent: true,
          },
        }
      : {}),
  };

  const only = process.env.BENCH_TARGETS?.split(',').filter(Boolean);
  const runners = Object.entries(targets)
    .filter(([name]) => !only || only.some((word) => name.includes(word)))
    .map(([name, target]) => {
      const run = (duration: number) =>
        autocannon({
          url: target.url,
          method: 'POST',
          connections: CONNECTIONS,
          duration,
          headers: target.headers,
          body,
          ...('idempotent' in target
            ? {
                requests: [
                  {
                    setupRequest: (request: autocannon.Request) => ({
                      ...request,
                      headers: { ...request.headers, 'Idempotency-Key': randomUUID() },
                    }),
                  },
                ],
              }
            : {}),
        });
      return { name, run };
    });
  for (const { run } of runners) await run(WARMUP_SECONDS);
  // Rounds of every target in turn: a burst of the neighbours' load then hits every target alike.
  const rounds: Record<string, autocannon.Result[]> = {};
  for (let round = 1; round <= ROUNDS; round++) {
    for (const { name, run } of runners) {
      const result = await run(SECONDS);
      rounds[name] = [...(rounds[name] ?? []), result];
      console.error(
        `round ${round} ${name}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
      );
    }
  }
  // Each target's median round by req/s.
  const results: Record<string, autocannon.Result> = Object.fromEntries(
    Object.entries(rounds).map(([name, all]) => [
      name,
      [...all].sort((a, b) => a.requests.average - b.requests.average)[Math.floor(all.length / 2)]!,
    ]),
  );

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query<{ server_version: string }>('show server_version');
  await client.end();

  const bareRps = results['bare Hono, one INSERT']?.requests.average ?? Number.NaN;
  const lines = [
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL ${rows[0]?.server_version}; load generator (autocannon) and servers on the same machine, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per target after ${WARMUP_SECONDS} s warm-up, pools of 10 connections each; ${host.summary()}.`,
    '',
    '| Target | req/s (median round) | p50 ms | p99 ms | non-2xx (all rounds) | ratio to bare INSERT | req/s per round |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...Object.entries(results).map(([name, r]) => {
      const all = rounds[name]!;
      const failed = all.reduce((n, x) => n + x.non2xx + x.errors, 0);
      const perRound = all.map((x) => x.requests.average.toFixed(0)).join(', ');
      return `| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${failed} | ${(r.requests.average / bareRps).toFixed(2)} | ${perRound} |`;
    }),
  ];
  console.log(lines.join('\n'));
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await database.drop();
}
