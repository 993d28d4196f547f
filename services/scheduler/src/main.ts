// The scheduler on its own: periodic jobs, one active replica.
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
import { schedulerEnv } from './config.ts';
import { schedulerOptions, startScheduler } from './scheduler.ts';

initTracing('scheduler');
const logger = createLogger('scheduler');
await runUntilSignalled(logger, async () => {
  const config = loadConfig(schedulerEnv);
  const infra = await openInfrastructure(config, logger, 'scheduler');
  const scheduler = startScheduler(infra, schedulerOptions(config));
  const app = new Hono();
  addOperationalRoutes(app, [
    { name: 'event store', check: () => infra.eventStore.headPosition() },
    // The lease, the checkpoint and the job state live in PostgreSQL whichever event store is used.
    { name: 'database', check: () => infra.pool.query('select 1') },
  ]);
  const server = await startHttpServer(app.fetch, config.METRICS_PORT, logger);
  return {
    async stop() {
      await scheduler.stop();
      await server.close();
      await infra.close();
    },
  };
});
