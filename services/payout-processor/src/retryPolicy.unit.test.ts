import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './retryPolicy.ts';

const policy = { maxAttempts: 5, baseMs: 1_000, maxMs: 10_000 };

describe('retryDelayMs', () => {
  it('doubles the step with every failed attempt, within half a step of jitter', () => {
    expect([1, 2, 3, 4].map((a) => retryDelayMs(policy, a, () => 0))).toEqual([500, 1_000, 2_000, 4_000]);
    expect([1, 2, 3, 4].map((a) => retryDelayMs(policy, a, () => 1))).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it('never waits longer than the maximum', () => {
    expect(retryDelayMs(policy, 30, () => 1)).toBe(10_000);
    expect(retryDelayMs(policy, 30, () => 0)).toBe(5_000);
  });

  it('spreads payouts that failed together', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(policy, 3, random)));
    expect(delays.size).toBeGreaterThan(40);
    for (const d of delays) expect(d).toBeGreaterThanOrEqual(2_000);
    for (const d of delays) expect(d).toBeLessThanOrEqual(4_000);
  });
});
