import { commonEnv, durationMs, port } from '@payouts/platform';
import { z } from 'zod';

export const schedulerEnv = z.object({
  ...commonEnv,
  METRICS_PORT: port(9104),
  SCHEDULER_HEARTBEAT_MS: durationMs(30_000),
});
export type SchedulerConfig = z.infer<typeof schedulerEnv>;
