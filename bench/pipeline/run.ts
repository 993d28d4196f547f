// End-to-end latency of the whole pipeline: POST /api/v1/payouts -> relay -> processor (0 ms
// provider) -> relay -> projector -> the payout `completed` in the read model the query API serves.
// Open loop: payouts are sent at a steady rate whatever the answers take, one step per rate, and
// each payout's latency runs from just before its POST to the moment the projector wrote its
// `completed` row (`projected_at`, same machine clock), so polling adds nothing to the figure; a
// sample is read back through GET /api/v1/payouts/{id} to check the query API shows it. Before each
// step the same open loop drives the bare baselines (Hono alone, Hono + one INSERT; bench/lib), so
// the latency ratios compare figures of the same run, and the run ends with the bare INSERT's own
// ceiling to set beside the highest rate the pipeline held.
// `npx tsx bench/pipeline/run.ts` (BENCH_RATES=50,100,200,500, BENCH_STEP_SECONDS=20).
// BENCH_SYSTEM_TREE=<another checkout> runs that checkout's system instead (bench/lib/systemTree.ts);
// BENCH_SUMMARY_FILE=<path> also writes the figures as JSON there (bench/pipeline/compare.ts reads it).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, totalmem } from 'node:os';
import { createInterface } from 'node:readline';
import { createTestDatabase, uniqueBusNames } from '@payouts/platform/testing';
import autocannon from 'autocannon';
import pg from 'pg';
import { isLogLine, startChild } from '../lib/child.ts';
import { watchHost } from '../lib/machine.ts';
import { percentile } from '../lib/percentile.ts';
import { type CpuGroups, childGroups, sampleCpu, serverGroups } from '../lib/processCpu.ts';
import { systemTree } from '../lib/systemTree.ts';
import type { PipelineSummary } from './summary.ts';

const RATES = (process.env.BENCH_RATES ?? '50,100,200,500').split(',').map(Number);
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 20);
/** After the last POST of a step, how long its payouts may take to complete before they count as not done. */
const DRAIN_SECONDS = 30;
/** Requests in flight at most; beyond it the generator is saturated and says so (sends are skipped). */
const MAX_IN_FLIGHT = 512;
const TICK_MS = 10;

// node:http over kept-alive sockets rather than fetch: fetch cost this generator about 0.7 ms of CPU
// per request, a quarter of a core at 400/s taken from the system it measures on the same machine.
const agent = new http.Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT });

