// The short chaos run CI makes on every change (`npm run chaos -- --minutes N` runs longer): a
// minute of every fault (kills, pauses longer than the ack wait, NATS kills and one wipe of its
// store, PostgreSQL restarts, stops and terminated backends) against two processors and two
// notifiers, then every check must pass.
import { describe, expect, it } from 'vitest';
import { runChaos } from './harness.ts';

const seed = Number(process.env.CHAOS_SEED ?? Math.floor(Math.random() * 2 ** 31));

describe('chaos', () => {
  it(`loses nothing, pays nothing twice and crashes nowhere under a minute of disruption (seed ${seed})`, async () => {
    const report = await runChaos({
      durationMs: 60_000,
      rate: 8,
      intervalMs: 4_000,
      wipeNats: true,
      seed,
      log: () => {},
    });
    const failed = report.checks.filter((c) => !c.ok);
    expect(
      failed.map((c) => `${c.name}: ${c.detail}`),
      `replay with CHAOS_SEED=${seed}; actions: ${report.actions.join('; ')}`,
    ).toEqual([]);
    expect(report.counts.acknowledged).toBeGreaterThan(100);
    expect(report.counts.webhooksDelivered).toBeGreaterThan(100);
  }, 420_000);
});
