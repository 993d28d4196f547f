// The short chaos run CI makes on every change (`npm run chaos -- --minutes N` runs longer): a
// minute of kills, pauses, NATS restarts and one wipe of NATS's store, then every check must pass.
import { describe, expect, it } from 'vitest';
import { runChaos } from './harness.ts';

const seed = Number(process.env.CHAOS_SEED ?? Math.floor(Math.random() * 2 ** 31));

describe('chaos', () => {
  it(`loses nothing and pays nothing twice under a minute of disruption (seed ${seed})`, async () => {
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
    expect(report.acknowledged).toBeGreaterThan(100);
    expect(report.checks).toHaveLength(5);
  }, 360_000);
});
