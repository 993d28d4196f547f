// The payout processor on its own: pays requested payouts through the payment provider.
import { readiness, runServiceProcess } from '@payouts/platform';
import { processorEnv } from './config.ts';
import { processorOptions, startProcessor } from './start.ts';

await runServiceProcess({
  name: 'payout-processor',
  env: processorEnv,
  port: (config) => config.METRICS_PORT,
  start: async (infra, config) => ({
    work: await startProcessor(infra, processorOptions(config)),
    checks: [readiness.eventStore(infra), readiness.bus(infra)],
  }),
});
