// The scheduler on its own: periodic jobs, one active replica.
import { readiness, runServiceProcess } from '@payouts/platform';
import { schedulerEnv } from './config.ts';
import { schedulerOptions, startScheduler } from './scheduler.ts';

await runServiceProcess({
  name: 'scheduler',
  env: schedulerEnv,
  port: (config) => config.METRICS_PORT,
  start: async (infra, config) => ({
    work: startScheduler(infra, schedulerOptions(config)),
    checks: [readiness.eventStore(infra), readiness.database(infra)],
  }),
});
