// The whole system in one child process, as `npm start` runs it, from this checkout or
// BENCH_SYSTEM_TREE's, with the simulated provider's latency and the processor's limits the parent
// gives (PROVIDER_LATENCY_MS, PROCESSOR_MAX_IN_FLIGHT, PROCESSOR_CONCURRENCY), on the database and bus
// names the parent gives; prints its port and API key as one JSON line once it listens (logging
// errors only, so that no warning comes before that line).
import { serveSystem } from '../lib/systemTree.ts';

await serveSystem({
  name: 'bench-slow-provider',
  apiKey: 'bench-slow-provider-key-0123456789',
  logLevel: 'error',
});
