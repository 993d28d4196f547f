// Read API benchmark: the list endpoint at 10k, 100k and 1M payouts, with typical filter, search
// and ordering combinations, measured with autocannon against the query API in a child process.
//
//   npx tsx bench/read-api/run.ts     (SIZES=10000,100000,1000000 LIMITS=20,100 DURATION_S=4 CONNECTIONS=4 ROUNDS=2,
//                                      SCENARIOS=word,... to measure only those whose names hold one)
//
// One database per size (bench_read_api_<size>, kept for the next run when its row count still
// matches), one query API per database, and the sizes taking turns in short slices within each
// scenario (SLICES=6 per DURATION_S), round after round: on a machine shared with other work, a burst
// of someone else's load then hits every size alike instead of one. Every list scenario is measured
// at each of LIMITS (20 and 100). It prints a Markdown table of the best round's p50/p99 per scenario,
// and each scenario's req/s at the largest size beside the bare baselines' (Hono alone, Hono + one
// primary-key SELECT on the same database) measured in the same rounds.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { createInterface } from 'node:readline';
import { createKysely, createLogger, createPool, ensureDatabase } from '@payouts/platform';
import { migrateReadModel } from '@payouts/query-api';
import autocannon from 'autocannon';
import { startChild } from '../lib/child.ts';
import { watchHost } from '../lib/machine.ts';
import { percentile } from '../lib/percentile.ts';
import { COMMON_TERM, loadPayouts, REGULAR_ACCOUNT } from './load.ts';

const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const host = watchHost();
const SIZES = (process.env.SIZES ?? '10000,100000,1000000').split(',').map(Number);
/** Seconds per measured run: a few thousand requests, enough for a p99. */
const DURATION_S = Number(process.env.DURATION_S ?? 4);
/** Rounds over every scenario and size; the best round counts (the others met someone else's load). */
const ROUNDS = Number(process.env.ROUNDS ?? 2);
/** Concurrent connections: a busy client's worth on a 2-core machine that hosts the database too. */
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 4);
const WARMUP_S = 1;
/** Turns the sizes take within each scenario's DURATION_S (see measureSizes). */
const SLICES = Number(process.env.SLICES ?? 6);

/** Page sizes every list scenario is measured at (the API's default, 20, and its largest, 100). */
const LIMITS = (process.env.LIMITS ?? '20,100').split(',').map(Number);

/** `bare` scenarios hit the bare baselines (bench/lib/bareApp.ts) beside the API, same database. */
type Scenario = {
  name: string;
  query: string;
  filtered: boolean;
  bare?: 'constant' | 'select';
  /** The page size (list scenarios only). */
  limit?: number;
};
const BARE_CONSTANT = 'bare Hono, constant JSON';
const BARE_SELECT = 'bare Hono, one primary-key SELECT';
const ALL_SCENARIOS: Scenario[] = [
  { name: BARE_CONSTANT, query: '', filtered: false, bare: 'constant' },
  { name: BARE_SELECT, query: '', filtered: false, bare: 'select' },
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
  {
    name: 'recipient_account (exact, 20 payouts)',
    query: `recipient_account=${REGULAR_ACCOUNT}`,
    filtered: true,
  },
  {
    name: 'search 10 account digits (20 payouts)',
    query: `search=${REGULAR_ACCOUNT.slice(-10)}`,
    filtered: true,
  },
  { name: 'search description, common word', query: 'search=refund', filtered: true },
  { name: 'search description, one order', query: 'search=A-123457', filtered: true },
  // Issue 17's page: a common term (one row in 15) among completed payouts, largest amounts first.
  {
    name: `status=completed & ordering=-amount & search=${COMMON_TERM}`,
    query: `status=completed&ordering=-amount&search=${COMMON_TERM}`,
    filtered: true,
  },
  { name: 'ordering=-amount', query: 'ordering=-amount', filtered: false },
  { name: 'ordering=status,-created_at', query: 'ordering=status,-created_at', filtered: false },
  { name: 'ordering=-amount, 6th page (cursor)', query: 'ordering=-amount#page6', filtered: false },
  {
    name: 'currency=eur & ordering=amount, 6th page',
    query: 'currency=eur&ordering=amount#page6',
    filtered: true,
  },
];
/** SCENARIOS=account,search measures only the scenarios whose names contain one of those words. */
const ONLY = process.env.SCENARIOS?.split(',').filter(Boolean);
const SCENARIOS = ALL_SCENARIOS.filter(
  (s) => s.bare || !ONLY || ONLY.some((word) => s.name.includes(word)),
).flatMap((s) => (s.bare ? [s] : LIMITS.map((limit) => ({ ...s, limit, query: withLimit(s.query, limit) }))));

