// The chaos harness can fail: a short run with no disruption but four planted faults (none touching
// the services' code) must report each of them as a finding and fail. A harness that cannot see a
// double payment, a process that died, a read model that lies or a lost webhook fails this test.
import { describe, expect, it } from 'vitest';
import { runChaos } from './harness.ts';

describe('the chaos harness', () => {
  it('reports a planted double payment, crash, read-model edit and lost webhook as findings', async () => {
    const report = await runChaos({
      durationMs: 12_000,
      rate: 4,
      intervalMs: 2_000,
      wipeNats: false,
      actions: [],
      processors: 1,
      notifiers: 1,
      // The lost webhook never arrives: settling waits for it until this runs out.
      settleTimeoutMs: 10_000,
      plant: ['pay-twice', 'exit', 'edit-read-model', 'lose-webhook'],
      seed: 14,
      log: () => {},
    });
    const failed = (name: RegExp) => report.checks.find((c) => name.test(c.name))?.ok === false;
    const context = report.checks.map((c) => `${c.ok ? 'PASS' : 'FAIL'} ${c.name}: ${c.detail}`).join('\n');

    const detail = (name: RegExp) => report.checks.find((c) => name.test(c.name))?.detail ?? '';

    expect(report.ok, context).toBe(false);
    // The very payout the run asked the provider to pay again is named.
    const planted = report.actions.map((a) => /asked to pay (\S+) again/.exec(a)?.[1]).find(Boolean);
    expect(planted, report.actions.join('\n')).toBeDefined();
    expect(report.counts.paidTwice, context).toBeGreaterThanOrEqual(1);
    expect(failed(/asked to pay each payout once/), context).toBe(true);
    expect(detail(/asked to pay each payout once/), context).toContain(`${planted} pay() called 2 times`);
    expect(
      report.crashes.map((c) => [c.service, c.cause.includes('planted fault')]),
      context,
    ).toContainEqual(['projector', true]);
    expect(failed(/no process exited by itself/), context).toBe(true);
    expect(report.counts.mismatches, context).toBeGreaterThanOrEqual(1);
    expect(failed(/equal the rebuild/), context).toBe(true);
    expect(detail(/equal the rebuild/), context).toMatch(/column description, .*field description/);
    expect(report.counts.webhooksMissing, context).toBeGreaterThanOrEqual(1);
    expect(failed(/reached the webhook receiver/), context).toBe(true);
    // The client was served: what is planted is all that fails there.
    expect(report.counts.acknowledged, context).toBeGreaterThan(20);
  }, 300_000);
});
