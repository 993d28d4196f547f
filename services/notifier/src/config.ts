import { commonEnv, durationMs, httpEnv, port } from '@payouts/platform';
import { z } from 'zod';

const hours = (fallback: number) => z.coerce.number().positive().default(fallback);

export const notifierEnv = z.object({
  ...commonEnv,
  ...httpEnv,
  /** The webhook endpoints' API, and /healthz, /readyz, /metrics. */
  PORT: port(8003),
  /** Backoff between attempts of one delivery: about base x 2^(attempt-1), with jitter, at most 12 h. */
  WEBHOOK_RETRY_BASE_MS: durationMs(10_000).pipe(z.number().min(1, 'at least 1 ms')),
  /** A delivery still failing this long after its first attempt is given up (failed). */
  WEBHOOK_RETRY_HOURS: hours(72),
  /** An endpoint that failed every delivery for this long is disabled (reason `failing`). */
  WEBHOOK_DISABLE_AFTER_HOURS: hours(72),
  /** Host names (or IP literals) that may resolve to private addresses in production; comma-separated. */
  WEBHOOK_ALLOWED_HOSTS: z.string().default(''),
  /** How long a receiver has to answer an attempt. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Attempts in flight at once in one replica (across every endpoint). */
  WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(1024).default(64),
  /** Payout events the intake handles at once in one replica. */
  NOTIFIER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(32),
  /** Requests per API key to the endpoint routes (a token bucket per process); 0 turns it off. */
  RATE_LIMIT_REQUESTS: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
});
export type NotifierConfig = z.infer<typeof notifierEnv>;
