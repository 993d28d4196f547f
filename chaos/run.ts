// `npm run chaos -- [--minutes N | --seconds N] [--rate N] [--interval S] [--wipe-nats]
//   [--actions kill,pause,...] [--processors N] [--notifiers N] [--patience S] [--plant pay-twice,...]
//   [--seed N]`
// Exits 1 on any finding.
import { parseArgs } from 'node:util';
import { CHAOS_ACTIONS, type ChaosAction, PLANTS, type Plant, runChaos } from './harness.ts';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string' },
    seconds: { type: 'string', default: '180' },
    rate: { type: 'string', default: '8' },
    interval: { type: 'string', default: '4' },
    'wipe-nats': { type: 'boolean', default: false },
    seed: { type: 'string' },
    actions: { type: 'string', default: CHAOS_ACTIONS.join(',') },
    processors: { type: 'string', default: '2' },
    notifiers: { type: 'string', default: '2' },
    plant: { type: 'string', default: '' },
    patience: { type: 'string', default: '120' },
  },
});
const listed = <T extends string>(text: string, known: readonly T[], what: string): T[] =>
  text
    .split(',')
    .filter((item) => item !== '')
    .map((item) => {
      if (!(known as readonly string[]).includes(item)) {
        console.error(`unknown ${what} "${item}"; known: ${known.join(', ')}`);
        process.exit(2);
      }
      return item as T;
    });
// Ended from outside (Ctrl-C, a timeout): exit, so that the private servers and every service go too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

const durationMs = values.minutes ? Number(values.minutes) * 60_000 : Number(values.seconds) * 1_000;
const seed = values.seed ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
const report = await runChaos({
  durationMs,
  rate: Number(values.rate),
  intervalMs: Number(values.interval) * 1_000,
  wipeNats: values['wipe-nats'],
  actions: listed<ChaosAction>(values.actions, CHAOS_ACTIONS, 'action'),
  plant: listed<Plant>(values.plant, PLANTS, 'plant'),
  processors: Number(values.processors),
  notifiers: Number(values.notifiers),
  patienceMs: Number(values.patience) * 1_000,
  seed,
  log: (line) => console.log(`[chaos] ${line}`),
});
console.log('');
for (const check of report.checks)
  console.log(`${check.ok ? 'PASS' : 'FAIL'}  ${check.name} (${check.detail})`);
if (!report.ok) {
  for (const crash of report.crashes) {
    // From the line that says why (Node's "Unhandled 'error' event" and the stack that follows).
    const from = Math.max(
      0,
      crash.lastLines.lastIndexOf('\n', crash.lastLines.search(/Unhandled|\n\S*Error/)),
    );
    console.log(
      `\n--- crash of ${crash.service} at +${(crash.atMs / 1000).toFixed(1)} s, last lines:\n${crash.lastLines.slice(from).slice(0, 3_000)}`,
    );
  }
  for (const [name, log] of Object.entries(report.logs))
    if (log) console.log(`\n--- ${name} (last lines)\n${log}`);
}
const c = report.counts;
console.log(`
submitted     ${c.submitted}
acknowledged  ${c.acknowledged} (given up ${c.gaveUp}, refused ${c.refused}, acknowledged but lost ${c.lost})
duplicated    ${c.duplicated} submissions with more than one payout
paid          ${c.paid} of ${c.payouts} payouts
paid twice    ${c.paidTwice}
webhooks      ${c.webhooksDelivered} of ${c.webhooksExpected} delivered, ${c.webhooksMissing} missing, ${c.webhooksDuplicated} duplicated (allowed)
mismatches    ${c.mismatches}
crashes       ${c.crashes}
server errors ${c.serverErrors}`);
console.log(`\n${report.ok ? 'all checks passed' : `checks failed; replay with --seed ${seed}`}`);
process.exit(report.ok ? 0 : 1);
