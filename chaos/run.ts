// `npm run chaos -- [--minutes N | --seconds N] [--rate N] [--wipe-nats] [--seed N]`
import { parseArgs } from 'node:util';
import { CHAOS_ACTIONS, type ChaosAction, runChaos } from './harness.ts';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string' },
    seconds: { type: 'string', default: '60' },
    rate: { type: 'string', default: '10' },
    interval: { type: 'string', default: '4' },
    'wipe-nats': { type: 'boolean', default: false },
    seed: { type: 'string' },
    actions: { type: 'string', default: CHAOS_ACTIONS.join(',') },
  },
});
const durationMs = values.minutes ? Number(values.minutes) * 60_000 : Number(values.seconds) * 1_000;
const seed = values.seed ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
const report = await runChaos({
  durationMs,
  rate: Number(values.rate),
  intervalMs: Number(values.interval) * 1_000,
  wipeNats: values['wipe-nats'],
  actions: values.actions
    .split(',')
    .filter((a): a is ChaosAction => (CHAOS_ACTIONS as readonly string[]).includes(a)),
  seed,
  log: (line) => console.log(`[chaos] ${line}`),
});
console.log('');
for (const check of report.checks)
  console.log(`${check.ok ? 'PASS' : 'FAIL'}  ${check.name} (${check.detail})`);
if (!report.ok) {
  for (const [name, log] of Object.entries(report.logs))
    if (log) console.log(`\n--- ${name} (last lines)\n${log}`);
}
console.log(`\n${report.ok ? 'all checks passed' : `checks failed; replay with --seed ${seed}`}`);
process.exit(report.ok ? 0 : 1);
