// The pipeline bench on two checkouts in one run: this one's system and BENCH_BASELINE_TREE's (say
// the tree an issue measured, with its own `npm ci`), each through the same run.ts with the same
// rates, one after the other (BENCH_COMPARE_ROUNDS=n alternates them n times, to spread a
// neighbour's burst over both), then the two side by side: the rate each held and their ratio, and
// CPU per payout at each rate against the bare INSERT request of the same run.
// `BENCH_BASELINE_TREE=/path/to/checkout npx tsx bench/pipeline/compare.ts` (BENCH_RATES and
// BENCH_STEP_SECONDS as for run.ts). Each run's own tables go to stderr as they come.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchHost } from '../lib/machine.ts';
import type { PipelineStep, PipelineSummary } from './summary.ts';

const baselineTree = process.env.BENCH_BASELINE_TREE;
if (!baselineTree) throw new Error('BENCH_BASELINE_TREE=<another checkout> is required');
const rounds = Number(process.env.BENCH_COMPARE_ROUNDS ?? 1);

const host = watchHost();
const dir = mkdtempSync(join(tmpdir(), 'bench-pipeline-compare-'));
const runs: { label: string; summary: PipelineSummary }[] = [];
try {
  for (let round = 0; round < rounds; round++) {
    // Alternate which goes first, so that neither always runs on the warmer (or busier) host.
    const order = round % 2 === 0 ? [null, baselineTree] : [baselineTree, null];
    for (const tree of order) {
      const file = join(dir, `${runs.length}.json`);
      await runPipeline(tree, file);
      runs.push({
        label: tree ?? 'this checkout',
        summary: JSON.parse(readFileSync(file, 'utf8')) as PipelineSummary,
      });
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const first = runs[0]!.summary;
console.log(`Machine: ${first.machine}; ${host.summary()}`);
console.log(
  `Command: BENCH_BASELINE_TREE=${baselineTree} npx tsx bench/pipeline/compare.ts (rates ${first.steps
    .map((s) => s.rate)
    .join(', ')}/s, ${rounds} round${rounds === 1 ? '' : 's'}, every service in one process, as npm start)`,
);
console.log('');
console.log(
  '| run | system | held (completed/s at the highest rate held) | highest completed/s | bare INSERT ceiling, requests/s |',
);
console.log('| ---: | --- | --- | ---: | ---: |');
runs.forEach(({ label, summary }, i) => {
  const held = summary.steps.find((s) => s.rate === summary.heldRate);
  console.log(
    `| ${i + 1} | ${label} | ${held ? `${held.rate}/s (${held.completedPerSecond.toFixed(0)})` : 'none'} | ${Math.max(
      ...summary.steps.map((s) => s.completedPerSecond),
    ).toFixed(0)} | ${summary.bareInsertCeiling.toFixed(0)} |`,
  );
});
console.log('');
console.log(
  'CPU per payout (Node, PostgreSQL and NATS, ms), completed/s and p50 / p99 ms from POST to completed, at each offered rate; ÷ is against the bare INSERT request of the same run at the same rate.',
);
console.log('');
console.log(`| offered/s | ${runs.map((r, i) => `${i + 1}: ${r.label}`).join(' | ')} |`);
console.log(`| ---: | ${runs.map(() => '---').join(' | ')} |`);
for (const rate of first.steps.map((s) => s.rate)) {
  const cells = runs.map(({ summary }) => {
    const step = summary.steps.find((s) => s.rate === rate);
    return step ? describeStep(step) : '-';
  });
  console.log(`| ${rate} | ${cells.join(' | ')} |`);
}
console.log('');
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const heldOf = (label: string) =>
  median(runs.filter((r) => r.label === label).map((r) => r.summary.heldRate ?? 0));
const ours = heldOf('this checkout');
const theirs = heldOf(baselineTree);
console.log(
  `Held rate (median over rounds): this checkout ${ours}/s, ${baselineTree} ${theirs}/s: ${
    theirs > 0 ? `a ratio of ${(ours / theirs).toFixed(2)}` : 'the baseline held none of the rates'
  }.`,
);

function describeStep(step: PipelineStep): string {
  const ratio =
    step.bareCpuMsPerRequest > 0 ? (step.cpuMsPerPayout / step.bareCpuMsPerRequest).toFixed(1) : '-';
  return `${step.cpuMsPerPayout.toFixed(2)} ms (÷ ${ratio}), ${step.completedPerSecond.toFixed(0)}/s, ${step.p50} / ${step.p99}${
    step.held ? '' : ' (not held)'
  }`;
}

/** One run.ts, with the given checkout's system; its tables go to stderr. */
function runPipeline(tree: string | null, summaryFile: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./run.ts', import.meta.url).pathname], {
    env: { ...process.env, BENCH_SYSTEM_TREE: tree ?? '', BENCH_SUMMARY_FILE: summaryFile },
    stdio: ['ignore', process.stderr, 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`run.ts for ${tree ?? 'this checkout'} exited with ${code}`)),
    );
  });
}
