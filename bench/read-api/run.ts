// Read API benchmark: the list endpoint at 10k, 100k and 1M payouts, with typical filter, search
// and ordering combinations, measured with autocannon against the query API in a child process.
//
//   npx tsx bench/read-api/run.ts            (SIZES=10000,100000,1000000 DURATION_S=6 CONNECTIONS=4)
//
// It drops and recreates its own database (BENCH_DATABASE_URL), grows the payouts table from one
// size to the next, and prints a Markdown table of p50/p99 latency and throughput per scenario.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { createInterface } from 'node:readline';
import { createKysely, createLogger, createPool, ensureDatabase } from '@payouts/platform';
import { migrateReadModel } from '@payouts/query-api';
import autocannon from 'autocannon';
import pg from 'pg';
import { loadPayouts } from './load.ts';

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bench_read_api';
const SIZES = (process.env.SIZES ?? '10000,100000,1000000').split(',').map(Number);
/** Seconds per measured run: enough requests for a stable p99 at a few thousand requests/s. */
const DURATION_S = Number(process.env.DURATION_S ?? 6);
/** Concurrent connections: a busy client's worth on a 2-core machine that hosts the database too. */
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 4);
const WARMUP_S = 1;

/** The account of payout row 12345 (see load.ts): one of 50,000 recipients. */
const ACCOUNT = `40817810${String((12345 * 48271) % 1_000_000_000_000).padStart(12, '0')}`;

type Scenario = { name: string; query: string; filtered: boolean };
const SCENARIOS: Scenario[] = [
  { name: 'newest first (default)', query: '', filtered: false },
  { name: 'status=pending', query: 'status=pending', filtered: true },
  {
    name: 'status=pending,processing & currency=usd',
    query: 'status=pending,processing&currency=usd',
    filtered: true,
  },
  { name: 'min_amount=100 & max_amount=500', query: 'min_amount=100&max_amount=500', filtered: true },
  {
    name: 'created_after & created_before (1 h)',
    query: 'created_after=2026-01-01T01:00:00Z&created_before=2026-01-01T02:00:00Z',
    filtered: true,
  },
  { name: 'recipient_account (exact)', query: `recipient_account=${ACCOUNT}`, filtered: true },
  { name: 'search account digits', query: `search=${ACCOUNT.slice(-8)}`, filtered: true },
  { name: 'search description', query: `search=${encodeURIComponent('order A-77')}`, filtered: true },
  { name: 'ordering=-amount', query: 'ordering=-amount', filtered: false },
  { name: 'ordering=status,-created_at', query: 'ordering=status,-created_at', filtered: false },
  { name: 'ordering=-amount, 6th page (cursor)', query: 'ordering=-amount#page6', filtered: false },
  {
    name: 'currency=eur & ordering=amount, 6th page',
    query: 'currency=eur&ordering=amount#page6',
    filtered: true,
  },
];

type Measured = { scenario: string; size: number; p50: number; p99: number; rps: number; requests: number };

async function recreateDatabase(): Promise<void> {
  const admin = new URL(DATABASE_URL);
  const name = admin.pathname.slice(1);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`drop database if exists "${name}" with (force)`);
  await client.end();
  await ensureDatabase(DATABASE_URL);
}

async function startServer(apiKey: string): Promise<{ port: number; child: ChildProcess }> {
  // node itself (not npx), so that killing the child ends the server rather than orphaning it.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./server.ts', import.meta.url).pathname],
    {
      env: { ...process.env, DATABASE_URL, BENCH_API_KEY: apiKey, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    const match = /^listening (\d+)$/.exec(line);
    if (match) return { port: Number(match[1]), child };
  }
  throw new Error('the bench server exited before listening');
}

/** Resolves `#pageN` by following `next` links N-1 times, so the URL carries a real cursor. */
async function resolveUrl(base: string, query: string, apiKey: string): Promise<string> {
  const [q, page] = query.split('#page');
  let url = `${base}/api/v1/payouts?${q ?? ''}`;
  for (let i = 1; i < Number(page ?? 1); i++) {
    const response = await fetch(url, { headers: { Authorization: `Bearer ${apiKey}` } });
    const body = (await response.json()) as { next: string | null };
    if (!body.next) throw new Error(`${query}: no page ${i + 1}`);
    url = body.next.replace(/^http:\/\/[^/]+/, base);
  }
  return url;
}

async function measure(url: string, apiKey: string, seconds: number) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { Authorization: `Bearer ${apiKey}` },
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  }
  return result;
}

const logger = createLogger('bench', 'warn');
await recreateDatabase();
const pool = createPool(DATABASE_URL, logger, 2);
const db = createKysely<unknown>(pool);
await migrateReadModel(db);
const apiKey = `bench_${randomBytes(16).toString('hex')}`;
const results: Measured[] = [];
let loaded = 0;
for (const size of SIZES) {
  const started = Date.now();
  await loadPayouts(db, loaded, size);
  loaded = size;
  console.error(`loaded ${size} payouts in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const server = await startServer(apiKey);
  const base = `http://127.0.0.1:${server.port}`;
  try {
    for (const scenario of SCENARIOS) {
      const url = await resolveUrl(base, scenario.query, apiKey);
      await measure(url, apiKey, WARMUP_S);
      const r = await measure(url, apiKey, DURATION_S);
      results.push({
        scenario: scenario.name,
        size,
        p50: r.latency.p50,
        p99: r.latency.p99,
        rps: Math.round(r.requests.average),
        requests: r.requests.total,
      });
      console.error(
        `${size}\t${scenario.name}\tp50 ${r.latency.p50} ms\tp99 ${r.latency.p99} ms\t${Math.round(r.requests.average)} req/s`,
      );
    }
  } finally {
    server.child.kill('SIGTERM');
  }
}
await db.destroy();

const sizes = SIZES.map((s) => (s >= 1_000_000 ? `${s / 1_000_000}M` : `${s / 1000}k`));
const header = `| scenario | ${sizes.map((s) => `p50 / p99 ms @ ${s}`).join(' | ')} | p99 ${sizes.at(-1)} / ${sizes[0]} |`;
const rows = SCENARIOS.map((scenario) => {
  const cells = SIZES.map((size) => results.find((r) => r.scenario === scenario.name && r.size === size)!);
  const ratio = cells.at(-1)!.p99 / cells[0]!.p99;
  return `| ${scenario.name}${scenario.filtered ? ' *' : ''} | ${cells.map((c) => `${c.p50} / ${c.p99}`).join(' | ')} | ${ratio.toFixed(2)} |`;
});
const table = [header, `|${'---|'.repeat(SIZES.length + 2)}`, ...rows].join('\n');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
writeFileSync(
  new URL('./last-run.json', import.meta.url),
  `${JSON.stringify({ machine, connections: CONNECTIONS, duration_s: DURATION_S, results }, null, 2)}\n`,
);
console.log(
  `machine: ${machine}\nautocannon: ${CONNECTIONS} connections, ${DURATION_S} s per scenario after ${WARMUP_S} s warm-up\n`,
);
console.log(table);
