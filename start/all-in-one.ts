// `npm start`: every service in one process, with one HTTP listener (PORT, default 8000). Reads
// `.env` when there is one.
import { existsSync } from 'node:fs';
import { createLogger, loadConfig, runUntilSignalled } from '@payouts/platform';
import { startSystem, systemEnv } from './system.ts';

if (existsSync('.env')) process.loadEnvFile('.env');

const logger = createLogger('payouts');
await runUntilSignalled(logger, async () => {
  const config = loadConfig(systemEnv);
  const system = await startSystem(config, logger);
  const base = `http://localhost:${system.port}`;
  console.log(
    [
      '',
      `payouts is running (event store: ${config.EVENT_STORE}, database: ${new URL(config.DATABASE_URL).pathname.slice(1)}, nats: ${config.NATS_URL})`,
      `  API      ${base}/api/v1/payouts/`,
      `  health   ${base}/healthz  ${base}/readyz`,
      `  metrics  ${base}/metrics`,
      system.apiKey
        ? `  API key  ${system.apiKey}  (made for this run; set DEV_API_KEY or API_KEYS to keep one)`
        : '  API key  the one configured in DEV_API_KEY or API_KEYS',
      '',
    ].join('\n'),
  );
  return system;
});
