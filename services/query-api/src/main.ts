// query-api on its own: the read side of /api/v1/payouts.
import { configuredApiKeys, readiness, runServiceProcess } from '@payouts/platform';
import { queryApiEnv } from './config.ts';
import { queryApiOptions, startQueryApi } from './start.ts';

await runServiceProcess({
  name: 'query-api',
  env: queryApiEnv,
  port: (config) => config.PORT,
  start: async (infra, config) => ({
    app: await startQueryApi(infra, configuredApiKeys(config), queryApiOptions(config)),
    checks: [readiness.database(infra)],
  }),
});
