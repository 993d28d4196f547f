import { commonEnv, httpEnv, port } from '@payouts/platform';
import { z } from 'zod';

export const queryApiEnv = z.object({ ...commonEnv, ...httpEnv, PORT: port(8002) });
export type QueryApiConfig = z.infer<typeof queryApiEnv>;

export const projectorEnv = z.object({
  ...commonEnv,
  METRICS_PORT: port(9102),
  PROJECTOR_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
});
export type ProjectorConfig = z.infer<typeof projectorEnv>;
