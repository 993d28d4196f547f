import { commonEnv, httpEnv, port } from '@payouts/platform';
import { z } from 'zod';
import { DEFAULT_RETENTION_HOURS, MIN_RETENTION_HOURS } from './idempotency/retention.ts';

export const commandApiEnv = z.object({
  ...commonEnv,
  ...httpEnv,
  PORT: port(8001),
  /** Burst size of each API key's token bucket (per process); 0 turns the limit off. */
  RATE_LIMIT_REQUESTS: z.coerce.number().int().min(0).default(600),
  /** Seconds an empty bucket takes to refill: 600 per 60 s is 10 requests/s sustained per key. */
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  /** How long an Idempotency-Key is honoured; clients were promised at least 72 hours. */
  IDEMPOTENCY_KEY_RETENTION_HOURS: z.coerce
    .number()
    .int()
    .min(MIN_RETENTION_HOURS)
    .default(DEFAULT_RETENTION_HOURS),
});
export type CommandApiConfig = z.infer<typeof commandApiEnv>;

export const relayEnv = z.object({ ...commonEnv, METRICS_PORT: port(9101) });
