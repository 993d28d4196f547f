// The projector on its own: keeps the payouts read model up to date from the bus.
import {
  addOperationalRoutes,
  createLogger,
  initTracing,
  loadConfig,
  openInfrastructure,
  runUntilSignalled,
  startHttpServer,
} from '@payouts/platform';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { projectorEnv } from '../config.ts';
import { startProjector } from '../start.ts';

initTracing('projector');
const logger = createLogger('projector');
await runUntilSignalled(logger, async () => {
  const config = loadConfig(projectorEnv);
  const infra = await openInfrastructure(config, logger, 'projector');
  const projector = await startProjector(infra, { concurrency: config.PROJECTOR_CONCURRENCY });
  const app = new Hono();
  addOperationalRoutes(app, [
    { name: 'read model', check: () => sql`select 1`.execute(infra.db) },
    { name: 'nats', check: async () => infra.nats.flush() },
  ]);
  const server = await startHttpServer(app.fetch, config.METRICS_PORT, logger);
  return {
    async stop() {
      await projector.stop();
      await server.close();
      await infra.close();
    },
  };
});
