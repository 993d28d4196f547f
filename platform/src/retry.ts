// Retrying I/O with exponential backoff, one way for every adapter: `retry` for a call repeated until
// it succeeds (or its caller says stop), `backoffDelayMs` and `pause` for a long-lived loop (a
// subscription) that backs off between failures and starts over after any progress.
import { setTimeout as sleep } from 'node:timers/promises';

/** Delays that double from `firstDelayMs` after each consecutive failure, up to `maxDelayMs`. */
export type Backoff = { firstDelayMs: number; maxDelayMs: number };

/** How long to wait after `failures` consecutive failures (1 for the first). */
export function backoffDelayMs(backoff: Backoff, failures: number): number {
  return Math.min(backoff.firstDelayMs * 2 ** (failures - 1), backoff.maxDelayMs);
}

/** Waits `ms`, or less if `signal` aborts first; never rejects. */
export async function pause(ms: number, signal?: AbortSignal): Promise<void> {
  await sleep(ms, undefined, { signal }).catch(() => {});
}

export type RetryOptions = {
  backoff: Backoff;
  /** Attempts in all, the first included; the last one's error is the caller's (default: no limit). */
  maxAttempts?: number;
  /**
   * Told each failure before another attempt: returns how long to wait before it (usually
   * `backoffMs`, 0 to go again at once), or null to give up and let the error through.
   */
  retryAfterMs(error: unknown, attempt: number, backoffMs: number): number | null;
  /** Cuts a wait short; the next attempt then runs at once (`work` checks what it needs to). */
  signal?: AbortSignal;
};

/** Runs `work` (told its attempt number, from 1) until it resolves or the options say stop. */
export async function retry<T>(work: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(attempt);
    } catch (err) {
      if (options.maxAttempts !== undefined && attempt >= options.maxAttempts) throw err;
      const delayMs = options.retryAfterMs(err, attempt, backoffDelayMs(options.backoff, attempt));
      if (delayMs === null) throw err;
      if (delayMs > 0) await pause(delayMs, options.signal);
    }
  }
}
