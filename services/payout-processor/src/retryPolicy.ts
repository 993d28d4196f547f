// When the next attempt may start after a transient failure: exponential backoff with jitter, so
// that payouts failing together during a provider outage do not all come back at the same moment.

export type RetryPolicy = {
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
};

/**
 * Delay after the given failed attempt (1 = the first): "equal jitter", half of the exponential step
 * fixed and half random, so the delay still grows with every attempt but never lines up.
 */
export function retryDelayMs(policy: RetryPolicy, failedAttempt: number, random: () => number): number {
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, failedAttempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}
