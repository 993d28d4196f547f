import { commonEnv, httpEnv, port } from '@payouts/platform';
import { z } from 'zod';

export const commandApiEnv = z.object({ ...commonEnv, ...httpEnv, PORT: port(8001) });
export type CommandApiConfig = z.infer<typeof commandApiEnv>;

export const relayEnv = z.object({ ...commonEnv, METRICS_PORT: port(9101) });
export type RelayConfig = z.infer<typeof relayEnv>;
