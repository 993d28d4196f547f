// Webhooks: delivery throughput to a local receiver, and the latency they add to the pipeline.
//
//  1. Throughput: N payouts are made and completed while the endpoint wants none of their events, then
//     a replay of their range queues all 3N webhooks at once; the figure is webhooks received per
//     second from the replay's request to the last 2xx (the queue, signing, HTTP and settling).
//  2. Added latency: payouts at a steady rate with an endpoint for `payout.completed`; for each, the
//     time from PayoutCompleted being recorded in the event store (the webhook's created_at) to the
//     receiver's answer, p50 and p99.
//
// The system runs in a child process (bench/webhooks/system.ts); the receiver and the load in this one.
//   npx tsx bench/webhooks/run.ts [--payouts N] [--rate R] [--seconds S]
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTestDatabase, uniqueBusNames } from '@payouts/platform/testing';
import { describeMachine, watchHost } from '../lib/machine.ts';
import { percentile } from '../lib/percentile.ts';
import { writeFigures } from '../lib/results.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const PAYOUTS = arg('payouts', 1000);
const RATE = arg('rate', 50);
const SECONDS = arg('seconds', 20);

type Arrival = { id: string; type: string; payout: string; createdAt: number; at: number };
const arrivals: Arrival[] = [];
const receiver = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString()) as {
      id: string;
      type: string;
      created_at: string;
      data: { object: { id: string } };
    };
    arrivals.push({
      id: body.id,
      type: body.type,
      payout: body.data.object.id,
      createdAt: Date.parse(body.created_at),
      at: Date.now(),
    });
    res.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

const database = await createTestDatabase('bench_webhooks');
const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'bench/webhooks/system.ts'], {
  env: { ...process.env, DATABASE_URL: database.url, ...uniqueBusNames(), LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const started = await new Promise<{ port: number; apiKey: string }>((resolve) => {
  createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line)));
});
const base = `http://127.0.0.1:${started.port}`;
const headers = { Authorization: `Bearer ${started.apiKey}`, 'Content-Type': 'application/json' };
const post = async (path: string, body: unknown) => {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string };
};
const until = async (done: () => boolean, timeoutMs: number, what: string) => {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
};
const machine = await describeMachine(database.url);
const host = watchHost();

try {
  // 1. Throughput.
  const quiet = await post('/api/v1/webhook-endpoints', {
    url: hookUrl,
    enabled_events: ['payout.cancelled'],
  });
  const from = new Date().toISOString();
  const ids: string[] = [];
  for (let i = 0; i < PAYOUTS; i += 20) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(20, PAYOUTS - i) }, (_, j) =>
        post('/api/v1/payouts/', { amount: '1.00', recipient_account: `BENCH-${i + j}` }),
      ),
    );
    ids.push(...batch.map((p) => p.id));
  }
  // Every payout completed: the read model says so.
  for (;;) {
    const res = await fetch(`${base}/api/v1/payouts/?status=completed&limit=1`, { headers });
    const list = (await res.json()) as { results: unknown[] };
    const pending = await fetch(`${base}/api/v1/payouts/?status=pending,processing&limit=1`, { headers });
    if (list.results.length > 0 && ((await pending.json()) as { results: unknown[] }).results.length === 0)
      break;
    await sleep(200);
  }
  await sleep(1_000);
  const to = new Date().toISOString();
  const replayStart = Date.now();
  await post(`/api/v1/webhook-endpoints/${quiet.id}/replay`, {
    from,
    to,
    types: ['payout.created', 'payout.processing', 'payout.completed'],
  });
  await until(() => arrivals.length >= PAYOUTS * 3, 600_000, 'every replayed webhook');
  const throughputSeconds = (arrivals.at(-1)!.at - replayStart) / 1000;
  const throughput = arrivals.length / throughputSeconds;
  arrivals.length = 0;

  // 2. Added latency, at a steady rate.
  await post('/api/v1/webhook-endpoints', { url: hookUrl, enabled_events: ['payout.completed'] });
  const total = RATE * SECONDS;
  const t0 = Date.now();
  const sent: Promise<unknown>[] = [];
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / RATE;
    if (due > Date.now()) await sleep(due - Date.now());
    sent.push(post('/api/v1/payouts/', { amount: '2.00', recipient_account: `LAT-${i}` }));
  }
  await Promise.all(sent);
  await until(
    () => arrivals.filter((a) => a.type === 'payout.completed').length >= total,
    120_000,
    'every completed',
  );
  const latencies = arrivals
    .filter((a) => a.type === 'payout.completed')
    .map((a) => a.at - a.createdAt)
    .sort((a, b) => a - b);
  const p50 = percentile(latencies, 0.5);
  const p99 = percentile(latencies, 0.99);

  const figures = [
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: \`npx tsx bench/webhooks/run.ts --payouts ${PAYOUTS} --rate ${RATE} --seconds ${SECONDS}\``,
    `(the whole system in one child process as \`npm start\` runs it, PostgreSQL event store, simulated provider at 0 ms, receiver answering 204 on node:http in the parent).`,
    '',
    `Machine: ${machine}; ${host.summary()}.`,
    ...(process.env.BENCH_SHARED_HOST
      ? [`The host was shared with other work during this run: ${process.env.BENCH_SHARED_HOST}.`]
      : []),
    '',
    '| Figure | Value |',
    '| --- | --- |',
    `| Delivery throughput (replay of ${PAYOUTS * 3} webhooks, request to last 2xx) | ${throughput.toFixed(0)} webhooks/s (${throughputSeconds.toFixed(1)} s) |`,
    `| Added latency, \`PayoutCompleted\` recorded to the receiver's 2xx, ${RATE} payouts/s for ${SECONDS} s | p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms (${latencies.length} webhooks) |`,
  ].join('\n');
  console.log(figures);
  const where = writeFigures('webhooks', '## Webhooks', figures);
  if (where) console.log(`written to ${where}`);
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  receiver.close();
  await database.drop();
}
