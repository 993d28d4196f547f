// command-api on its own: the write side of /api/v1/payouts.
import { configuredApiKeys, readiness, runServiceProcess } from '@payouts/platform';
import { commandApiEnv } from './config.ts';
import { commandApiOptions, startCommandApi } from './start.ts';

await runServiceProcess({
  name: 'command-api',
  env: commandApiEnv,
  port: (config) => config.PORT,
  start: async (infra, config) => ({
    app: await startCommandApi(infra, configuredApiKeys(config), commandApiOptions(config)),
    checks: [readiness.eventStore(infra), readiness.database(infra)],
  }),
});
