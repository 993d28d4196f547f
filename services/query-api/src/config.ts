import { auditPublicKeysEnv, commonEnv, httpEnv, port } from '@payouts/platform';
import { z } from 'zod';

export const queryApiEnv = z.object({
  ...commonEnv,
  ...httpEnv,
  ...auditPublicKeysEnv,
  PORT: port(8002),
  /**
   * Burst size of each API key's token bucket for reads (per process), apart from the write limit;
   * 0 turns it off. Reads come far more often than writes, hence a larger default.
   */
  READ_RATE_LIMIT_REQUESTS: z.coerce.number().int().min(0).default(3000),
  /** Seconds an empty read bucket takes to refill: 3000 per 60 s is 50 reads/s sustained per key. */
  READ_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
});
export type QueryApiConfig = z.infer<typeof queryApiEnv>;

export const projectorEnv = z.object({
  ...commonEnv,
  METRICS_PORT: port(9102),
  PROJECTOR_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(64),
});
