// The whole system in one child process, as `npm start` runs it, with the simulated provider's
// latency and the processor's limits the parent gives (PROVIDER_LATENCY_MS, PROCESSOR_MAX_IN_FLIGHT,
// PROCESSOR_CONCURRENCY), on the database and bus names the parent gives; prints its port and API
// key as one JSON line once it listens (logging errors only, so that no warning comes before that line).
import { createLogger, loadConfig } from '@payouts/platform';
import { startSystem, systemEnv } from '../../start/system.ts';

const API_KEY = 'bench-slow-provider-key-0123456789';
const config = loadConfig(systemEnv, {
  ...process.env,
  NODE_ENV: 'test',
  DEV_API_KEY: API_KEY,
  PORT: '0',
  // The figure is the processor's against the provider, not the rate limiter's.
  RATE_LIMIT_REQUESTS: '0',
  READ_RATE_LIMIT_REQUESTS: '0',
});
const system = await startSystem(config, createLogger('bench-slow-provider', 'error'));
console.log(JSON.stringify({ port: system.port, apiKey: API_KEY }));
process.on('SIGTERM', () => {
  void system.stop().then(() => process.exit(0));
});
