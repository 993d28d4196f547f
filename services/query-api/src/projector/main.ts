// The projector on its own: keeps the payouts read model up to date from the bus.
import { readiness, runServiceProcess } from '@payouts/platform';
import { projectorEnv } from '../config.ts';
import { startProjector } from '../start.ts';

await runServiceProcess({
  name: 'projector',
  env: projectorEnv,
  port: (config) => config.METRICS_PORT,
  start: async (infra, config) => ({
    work: await startProjector(infra, { concurrency: config.PROJECTOR_CONCURRENCY }),
    checks: [readiness.database(infra), readiness.bus(infra)],
  }),
});
