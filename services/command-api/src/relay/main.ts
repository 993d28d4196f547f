// The relay on its own: publishes stored events to NATS JetStream (one active replica at a time).
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
import { relayEnv } from '../config.ts';
import { startRelay } from '../start.ts';

initTracing('relay');
const logger = createLogger('relay');
await runUntilSignalled(logger, async () => {
  const config = loadConfig(relayEnv);
  const infra = await openInfrastructure(config, logger, 'relay');
  const relay = await startRelay(infra);
  const app = new Hono();
  addOperationalRoutes(app, [
    { name: 'event store', check: () => infra.eventStore.headPosition() },
    { name: 'nats', check: async () => infra.nats.flush() },
    // The checkpoint and the lease live in PostgreSQL whichever event store is used.
    { name: 'database', check: () => infra.pool.query('select 1') },
  ]);
  const server = await startHttpServer(app.fetch, config.METRICS_PORT, logger);
  return {
    async stop() {
      await relay.stop();
      await server.close();
      await infra.close();
    },
  };
});
