// Interleaved A/B runs of bench/bus/run.ts: platform/src as committed at BENCH_BASE (default main)
// against this checkout's, alternating, so that both sides see the same noise from whatever else
// shares the machine. Prints every run and the medians.
//
//   npx tsx bench/bus/run.ts ab        (BENCH_ROUNDS pairs, default 5; run.ts's BENCH_* pass through;
//                                       BENCH_HEAD=<commit> runs that instead of the working tree)
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { percentile } from '../lib/percentile.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BASE = process.env.BENCH_BASE ?? 'main';
const root = new URL('../..', import.meta.url).pathname;
/** A commit to run instead of this checkout's working tree (which may be edited meanwhile). */
const HEAD = process.env.BENCH_HEAD;

/** A commit's platform/src under bench/out, so that its imports resolve to this checkout's node_modules. */
function extract(ref: string, name: string): string {
  const dir = new URL(`../out/${name}/`, import.meta.url).pathname;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execSync(`git -C ${root} archive ${ref} platform/src | tar -x -C ${dir}`);
  return `${dir}platform/src`;
}

type Per = { cpuUs: number; syscallWrites: number; socketWrites: number };
type Run = { perPayout: Per; perPublish: Per; perDelivery: Per };

const sides = {
  base: extract(BASE, 'bus-base'),
  head: HEAD ? extract(HEAD, 'bus-head') : `${root}platform/src`,
} as const;
const runs: Record<keyof typeof sides, Run[]> = { base: [], head: [] };

for (let round = 0; round < ROUNDS; round++) {
  // Alternate which side goes first, so that neither always runs on a warmer (or busier) machine.
  const order = (round % 2 === 0 ? ['base', 'head'] : ['head', 'base']) as (keyof typeof sides)[];
  for (const side of order) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', `${root}bench/bus/run.ts`], {
      env: { ...process.env, BENCH_PLATFORM_SRC: sides[side] },
      encoding: 'utf8',
    });
    const run = JSON.parse(out.trim().split('\n').at(-1)!) as Run;
    runs[side].push(run);
    console.log(
      `${side} #${round + 1}: µs/payout ${run.perPayout.cpuUs}, µs/publish ${run.perPublish.cpuUs}, µs/delivery ${run.perDelivery.cpuUs}, writes/payout ${run.perPayout.syscallWrites}`,
    );
  }
}

const med = (side: keyof typeof sides, pick: (r: Run) => number) =>
  percentile(
    runs[side].map(pick).sort((a, b) => a - b),
    0.5,
  );
const rows: [string, (r: Run) => number][] = [
  ['CPU µs per payout (paced)', (r) => r.perPayout.cpuUs],
  ['write syscalls per payout (paced)', (r) => r.perPayout.syscallWrites],
  ['CPU µs per publish (burst)', (r) => r.perPublish.cpuUs],
  ['write syscalls per publish (burst)', (r) => r.perPublish.syscallWrites],
  ['CPU µs per delivery (burst)', (r) => r.perDelivery.cpuUs],
  ['write syscalls per delivery (burst)', (r) => r.perDelivery.syscallWrites],
];
console.log(`\nmedians of ${ROUNDS} interleaved runs (base ${BASE} vs ${HEAD ?? 'this checkout'}):`);
for (const [label, pick] of rows) {
  const base = med('base', pick);
  const head = med('head', pick);
  console.log(
    `  ${label.padEnd(38)} ${String(base).padStart(9)} -> ${String(head).padStart(9)}  (${((100 * (head - base)) / base).toFixed(0)}%)`,
  );
}