/** `q#pageN` with `limit` added to q (the page marker stays last). */
function withLimit(query: string, limit: number): string {
  const [q = '', page] = query.split('#page');
  return `${[q, `limit=${limit}`].filter(Boolean).join('&')}${page ? `#page${page}` : ''}`;
}

const label = (s: Scenario) => (s.limit === undefined ? s.name : `${s.name} (limit ${s.limit})`);

type Measured = {
  scenario: string;
  size: number;
  round: number;
  p50: number;
  p99: number;
  rps: number;
  requests: number;
};

function databaseUrl(size: number): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/bench_read_api_${size}`;
  return url.toString();
}

/** A database holding exactly `size` bench payouts: kept from an earlier run, or made now. */
async function prepareDatabase(size: number): Promise<void> {
  const url = databaseUrl(size);
  await ensureDatabase(url);
  const pool = createPool(url, createLogger('bench', 'warn'), 2);
  const db = createKysely<unknown>(pool);
  try {
    await migrateReadModel(db);
    // Kept when it holds this load's rows: as many, the planted account's 20 and the common term's
    // one row in 15 (both added later).
    const { rows } = await pool.query<{ n: string; planted: string; common: string }>(
      `select count(*) as n, count(*) filter (where recipient_account = $1) as planted,
         count(*) filter (where description like '%' || $2) as common from payouts`,
      [REGULAR_ACCOUNT, COMMON_TERM],
    );
    const kept = rows[0];
    if (
      Number(kept?.n) === size &&
      Number(kept?.planted) === 20 &&
      Number(kept?.common) === Math.ceil((size - 1) / 15)
    )
      return;
    await pool.query('truncate payouts');
    const started = Date.now();
    await loadPayouts(db, 0, size);
    console.error(`loaded ${size} payouts in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.destroy();
  }
}

/** One payout id of the bench database, for the bare primary-key SELECT. */
async function aPayoutId(size: number): Promise<string> {
  const pool = createPool(databaseUrl(size), createLogger('bench', 'warn'), 1);
  try {
    const { rows } = await pool.query<{ id: string }>('select id from payouts offset $1 limit 1', [
      Math.floor(size / 2),
    ]);
    if (!rows[0]) throw new Error(`bench_read_api_${size} has no payouts`);
    return rows[0].id;
  } finally {
    await pool.end();
  }
}

async function startServer(apiKey: string, url: string): Promise<{ port: number; child: ChildProcess }> {
  // node itself (not npx), so that killing the child ends the server rather than orphaning it.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./server.ts', import.meta.url).pathname],
    {
      env: { ...process.env, DATABASE_URL: url, BENCH_API_KEY: apiKey, PORT: '0' },
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
    // Links are relative to the server (and were absolute once): either resolves against base.
    url = new URL(body.next, base).toString();
  }
  return url;
}

/**
 * One autocannon run. Latencies are taken from each response as it comes (fractions of a
 * millisecond; autocannon's own histogram keeps whole ones) into `times`.
 */
async function run(url: string, apiKey: string, seconds: number, times: number[] = []) {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      { url, connections: CONNECTIONS, duration: seconds, headers: { Authorization: `Bearer ${apiKey}` } },
      (err, done) => (err ? reject(err) : resolve(done)),
    );
    run.on('response', (_client, _status, _bytes, responseTime) => {
      times.push(responseTime);
    });
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  }
  return result.requests.total;
}

/**
 * A scenario at every size, the sizes taking turns in slices of DURATION_S / SLICES seconds: on a
 * host shared with other work a burst of its load then lands on every size alike, where back to
 * back runs of whole seconds left one size's p99 two to three times another's by chance. p50 and
 * p99 over all of a size's slices, rounded to 0.1 ms; req/s over its measured time.
 */
async function measureSizes(urls: Map<number, string>, apiKey: string) {
  const times = new Map([...urls.keys()].map((size) => [size, [] as number[]]));
  const requests = new Map([...urls.keys()].map((size) => [size, 0]));
  for (const [, url] of urls) await run(url, apiKey, WARMUP_S);
  for (let slice = 0; slice < SLICES; slice++) {
    for (const [size, url] of urls) {
      requests.set(
        size,
        requests.get(size)! + (await run(url, apiKey, DURATION_S / SLICES, times.get(size))),
      );
    }
  }
  const tenth = (ms: number) => Math.round(ms * 10) / 10;
  return new Map(
    [...times].map(([size, all]) => {
      all.sort((a, b) => a - b);
      const measured = {
        p50: tenth(percentile(all, 0.5)),
        p99: tenth(percentile(all, 0.99)),
        rps: Math.round(requests.get(size)! / DURATION_S),
        requests: requests.get(size)!,
      };
      return [size, measured];
    }),
  );
}

