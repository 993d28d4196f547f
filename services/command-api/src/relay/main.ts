// The relay on its own: publishes stored events to NATS JetStream (one active replica at a time).
import { readiness, runServiceProcess } from '@payouts/platform';
import { relayEnv } from '../config.ts';
import { startRelay } from '../start.ts';

await runServiceProcess({
  name: 'relay',
  env: relayEnv,
  port: (config) => config.METRICS_PORT,
  start: async (infra) => ({
    work: await startRelay(infra),
    checks: [readiness.eventStore(infra), readiness.bus(infra), readiness.database(infra)],
  }),
});
