// When a failed delivery is tried again: exponential backoff with jitter, for a bounded time. Pure,
// so the schedule is tested without waiting.

/** No gap between two attempts is longer: a receiver back after a long outage waits at most this. */
export const MAX_RETRY_DELAY_MS = 12 * 3600 * 1000;

export type RetryPolicy = {
  /** The first retry comes about this long after the first attempt; each later one waits twice as long. */
  baseMs: number;
  /** Measured from the first attempt: past it, the delivery is given up. */
  windowMs: number;
  maxDelayMs?: number;
};

/**
 * The time of the next attempt after `attempts` failed ones, or null to give up. "Equal jitter": half
 * the backoff fixed, half random, so receivers coming back are not hit by every delivery at once
 * and no retry comes sooner than half its backoff. The last attempt is made at the window's end
 * rather than past it.
 */
export function nextAttemptAt(
  policy: RetryPolicy,
  attempts: number,
  firstAttemptAt: Date,
  now: Date,
  random: () => number = Math.random,
): Date | null {
  const deadline = firstAttemptAt.getTime() + policy.windowMs;
  if (now.getTime() >= deadline) return null;
  const backoff = Math.min(
    policy.maxDelayMs ?? MAX_RETRY_DELAY_MS,
    policy.baseMs * 2 ** Math.min(attempts - 1, 40),
  );
  const delay = backoff / 2 + random() * (backoff / 2);
  return new Date(Math.min(now.getTime() + delay, deadline));
}
