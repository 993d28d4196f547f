// The notifier on its own: the webhook endpoints' API and the deliveries of payout events to them.
import { configuredApiKeys, readiness, runServiceProcess } from '@payouts/platform';
import { notifierEnv } from './config.ts';
import { notifierOptions, startNotifier } from './start.ts';

await runServiceProcess({
  name: 'notifier',
  env: notifierEnv,
  port: (config) => config.PORT,
  start: async (infra, config) => {
    const notifier = await startNotifier(infra, configuredApiKeys(config), notifierOptions(config));
    return {
      app: notifier.app,
      work: notifier,
      checks: [readiness.database(infra), readiness.eventStore(infra), readiness.bus(infra)],
    };
  },
});
