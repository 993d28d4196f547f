// query-api on its own: the read side of /api/v1/payouts.
import {
  addOperationalRoutes,
  configuredApiKeys,
  createLogger,
  initTracing,
  loadConfig,
  openInfrastructure,
  runUntilSignalled,
  startHttpServer,
} from '@payouts/platform';
import { sql } from 'kysely';
import { queryApiEnv } from './config.ts';
import { startQueryApi } from './start.ts';

initTracing('query-api');
const logger = createLogger('query-api');
await runUntilSignalled(logger, async () => {
  const config = loadConfig(queryApiEnv);
  const apiKeys = configuredApiKeys(config);
  const infra = await openInfrastructure(config, logger, 'query-api');
  const app = await startQueryApi(infra, apiKeys, { eventStoreSchema: config.EVENT_STORE_SCHEMA });
  addOperationalRoutes(app, [{ name: 'read model', check: () => sql`select 1`.execute(infra.db) }]);
  const server = await startHttpServer(app.fetch, config.PORT, logger);
  return {
    async stop() {
      await server.close();
      await infra.close();
    },
  };
});
