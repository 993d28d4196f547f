import { describe, expect, it } from 'vitest';
import { backoffDelayMs, pause, retry } from './retry.ts';

/** Backoff too short to notice, so the tests count attempts and delays, never time. */
const TINY = { firstDelayMs: 1, maxDelayMs: 4 };

describe('retry', () => {
  it('doubles the delay after each consecutive failure, up to the cap', () => {
    const backoff = { firstDelayMs: 100, maxDelayMs: 500 };
    expect([1, 2, 3, 4, 5].map((f) => backoffDelayMs(backoff, f))).toEqual([100, 200, 400, 500, 500]);
  });

  it('repeats a failing call until it succeeds, telling each failure its attempt and backoff', async () => {
    const told: Array<[string, number, number]> = [];
    const result = await retry(
      async (attempt) => {
        if (attempt < 4) throw new Error(`failure ${attempt}`);
        return 'done';
      },
      {
        backoff: TINY,
        retryAfterMs: (err, attempt, backoffMs) => {
          told.push([(err as Error).message, attempt, backoffMs]);
          return backoffMs;
        },
      },
    );
    expect(result).toBe('done');
    expect(told).toEqual([
      ['failure 1', 1, 1],
      ['failure 2', 2, 2],
      ['failure 3', 3, 4],
    ]);
  });

  it('lets the last attempt’s error through once maxAttempts are spent', async () => {
    let attempts = 0;
    const failing = retry(
      async (attempt) => {
        attempts = attempt;
        throw new Error(`failure ${attempt}`);
      },
      { backoff: TINY, maxAttempts: 3, retryAfterMs: () => 0 },
    );
    await expect(failing).rejects.toThrow('failure 3');
    expect(attempts).toBe(3);
  });

  it('gives up at once on an error the caller will not retry', async () => {
    let attempts = 0;
    const failing = retry(
      async () => {
        attempts += 1;
        throw new Error(attempts === 1 ? 'transient' : 'refused');
      },
      { backoff: TINY, retryAfterMs: (err) => ((err as Error).message === 'transient' ? 0 : null) },
    );
    await expect(failing).rejects.toThrow('refused');
    expect(attempts).toBe(2);
  });

  it('cuts a wait short when its signal aborts', async () => {
    const controller = new AbortController();
    const waiting = pause(3_600_000, controller.signal);
    controller.abort();
    await expect(waiting).resolves.toBeUndefined();
    let attempts = 0;
    const result = await retry(
      async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('once');
        return attempts;
      },
      {
        backoff: { firstDelayMs: 3_600_000, maxDelayMs: 3_600_000 },
        retryAfterMs: (_e, _a, ms) => ms,
        signal: controller.signal,
      },
    );
    expect(result).toBe(2);
  });
});
