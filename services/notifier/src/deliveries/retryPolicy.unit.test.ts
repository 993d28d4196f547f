import { describe, expect, it } from 'vitest';
import { MAX_RETRY_DELAY_MS, nextAttemptAt } from './retryPolicy.ts';

const HOUR = 3600_000;
const policy = { baseMs: 10_000, windowMs: 72 * HOUR };

describe('webhook retry schedule', () => {
  it('doubles from the base, with jitter between half and the whole backoff', () => {
    const first = new Date('2026-01-01T00:00:00Z');
    for (const [attempts, backoff] of [
      [1, 10_000],
      [2, 20_000],
      [5, 160_000],
    ] as const) {
      const low = nextAttemptAt(policy, attempts, first, first, () => 0)!;
      const high = nextAttemptAt(policy, attempts, first, first, () => 1)!;
      expect(low.getTime() - first.getTime()).toBe(backoff / 2);
      expect(high.getTime() - first.getTime()).toBe(backoff);
    }
    const late = nextAttemptAt(policy, 30, first, first, () => 1)!;
    expect(late.getTime() - first.getTime()).toBe(MAX_RETRY_DELAY_MS);
  });

  it('tries about three days, the last attempt at the end, then gives up', () => {
    const first = new Date('2026-01-01T00:00:00Z');
    let now = first;
    let attempts = 1;
    for (;;) {
      const next = nextAttemptAt(policy, attempts, first, now, () => 0.5);
      if (next === null) break;
      expect(next.getTime()).toBeGreaterThan(now.getTime());
      now = next;
      attempts += 1;
    }
    expect(now.getTime() - first.getTime()).toBe(72 * HOUR);
    expect(attempts).toBeGreaterThan(10);
    expect(attempts).toBeLessThan(25);
  });
});
