// The payout processor on its own: pays requested payouts through the payment provider.
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
import { processorEnv } from './config.ts';
import { processorOptions, startProcessor } from './start.ts';

initTracing('payout-processor');
const logger = createLogger('payout-processor');
await runUntilSignalled(logger, async () => {
  const config = loadConfig(processorEnv);
  const infra = await openInfrastructure(config, logger, 'payout-processor');
  const processor = await startProcessor(infra, processorOptions(config));
  const app = new Hono();
  addOperationalRoutes(app, [
    { name: 'event store', check: () => infra.eventStore.headPosition() },
    { name: 'nats', check: async () => infra.nats.flush() },
  ]);
  const server = await startHttpServer(app.fetch, config.METRICS_PORT, logger);
  return {
    async stop() {
      await processor.stop();
      await server.close();
      await infra.close();
    },
  };
});
