// Every benchmark suite, one after the other, each as its own command (`npm run bench`):
//
//   npm run bench                              every suite at its full size (tens of minutes)
//   npm run bench -- --quick                   small sizes, short durations (a few minutes)
//   npm run bench -- --only get-by-id,memory   some suites (or BENCH_SUITES=...; BENCH_QUICK=1)
//   npm run bench -- --list                    the suites and their commands
//
// Each suite's output goes to the terminal and to a log file per suite; the summary at the end says
// where each suite's figures went. Quick runs write nothing into bench/RESULTS.md (the figures there
// are full runs'). A variable already set in the environment wins over the quick mode's.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

type Suite = {
  name: string;
  entry: string;
  /** What the suite measures, for --list. */
  what: string;
  quick: Record<string, string>;
  /** Where a full run leaves its figures (besides the log). */
  figures: string;
};

const SUITES: Suite[] = [
  {
    name: 'eventstore',
    entry: 'bench/eventstore/run.ts',
    what: 'appends/s with 1, 10, 50 writers beside pgbench; read-all events/s',
    quick: { BENCH_SECONDS: '2', BENCH_WRITE_RESULTS: '0' },
    figures: 'bench/RESULTS.md, "## Event store"',
  },
  {
    name: 'write-api',
    entry: 'bench/write-api/run.ts',
    what: 'POST /api/v1/payouts beside bare Hono + one INSERT',
    quick: { BENCH_SECONDS: '3', BENCH_ROUNDS: '1' },
    figures: 'printed (copy into bench/RESULTS.md, "## Write API")',
  },
  {
    name: 'get-by-id',
    entry: 'bench/get-by-id/run.ts',
    what: 'GET /api/v1/payouts/{id} at 100k rows beside bare Hono (constant JSON, one primary-key SELECT)',
    quick: { BENCH_ROWS: '10000', BENCH_SECONDS: '3', BENCH_ROUNDS: '1', BENCH_WRITE_RESULTS: '0' },
    figures: 'bench/RESULTS.md, "## Read one payout"',
  },
  {
    name: 'read-api',
    entry: 'bench/read-api/run.ts',
    what: 'list endpoint at 10k, 100k, 1M rows, filters, search and orderings at limit 20 and 100',
    quick: { SIZES: '10000', DURATION_S: '2', ROUNDS: '1' },
    figures: 'bench/read-api/last-run.json and printed (also on quick runs)',
  },
  {
    name: 'pipeline',
    entry: 'bench/pipeline/run.ts',
    what: 'end-to-end latency and sustained payouts/s, POST to completed in the read model',
    quick: { BENCH_RATES: '50', BENCH_STEP_SECONDS: '5' },
    figures: 'printed (copy into bench/RESULTS.md)',
  },
  {
    name: 'slow-provider',
    entry: 'bench/slow-provider/run.ts',
    what: 'N payouts at once against a slow provider: time from the first POST until all are completed',
    quick: { BENCH_SCENARIOS: '50@1000:2' },
    figures: 'printed (copy into bench/RESULTS.md, "## Slow provider")',
  },
  {
    name: 'memory',
    entry: 'bench/memory/run.ts',
    what: 'RSS per service process under a steady POST + GET load',
    quick: { BENCH_SECONDS: '10', BENCH_WRITE_RESULTS: '0' },
    figures: 'bench/RESULTS.md, "## Memory"',
  },
];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: process.env.BENCH_QUICK === '1' },
    only: { type: 'string', default: process.env.BENCH_SUITES },
    list: { type: 'boolean', default: false },
  },
});

if (values.list) {
  for (const s of SUITES) {
    const quick = Object.entries(s.quick)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    console.log(
      `${s.name.padEnd(11)} npx tsx ${s.entry}\n${' '.repeat(12)}${s.what}\n${' '.repeat(12)}quick: ${quick}`,
    );
  }
  process.exit(0);
}

const wanted = values.only?.split(',').map((s) => s.trim()) ?? SUITES.map((s) => s.name);
const unknown = wanted.filter((name) => !SUITES.some((s) => s.name === name));
if (unknown.length > 0) {
  console.error(
    `unknown suite(s): ${unknown.join(', ')}; the suites are ${SUITES.map((s) => s.name).join(', ')}`,
  );
  process.exit(2);
}
const suites = SUITES.filter((s) => wanted.includes(s.name));
const logDir = join(tmpdir(), `payouts-bench-${new Date().toISOString().replace(/[:.]/g, '-')}`);
mkdirSync(logDir, { recursive: true });

type Outcome = { suite: Suite; code: number | null; seconds: number; log: string };
const outcomes: Outcome[] = [];
for (const suite of suites) {
  const log = join(logDir, `${suite.name}.log`);
  const env = { ...(values.quick ? suite.quick : {}), ...process.env };
  const shown = values.quick
    ? ` ${Object.keys(suite.quick)
        .map((k) => `${k}=${env[k]}`)
        .join(' ')}`
    : '';
  console.log(`\n=== ${suite.name}: npx tsx ${suite.entry}${shown}`);
  const started = Date.now();
  const code = await run(suite.entry, env, log);
  outcomes.push({ suite, code, seconds: (Date.now() - started) / 1000, log });
}

console.log(`\n=== ${values.quick ? 'quick run' : 'run'} done; logs in ${logDir}`);
for (const o of outcomes) {
  const status = o.code === 0 ? 'ok' : `FAILED (exit ${o.code})`;
  const figures = o.code !== 0 ? 'see the log' : values.quick ? quickFigures(o.suite) : o.suite.figures;
  console.log(
    `${o.suite.name.padEnd(11)} ${status.padEnd(16)} ${o.seconds.toFixed(0).padStart(5)} s  ${figures}; log ${o.log}`,
  );
}
process.exit(outcomes.every((o) => o.code === 0) ? 0 : 1);

function quickFigures(suite: Suite): string {
  return suite.quick.BENCH_WRITE_RESULTS === '0' ? 'printed only (quick)' : suite.figures;
}

/** Runs one suite with node + tsx (no npx between, so that Ctrl-C reaches it), its output to the terminal and `log`. */
function run(entry: string, env: NodeJS.ProcessEnv, log: string): Promise<number | null> {
  const file = createWriteStream(log);
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: new URL('..', import.meta.url).pathname,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    file.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    file.write(chunk);
  });
  return new Promise((resolve) => {
    child.once('close', (code, signal) => {
      file.end(() => resolve(signal ? null : code));
    });
  });
}
