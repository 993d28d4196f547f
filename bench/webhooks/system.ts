// The whole system in one child process, as `npm start` runs it (the notifier included), on the
// database and bus names the parent gives; prints its port and API key as one JSON line once it listens.
import { createLogger, loadConfig } from '@payouts/platform';
import { startSystem, systemEnv } from '../../start/system.ts';

const API_KEY = 'bench-webhooks-key-0123456789';
const config = loadConfig(systemEnv, {
  ...process.env,
  NODE_ENV: 'test',
  DEV_API_KEY: API_KEY,
  PORT: '0',
  PROVIDER_LATENCY_MS: '0',
  RATE_LIMIT_REQUESTS: '0',
  READ_RATE_LIMIT_REQUESTS: '0',
});
const system = await startSystem(config, createLogger('bench-webhooks', 'warn'));
console.log(JSON.stringify({ port: system.port, apiKey: API_KEY }));
process.on('SIGTERM', () => {
  void system.stop().then(() => process.exit(0));
});
