import { commonEnv, durationMs, port } from '@payouts/platform';
import { z } from 'zod';

export const processorEnv = z.object({
  ...commonEnv,
  METRICS_PORT: port(9103),
  PROCESSOR_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  PROVIDER_LATENCY_MS: durationMs(50),
});
export type ProcessorConfig = z.infer<typeof processorEnv>;
