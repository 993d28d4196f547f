// The whole system as `npm start` runs it, from this checkout or, with BENCH_SYSTEM_TREE=<another
// checkout>, from that one (its own start/system.ts, platform and node_modules), so that a bench
// measures two trees with the same load generator and the same figures: before and after a change,
// or against the tree an issue measured. The other checkout needs its own `npm ci`.
type SystemModule = typeof import('../../start/system.ts');
type PlatformModule = Pick<typeof import('@payouts/platform'), 'loadConfig' | 'createLogger'>;

/** The checkout the system comes from: BENCH_SYSTEM_TREE, or null for this one. */
export const systemTree = process.env.BENCH_SYSTEM_TREE || null;

/**
 * Starts every service in this process, as `npm start` does, with `env` over the process's own
 * environment; prints the port and `apiKey` as one JSON line once it listens, and stops on SIGTERM.
 */
export async function serveSystem(options: {
  name: string;
  apiKey: string;
  logLevel: 'warn' | 'error';
  env?: Record<string, string>;
}): Promise<void> {
  const { name, apiKey, logLevel, env = {} } = options;
  const root = systemTree ?? new URL('../..', import.meta.url).pathname;
  const { startSystem, systemEnv } = (await import(`${root}/start/system.ts`)) as SystemModule;
  const { loadConfig, createLogger } = (await import(`${root}/platform/src/index.ts`)) as PlatformModule;
  const config = loadConfig(systemEnv, {
    ...process.env,
    NODE_ENV: 'test',
    DEV_API_KEY: apiKey,
    PORT: '0',
    // The figures are the pipeline's, not the rate limiter's.
    RATE_LIMIT_REQUESTS: '0',
    READ_RATE_LIMIT_REQUESTS: '0',
    ...env,
  });
  const system = await startSystem(config, createLogger(name, logLevel));
  console.log(JSON.stringify({ port: system.port, apiKey }));
  process.on('SIGTERM', () => {
    void system.stop().then(() => process.exit(0));
  });
}
