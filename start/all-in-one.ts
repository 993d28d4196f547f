// `npm start`: every service in one process, with one HTTP listener (PORT, default 8000). Reads
// `.env` when there is one, as each service started alone does (platform/src/dotEnv.ts). Uses the NATS it is given, or the local one, or runs the embedded bus in
// PostgreSQL; uses the PostgreSQL it is given, or the local one, or starts an embedded one
// (start/embeddedPostgres.ts).
import { loadDotEnv } from '@payouts/platform/dotEnv';
import { hostAndPort, isReachable } from './reachable.ts';

loadDotEnv();

const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';

// The bus: the NATS named by NATS_URL (never probed away: a named server that is down is an error,
// not a reason to run another bus), else the local one if it answers, else the embedded bus.
const natsUrl = (process.env.NATS_URL || DEFAULT_NATS_URL).split(',')[0]!.trim();
const nats = hostAndPort(natsUrl.includes('://') ? natsUrl : `nats://${natsUrl}`, 4222);
const natsAnswers = await isReachable(nats.host, nats.port);
if (process.env.NATS_URL && !natsAnswers) {
  console.error(
    `No NATS server at ${nats.host}:${nats.port}: start one with \`nats-server -js\` (or \`docker run -p 4222:4222 nats -js\`), or unset NATS_URL to run the embedded bus.`,
  );
  process.exit(1);
}
const bus = natsAnswers ? 'nats' : 'postgres';

// Loaded only now, so that the check above answers at once rather than after every service loads.
const { createLogger, initTracing, loadConfig, runUntilSignalled } = await import('@payouts/platform');
const { databaseForStart } = await import('./embeddedPostgres.ts');
const { startSystem, systemEnv } = await import('./system.ts');

initTracing('payouts');
const logger = createLogger('payouts');
await runUntilSignalled(logger, async () => {
  const database = await databaseForStart(process.env, { logger });
  const config = loadConfig(systemEnv, { ...process.env, DATABASE_URL: database.url });
  const system = await startSystem(config, logger, { bus }).catch(async (err) => {
    await database.embedded?.stop();
    throw err;
  });
  const base = `http://localhost:${system.port}`;
  console.log(
    [
      '',
      `payouts is running (event store: ${config.EVENT_STORE}, database: ${new URL(config.DATABASE_URL).pathname.slice(1)}, bus: ${bus === 'nats' ? `nats ${config.NATS_URL}` : 'embedded'})`,
      database.embedded
        ? `  database embedded PostgreSQL on 127.0.0.1:${database.embedded.port}, data in ${database.embedded.dataDir} (no DATABASE_URL and nothing at 127.0.0.1:5432; delete the folder to start afresh)`
        : undefined,
      bus === 'postgres'
        ? `  bus      embedded, in the database (no NATS_URL and nothing at ${nats.host}:${nats.port}; start \`nats-server -js\` to use NATS)`
        : undefined,
      `  API      ${base}/api/v1/payouts/`,
      `  docs     ${base}/api/v1/swagger  (OpenAPI: ${base}/api/v1/openapi.json)`,
      `  health   ${base}/healthz  ${base}/readyz`,
      `  metrics  ${base}/metrics`,
      system.apiKey
        ? `  API key  ${system.apiKey}  (made for this run; set DEV_API_KEY or API_KEYS to keep one)`
        : '  API key  the one configured in DEV_API_KEY or API_KEYS',
      '',
    ]
      .filter((line) => line !== undefined)
      .join('\n'),
  );
  return {
    async stop() {
      await system.stop();
      await database.embedded?.stop();
    },
  };
});