for (const size of SIZES) await prepareDatabase(size);
const apiKey = `bench_${randomBytes(16).toString('hex')}`;
const servers = new Map<number, { port: number; child: ChildProcess }>();
const bareServers = new Map<number, { url: (scenario: Scenario) => string; stop(): Promise<void> }>();
const results: Measured[] = [];
try {
  for (const size of SIZES) servers.set(size, await startServer(apiKey, databaseUrl(size)));
  for (const size of SIZES) {
    const bare = await startChild<{ port: number }>(new URL('../lib/bareServer.ts', import.meta.url), {
      BENCH_DATABASE_URL: databaseUrl(size),
    });
    const id = await aPayoutId(size);
    const base = `http://127.0.0.1:${bare.ready.port}`;
    bareServers.set(size, {
      url: (scenario) => (scenario.bare === 'constant' ? `${base}/constant` : `${base}/select/${id}`),
      stop: () => bare.stop(),
    });
  }
  for (let round = 1; round <= ROUNDS; round++) {
    for (const scenario of SCENARIOS) {
      const urls = new Map<number, string>();
      for (const size of SIZES) {
        const base = `http://127.0.0.1:${servers.get(size)!.port}`;
        urls.set(
          size,
          scenario.bare
            ? bareServers.get(size)!.url(scenario)
            : await resolveUrl(base, scenario.query, apiKey),
        );
      }
      const measured = await measureSizes(urls, apiKey);
      for (const size of SIZES) {
        const r = measured.get(size)!;
        results.push({
          scenario: label(scenario),
          size,
          round,
          ...r,
        });
        console.error(
          `round ${round}\t${size}\t${label(scenario)}\tp50 ${r.p50} ms\tp99 ${r.p99} ms\t${r.rps} req/s`,
        );
      }
    }
  }
} finally {
  for (const { child } of servers.values()) child.kill('SIGTERM');
  await Promise.all([...bareServers.values()].map((b) => b.stop()));
}

function medianRps(scenario: string, size: number): number {
  const all = results
    .filter((r) => r.scenario === scenario && r.size === size)
    .map((r) => r.rps)
    .sort((a, b) => a - b);
  return all[Math.floor(all.length / 2)] ?? Number.NaN;
}

/** The round with the lowest p99 for this scenario and size. */
function best(scenario: string, size: number): Measured {
  return results
    .filter((r) => r.scenario === scenario && r.size === size)
    .reduce((a, b) => (b.p99 < a.p99 ? b : a));
}

const sizes = SIZES.map((s) => (s >= 1_000_000 ? `${s / 1_000_000}M` : `${s / 1000}k`));
const largest = SIZES.at(-1)!;
const header = `| scenario | ${sizes.map((s) => `p50 / p99 ms @ ${s}`).join(' | ')} | p99 ${sizes.at(-1)} / ${sizes[0]} | req/s @ ${sizes.at(-1)} | ÷ bare SELECT req/s | ÷ bare constant req/s |`;
const rows = SCENARIOS.map((scenario) => {
  const cells = SIZES.map((size) => best(label(scenario), size));
  const ratio = cells[0]!.p99 > 0 ? (cells.at(-1)!.p99 / cells[0]!.p99).toFixed(2) : '-';
  const rps = cells.at(-1)!.rps;
  // The baselines' rounds at the same size: the median of their req/s, against this best round's.
  const versus = (name: string) => (rps / medianRps(name, largest)).toFixed(2);
  return `| ${label(scenario)}${scenario.filtered ? ' *' : ''} | ${cells.map((c) => `${c.p50} / ${c.p99}`).join(' | ')} | ${ratio} | ${rps} | ${versus(BARE_SELECT)} | ${versus(BARE_CONSTANT)} |`;
});
const table = [header, `|${'---|'.repeat(SIZES.length + 5)}`, ...rows].join('\n');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const hostSummary = host.summary();
writeFileSync(
  new URL('./last-run.json', import.meta.url),
  `${JSON.stringify({ machine, host: hostSummary, connections: CONNECTIONS, duration_s: DURATION_S, rounds: ROUNDS, results }, null, 2)}\n`,
);
console.log(
  `machine: ${machine}\nhost: ${hostSummary}\nautocannon: ${CONNECTIONS} connections, ${DURATION_S} s per scenario after ${WARMUP_S} s warm-up, ${ROUNDS} rounds, limits ${LIMITS.join(', ')}\n`,
);
console.log(table);
