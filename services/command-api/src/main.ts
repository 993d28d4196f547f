// command-api on its own: the write side of /api/v1/payouts.
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
import { commandApiEnv } from './config.ts';
import { startCommandApi } from './start.ts';

initTracing('command-api');
const logger = createLogger('command-api');
await runUntilSignalled(logger, async () => {
  const config = loadConfig(commandApiEnv);
  const apiKeys = configuredApiKeys(config);
  const infra = await openInfrastructure(config, logger, 'command-api');
  const app = await startCommandApi(infra, apiKeys, config);
  addOperationalRoutes(app, [
    { name: 'event store', check: () => infra.eventStore.headPosition() },
    // Idempotency keys live in PostgreSQL whichever event store is used.
    { name: 'database', check: () => infra.pool.query('select 1') },
  ]);
  const server = await startHttpServer(app.fetch, config.PORT, logger);
  return {
    async stop() {
      await server.close();
      await infra.close();
    },
  };
});
