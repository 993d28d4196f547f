// query-api on its own: the read side of /api/v1/payouts.
import { configuredApiKeys, readiness, runServiceProcess } from '@payouts/platform';
import { queryApiEnv } from './config.ts';
import { startQueryApi } from './start.ts';

await runServiceProcess({
  name: 'query-api',
  env: queryApiEnv,
  port: (config) => config.PORT,
  start: async (infra, config) => ({
    app: await startQueryApi(infra, configuredApiKeys(config), {
      eventStoreSchema: config.EVENT_STORE_SCHEMA,
      rateLimit: {
        requests: config.READ_RATE_LIMIT_REQUESTS,
        windowSeconds: config.READ_RATE_LIMIT_WINDOW_SECONDS,
      },
    }),
    checks: [readiness.database(infra)],
  }),
});