function post(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

type Sent = { id: string; sentAt: number };

const host = watchHost();
const database = await createTestDatabase('bench_pipeline');
// BENCH_CPU_PROF=dir writes a V8 CPU profile of the system process there, to see where it saturates.
const profile = process.env.BENCH_CPU_PROF
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
  : [];
// BENCH_TOPOLOGY=processes runs every service as its own process, as Compose does; the default is
// the one process `npm start` runs.
const TOPOLOGY = process.env.BENCH_TOPOLOGY === 'processes' ? 'processes' : 'one-process';
if (systemTree && TOPOLOGY === 'processes') {
  throw new Error('BENCH_SYSTEM_TREE runs the one-process system only; unset BENCH_TOPOLOGY');
}
// BENCH_SYSTEM_NODE_ARGS="--max-semi-space-size=16" passes Node options to the system only (not
// to the generator or the bare baselines), to measure a runtime setting.
const systemNodeArgs = (process.env.BENCH_SYSTEM_NODE_ARGS ?? '').split(' ').filter(Boolean);
const child = spawn(
  process.execPath,
  [
    ...profile,
    ...systemNodeArgs,
    '--import',
    'tsx',
    new URL(TOPOLOGY === 'processes' ? './processes.ts' : './system.ts', import.meta.url).pathname,
  ],
  {
    env: { ...process.env, DATABASE_URL: database.url, ...uniqueBusNames(), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
/** The system's Node CPU: its one process, or each service's own with BENCH_TOPOLOGY=processes. */
function systemGroups(): CpuGroups {
  if (TOPOLOGY === 'one-process') return { 'Node (the system)': () => [child.pid!] };
  return Object.fromEntries(
    Object.entries(childGroups(child.pid!)).map(([script, roots]) => [`Node ${script}`, roots]),
  );
}
/** Every process group's CPU together. */
function total(item: CpuPerItem): number {
  return Object.values(item).reduce((a, b) => a + b, 0);
}
function perItem(cpuMs: Record<string, number>, items: number): Record<string, number> {
  return Object.fromEntries(Object.entries(cpuMs).map(([group, ms]) => [group, items > 0 ? ms / items : 0]));
}
const pool = new pg.Pool({ connectionString: database.url, max: 2 });
const bare = await startChild<{ port: number }>(new URL('../lib/bareServer.ts', import.meta.url), {
  BENCH_DATABASE_URL: database.url,
  BENCH_BARE_INSERT: '1',
});
const bareBase = `http://127.0.0.1:${bare.ready.port}`;
type Percentiles = { p50: string; p99: string; failed: number };
const bareRows = new Map<number, { constant: Percentiles; insert: Percentiles }>();
const measured: { rate: number; p50: string; p99: string; completedPerSecond: number; held: boolean }[] = [];
/** CPU milliseconds per payout (pipeline) and per request (bare INSERT) at each rate, by process group. */
type CpuPerItem = Record<string, number>;
const cpuRows = new Map<number, { pipeline: CpuPerItem; bare: CpuPerItem }>();
let bareInsertCeiling = 0;
const rows: string[] = [];
const systemLog = new Map<string, number>();
let watching: NodeJS.Timeout | undefined;
try {
  const ready = await new Promise<{ port: number; readPort?: number; metrics?: string[]; apiKey: string }>(
    (resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`system exited with ${code}`)));
      // Every later line is the system's log: keep reading it (a full pipe would block the child's
      // synchronous logger) and count what it warns about.
      // The ready line is the first that is not a log line: a service may warn before it (the
      // scheduler does when audit anchors are not signed).
      let waiting = true;
      createInterface({ input: child.stdout! }).on('line', (line) => {
        if (waiting && !isLogLine(line)) {
          waiting = false;
          resolve(JSON.parse(line));
          return;
        }
        const msg = (JSON.parse(line) as { msg?: string }).msg ?? line;
        systemLog.set(msg, (systemLog.get(msg) ?? 0) + 1);
      });
    },
  );
  const base = `http://127.0.0.1:${ready.port}`;
  const readBase = `http://127.0.0.1:${ready.readPort ?? ready.port}`;
  const metricsUrls = ready.metrics ?? [`${base}/metrics`];
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${ready.apiKey}` };
  const body = JSON.stringify({
    amount: '100.50',
    currency: 'RUB',
    recipient_account: '40817810099910004312',
  });

  // BENCH_WATCH=1 prints the backlogs every 2 s (relay, each consumer), to see which stage falls behind.
  watching =
    process.env.BENCH_WATCH === '1'
      ? setInterval(() => {
          void Promise.all(metricsUrls.map((u) => fetch(u).then((r) => r.text())))
            .then((texts) => texts.join('\n'))
            .then((text) => console.error(`backlogs: ${backlogs(text)}`))
            .catch(() => {});
        }, 2_000)
      : undefined;
  await step(5, 5, true); // warm-up: connections, JIT, consumers created
  await sendAtRate(`${bareBase}/insert`, headers, body, 50, 2);
  // Each rate: the bare baselines, then the pipeline, so that the machine's state meets both alike.
  for (const rate of RATES) {
    await bareStep(rate);
    rows.push(await step(rate, STEP_SECONDS));
  }
  // The bare INSERT's own ceiling: as many requests as 50 connections get answered.
  const ceiling = await autocannon({
    url: `${bareBase}/insert`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
    connections: 50,
    duration: 10,
  });
  bareInsertCeiling = ceiling.requests.average;

  async function step(rate: number, seconds: number, warmUp = false): Promise<string> {
    // Readers of all events (the relay) once saw nothing newer than the oldest transaction open
    // anywhere on the server, and other people's long transactions stalled this pipeline; they now
    // wait only for running appends, and the step notes foreign transactions to show it.
    let foreignTxSeconds = 0;
    const watch = setInterval(() => {
      void oldestForeignTransactionSeconds().then((s) => {
        foreignTxSeconds = Math.max(foreignTxSeconds, s);
      });
    }, 1_000);
    const startedWall = Date.now();
    // Every process that serves a payout: the system's Node process(es), PostgreSQL and NATS, from
    // the first POST until the last payout completed (the drain's polling included, a small extra).
    const cpu = sampleCpu({ ...systemGroups(), ...serverGroups });
    const load = await sendAtRate(`${base}/api/v1/payouts`, headers, body, rate, seconds);
    const sent = load.answered;
    // Wait for completion (bounded), then read when each became visible.
    const deadline = Date.now() + DRAIN_SECONDS * 1000;
    const ids = sent.map((s) => s.id);
    let done = new Map<string, number>();
    while (Date.now() < deadline) {
      done = await completedAt(ids);
      if (done.size === ids.length) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    clearInterval(watch);
    const cpuMs = cpu.since();
    const latencies = sent
      .filter((s) => done.has(s.id))
      .map((s) => done.get(s.id)! - s.sentAt)
      .sort((a, b) => a - b);
    const lastDone = Math.max(...done.values(), startedWall);
    const completedPerSecond = done.size === 0 ? 0 : done.size / ((lastDone - startedWall) / 1000);
    await checkThroughQueryApi(readBase, ready.apiKey, ids.filter((id) => done.has(id)).slice(0, 20));
    const line = `| ${rate} | ${(sent.length / load.seconds).toFixed(0)} | ${completedPerSecond.toFixed(0)} | ${done.size}/${
      sent.length
    } | ${pct(latencies, 0.5)} | ${pct(latencies, 0.99)} | ${latencies.at(-1) ?? '-'} | ${load.errors} | ${load.skipped} | ${foreignTxSeconds.toFixed(0)} | ${await stages(sent, done)} |`;
    if (!warmUp) {
      console.error(line);
      cpuRows.set(rate, { ...cpuRows.get(rate)!, pipeline: perItem(cpuMs, done.size) });
      measured.push({
        rate,
        p50: pct(latencies, 0.5),
        p99: pct(latencies, 0.99),
        completedPerSecond,
        held:
          done.size === sent.length &&
          load.errors === 0 &&
          load.skipped === 0 &&
          completedPerSecond >= 0.95 * rate,
      });
    }
    return line;
  }

  /** The bare baselines at the same offered rate: each answer's latency is the whole figure. */
  async function bareStep(rate: number): Promise<void> {
    const constant = await sendAtRate(`${bareBase}/constant`, headers, body, rate, STEP_SECONDS);
    const cpu = sampleCpu({ 'Node (bare)': () => [bare.process.pid!], PostgreSQL: serverGroups.PostgreSQL! });
    const insert = await sendAtRate(`${bareBase}/insert`, headers, body, rate, STEP_SECONDS);
    cpuRows.set(rate, { pipeline: {}, bare: perItem(cpu.since(), insert.answered.length) });
    const latencies = (load: Load) => load.answered.map((a) => a.answeredAt - a.sentAt).sort((x, y) => x - y);
    bareRows.set(rate, {
      constant: {
        p50: pct(latencies(constant), 0.5),
        p99: pct(latencies(constant), 0.99),
        failed: constant.errors + constant.skipped,
      },
      insert: {
        p50: pct(latencies(insert), 0.5),
        p99: pct(latencies(insert), 0.99),
        failed: insert.errors + insert.skipped,
      },
    });
  }
} finally {
  clearInterval(watching);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await bare.stop();
  await pool.end();
  await database.drop();
}

const machine = `${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${
  process.version
}`;
console.log(`Machine: ${machine}; ${host.summary()}`);
console.log(
  `Command: npx tsx bench/pipeline/run.ts (rates ${RATES.join(', ')}/s, ${STEP_SECONDS} s each, ${TOPOLOGY === 'processes' ? 'BENCH_TOPOLOGY=processes: every service its own process' : 'every service in one process, as npm start'}${systemNodeArgs.length > 0 ? `; the system ran with ${systemNodeArgs.join(' ')}` : ''}${systemTree ? `; the system of ${systemTree}` : ''})`,
);
console.log('');
console.log(
  '| offered payouts/s | POSTs answered/s | completed/s | completed | p50 ms | p99 ms | max ms | POST errors | not sent (generator saturated) | longest foreign write transaction, s | p50 ms per stage: POST, to started, to completed, to projected |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const row of rows) console.log(row);
console.log('');
console.log(
  "Beside the bare baselines at the same offered rate, measured just before each pipeline step (one child process, its own pool of 10): each answer's latency, against the pipeline's POST-to-completed latency.",
);
console.log('');
console.log(
  '| offered payouts/s | bare Hono p50 / p99 ms | bare Hono + one INSERT p50 / p99 ms | pipeline p50 / p99 ms | pipeline ÷ INSERT, p50 | pipeline ÷ INSERT, p99 |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const m of measured) {
  const b = bareRows.get(m.rate)!;
  const failed = (p: Percentiles) => (p.failed > 0 ? ` (${p.failed} failed)` : '');
  console.log(
    `| ${m.rate} | ${b.constant.p50} / ${b.constant.p99}${failed(b.constant)} | ${b.insert.p50} / ${b.insert.p99}${failed(b.insert)} | ${m.p50} / ${m.p99} | ${ratio(m.p50, b.insert.p50)} | ${ratio(m.p99, b.insert.p99)} |`,
  );
}
console.log('');
console.log(
  'CPU per payout, end to end: user+system time from /proc of every process that served the step (PostgreSQL and NATS whole, so nothing else should run on the host), from the first POST until the last payout completed, divided by the payouts completed; beside it the bare Hono + one INSERT request at the same rate (its Node process and PostgreSQL), divided by the requests answered.',
);
console.log('');
const groups = [...new Set(measured.flatMap((m) => Object.keys(cpuRows.get(m.rate)?.pipeline ?? {})))];
console.log(
  `| offered payouts/s | ${groups.map((g) => `${g} ms`).join(' | ')} | pipeline ms per payout | bare INSERT ms per request (Node + PostgreSQL) | pipeline ÷ INSERT |`,
);
console.log(`| ---: | ${groups.map(() => '---:').join(' | ')} | ---: | ---: | ---: |`);
for (const m of measured) {
  const row = cpuRows.get(m.rate);
  if (!row) continue;
  const bareTotal = total(row.bare);
  console.log(
    `| ${m.rate} | ${groups.map((g) => (row.pipeline[g] ?? 0).toFixed(2)).join(' | ')} | ${total(row.pipeline).toFixed(2)} | ${bareTotal.toFixed(2)} (${Object.values(
      row.bare,
    )
      .map((v) => v.toFixed(2))
      .join(' + ')}) | ${bareTotal > 0 ? (total(row.pipeline) / bareTotal).toFixed(1) : '-'} |`,
  );
}
const highestHeld = measured.filter((m) => m.held).at(-1);
console.log('');
console.log(
  `Sustained: the highest offered rate the pipeline held (every payout completed, none refused, completed/s at least 95% of offered) was ${
    highestHeld
      ? `${highestHeld.rate}/s (${highestHeld.completedPerSecond.toFixed(0)} completed/s)`
      : 'none of the rates'
  }; the bare INSERT answered ${bareInsertCeiling.toFixed(0)} requests/s at 50 connections (10 s) in the same run${
    highestHeld ? `: a ratio of ${(highestHeld.completedPerSecond / bareInsertCeiling).toFixed(2)}` : ''
  }. Every payout is three events, three publishes, two processor steps, a provider call and three projections.`,
);
console.log('');
console.log(`System log lines (warn and above) by message: ${JSON.stringify(Object.fromEntries(systemLog))}`);
if (process.env.BENCH_SUMMARY_FILE) {
  const summary: PipelineSummary = {
    machine,
    steps: measured.map((m) => {
      const cpu = cpuRows.get(m.rate);
      return {
        ...m,
        cpuMsPerPayout: total(cpu?.pipeline ?? {}),
        bareCpuMsPerRequest: total(cpu?.bare ?? {}),
      };
    }),
    heldRate: highestHeld?.rate ?? null,
    bareInsertCeiling,
  };
  writeFileSync(process.env.BENCH_SUMMARY_FILE, JSON.stringify(summary));
}

async function completedAt(ids: string[]): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  for (let i = 0; i < ids.length; i += 5_000) {
    const { rows: found } = await pool.query<{ id: string; at: Date }>(
      `select id, projected_at as at from payouts where status = 'completed' and id = any($1::uuid[])`,
      [ids.slice(i, i + 5_000)],
    );
    for (const r of found) result.set(r.id, r.at.getTime());
  }
  return result;
}

/**
 * Where the time goes, p50 of each hop for the completed payouts: the POST (until PayoutRequested was
 * stored), on to PayoutProcessingStarted (relay, NATS, processor), on to PayoutCompleted (relay, NATS,
 * processor, provider), on to the projector's `completed` row (relay, NATS, projector).
 */
async function stages(sent: Sent[], done: Map<string, number>): Promise<string> {
  const ids = sent.filter((s) => done.has(s.id)).map((s) => s.id);
  if (ids.length === 0) return '-';
  const { rows: found } = await pool.query<{ id: string; type: string; at: Date }>(
    `select substr(stream_name, 8) as id, type, recorded_at as at from event_store.events
     where stream_name = any($1::text[])
       and type in ('PayoutRequested', 'PayoutProcessingStarted', 'PayoutCompleted')`,
    [ids.map((id) => `payout-${id}`)],
  );
  const at = new Map(found.map((r) => [`${r.id}/${r.type}`, r.at.getTime()]));
  const hops: number[][] = [[], [], [], []];
  for (const s of sent) {
    const requested = at.get(`${s.id}/PayoutRequested`);
    const started = at.get(`${s.id}/PayoutProcessingStarted`);
    const completed = at.get(`${s.id}/PayoutCompleted`);
    const projected = done.get(s.id);
    if (!requested || !started || !completed || !projected) continue;
    hops[0]!.push(requested - s.sentAt);
    hops[1]!.push(started - requested);
    hops[2]!.push(completed - started);
    hops[3]!.push(projected - completed);
  }
  return hops
    .map((h) =>
      pct(
        h.sort((a, b) => a - b),
        0.5,
      ),
    )
    .join(', ');
}

async function oldestForeignTransactionSeconds(): Promise<number> {
  const { rows: found } = await pool.query<{ s: number }>(
    `select coalesce(max(extract(epoch from now() - xact_start)), 0)::float8 as s from pg_stat_activity
     where backend_xid is not null and datname is distinct from current_database()`,
  );
  return found[0]?.s ?? 0;
}

async function checkThroughQueryApi(base: string, apiKey: string, ids: string[]): Promise<void> {
  for (const id of ids) {
    const r = await fetch(`${base}/api/v1/payouts/${id}`, { headers: { Authorization: `Bearer ${apiKey}` } });
    const payout = (await r.json()) as { status?: string };
    if (payout.status !== 'completed') throw new Error(`query API shows ${id} as ${payout.status}`);
  }
}

/** The relay's lag and every consumer's pending plus in-flight messages, from a /metrics text. */
function backlogs(metrics: string): string {
  const found: string[] = [];
  for (const line of metrics.split('\n')) {
    const relay = /^relay_lag_events (\S+)/.exec(line);
    if (relay) found.push(`relay ${relay[1]}`);
    const consumer = /^bus_consumer_(ack_)?pending_messages\{.*consumer="([^"]+)"\} (\S+)/.exec(line);
    if (consumer && consumer[3] !== '0')
      found.push(`${consumer[2]}${consumer[1] ? ' in flight' : ''} ${consumer[3]}`);
  }
  return found.join(', ');
}

function ratio(a: string, b: string): string {
  const x = Number(a);
  const y = Number(b);
  return Number.isFinite(x) && Number.isFinite(y) && y > 0 ? (x / y).toFixed(1) : '-';
}

type Answered = { id: string; sentAt: number; answeredAt: number };
type Load = { answered: Answered[]; errors: number; skipped: number; seconds: number };

/**
 * Open loop: POSTs `body` at a steady `rate` for `seconds` whatever the answers take (one tick every
 * TICK_MS sends what is due), up to MAX_IN_FLIGHT at once; beyond it a send is skipped and counted,
 * the generator being saturated. Resolves when every answer came.
 */
async function sendAtRate(
  url: string,
  headers: Record<string, string>,
  body: string,
  rate: number,
  seconds: number,
): Promise<Load> {
  const answered: Answered[] = [];
  let errors = 0;
  let skipped = 0;
  let inFlight = 0;
  const started = performance.now();
  const total = rate * seconds;
  let issued = 0;
  const pending: Promise<void>[] = [];
  while (issued < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate));
    while (issued < due) {
      issued++;
      if (inFlight >= MAX_IN_FLIGHT) {
        skipped++;
        continue;
      }
      inFlight++;
      const sentAt = Date.now();
      pending.push(
        post(url, headers, body)
          .then((r) => {
            if (r.status !== 201) {
              errors++;
              return;
            }
            const { id } = JSON.parse(r.body) as { id: string };
            answered.push({ id, sentAt, answeredAt: Date.now() });
          })
          .catch(() => {
            errors++;
          })
          .finally(() => {
            inFlight--;
          }),
      );
    }
    await new Promise((r) => setTimeout(r, TICK_MS));
  }
  await Promise.all(pending);
  return { answered, errors, skipped, seconds: (performance.now() - started) / 1000 };
}

function pct(sorted: number[], p: number): string {
  return sorted.length === 0 ? '-' : String(percentile(sorted, p));
}
