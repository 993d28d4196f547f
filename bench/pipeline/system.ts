// The whole pipeline in one child process, as `npm start` runs it (command API, relay, processor,
// projector, query API, scheduler, notifier), on the database and bus names the parent gives, from
// this checkout or BENCH_SYSTEM_TREE's; prints its port and API key as one JSON line once it listens.
import { serveSystem } from '../lib/systemTree.ts';

await serveSystem({
  name: 'bench-pipeline',
  apiKey: 'bench-pipeline-key-0123456789',
  // The parent counts the system's warnings; they may come before the ready line.
  logLevel: 'warn',
  // The figure is the pipeline's, not the provider's.
  env: { PROVIDER_LATENCY_MS: '0' },
});
