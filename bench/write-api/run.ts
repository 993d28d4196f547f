// Write API throughput: POST /api/v1/payouts (without and with Idempotency-Key) beside a bare Hono
// handler doing one INSERT, measured in the same run against the same PostgreSQL, 50 connections.
// Prints a markdown table for bench/RESULTS.md. `npx tsx bench/write-api/run.ts` (BENCH_SECONDS=10).
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
const WARMUP_SECONDS = 2;

const host = watchHost();
const database = await createTestDatabase('bench_write');
const child = spawn(
  process.execPath,
  ['--import', 'tsx', new URL('./servers.ts', import.meta.url).pathname],
  {
    env: { ...process.env, BENCH_DATABASE_URL: database.url },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
try {
  const ready = await new Promise<{ commandPort: number; barePort: number; apiKey: string }>(
    (resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`servers exited with ${code}`)));
      createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line)));
    },
  );
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
  };

  const results: Record<string, autocannon.Result> = {};
  for (const [name, target] of Object.entries(targets)) {
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
    await run(WARMUP_SECONDS);
    results[name] = await run(SECONDS);
  }

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query<{ server_version: string }>('show server_version');
  await client.end();

  const bareRps = results['bare Hono, one INSERT']!.requests.average;
  const lines = [
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL ${rows[0]?.server_version}; load generator (autocannon) and servers on the same machine, ${CONNECTIONS} connections, ${SECONDS} s per target after ${WARMUP_SECONDS} s warm-up, pools of 10 connections each; ${host.summary()}.`,
    '',
    '| Target | req/s (mean) | p50 ms | p99 ms | non-2xx | ratio to bare INSERT |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(results).map(
      ([name, r]) =>
        `| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx + r.errors} | ${(r.requests.average / bareRps).toFixed(2)} |`,
    ),
  ];
  console.log(lines.join('\n'));
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await database.drop();
}
