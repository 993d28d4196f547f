// The whole pipeline as the Compose stack runs it: every service its own OS process (the chaos
// harness's launcher, and the notifier), on the database and bus names the parent gives, with the simulated provider's
// latency the parent gives (PROVIDER_LATENCY_MS, 0 unless set) and its PROCESSOR_MAX_IN_FLIGHT. Prints the command API's
// port, the query API's, every process's metrics address and the API key as one JSON line once all
// answer; SIGTERM stops them.
import {
  freePort,
  killService,
  type ManagedService,
  managedServices,
  startAllServices,
} from '../../chaos/processes.ts';

const API_KEY = 'bench-pipeline-key-0123456789';
const env: Record<string, string> = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'warn',
  DATABASE_URL: process.env.DATABASE_URL!,
  NATS_URL: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
  NATS_STREAM: process.env.NATS_STREAM!,
  NATS_SUBJECT_PREFIX: process.env.NATS_SUBJECT_PREFIX!,
  DEV_API_KEY: API_KEY,
  // The figure is the pipeline's, not the provider's or the rate limiter's.
  PROVIDER_LATENCY_MS: process.env.PROVIDER_LATENCY_MS ?? '0',
  ...(process.env.PROCESSOR_MAX_IN_FLIGHT
    ? { PROCESSOR_MAX_IN_FLIGHT: process.env.PROCESSOR_MAX_IN_FLIGHT }
    : {}),
  RATE_LIMIT_REQUESTS: '0',
  READ_RATE_LIMIT_REQUESTS: '0',
};

// The chaos launcher's list leaves the notifier to the harness; the stack runs it, so it is here too.
const notifier: ManagedService = {
  spec: { name: 'notifier', entry: 'services/notifier/src/main.ts', portVariable: 'PORT' },
  port: await freePort(),
  process: null,
  paused: false,
  log: [],
};
const services = [...(await managedServices()), notifier];
const byName = (name: string) => services.find((s) => s.spec.name === name)!;
const url = (s: ManagedService, path: string) => `http://127.0.0.1:${s.port}${path}`;

await startAllServices(services, env);
console.log(
  JSON.stringify({
    port: byName('command-api').port,
    readPort: byName('query-api').port,
    metrics: services.map((s) => url(s, '/metrics')),
    apiKey: API_KEY,
  }),
);

process.on('SIGTERM', () => {
  void Promise.all(services.map((s) => killService(s, 'SIGTERM'))).then(() => process.exit(0));
});
