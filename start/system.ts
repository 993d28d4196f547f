// Every service in one process, sharing one set of connections, with one HTTP listener
// (PORT, default 8000) that routes like the Compose stack's nginx: reads of /api/v1/payouts to
// query-api, the webhook routes to the notifier, writes to command-api. Each service also starts
// alone from its own main.ts.
import { randomBytes } from 'node:crypto';
import { commandApiEnv, commandApiOptions, startCommandApi, startRelay } from '@payouts/command-api';
import { WEBHOOK_PATH_PREFIXES } from '@payouts/contracts';
import { notifierEnv, notifierOptions, startNotifier } from '@payouts/notifier';
import { processorEnv, processorOptions, startProcessor } from '@payouts/payout-processor';
import {
  addOperationalRoutes,
  configuredApiKeys,
  type InfrastructureOptions,
  type Logger,
  openInfrastructure,
  port,
  readiness,
  reservePort,
} from '@payouts/platform';
import {
  projectorEnv,
  queryApiEnv,
  queryApiOptions,
  startProjector,
  startQueryApi,
} from '@payouts/query-api';
import { schedulerEnv, schedulerOptions, startScheduler } from '@payouts/scheduler';
import { Hono } from 'hono';
import { sql } from 'kysely';
import type { z } from 'zod';

export const systemEnv = commandApiEnv
  .extend(queryApiEnv.shape)
  .extend(projectorEnv.shape)
  .extend(processorEnv.shape)
  .extend(schedulerEnv.shape)
  .extend(notifierEnv.shape)
  .extend({ PORT: port(8000) });

export type SystemConfig = z.infer<typeof systemEnv>;

export type RunningSystem = { port: number; apiKey: string | undefined; stop(): Promise<void> };

/** Starts every service sharing one set of connections; `apiKey` is set when one was generated. */
export async function startSystem(
  config: SystemConfig,
  logger: Logger,
  options: InfrastructureOptions = {},
): Promise<RunningSystem> {
  let generatedKey: string | undefined;
  if (config.NODE_ENV !== 'production' && !config.API_KEYS && !config.DEV_API_KEY) {
    // Nothing configured on a developer's machine: make a key for this run rather than refuse to start.
    generatedKey = `dev_${randomBytes(24).toString('base64url')}`;
    config.DEV_API_KEY = generatedKey;
  }
  const apiKeys = configuredApiKeys(config);
  // The port first: one in use stops the start-up before any lease is taken or consumer runs.
  const server = await reservePort(config.PORT, logger);
  const infra = await openInfrastructure(config, logger, 'payouts', options).catch(async (err: unknown) => {
    await server.close();
    throw err;
  });
  const commandApp = await startCommandApi(infra, apiKeys, commandApiOptions(config));
  const queryApp = await startQueryApi(infra, apiKeys, queryApiOptions(config));
  const relay = await startRelay(infra);
  const projector = await startProjector(infra, { concurrency: config.PROJECTOR_CONCURRENCY });
  const processor = await startProcessor(infra, processorOptions(config));
  const scheduler = startScheduler(infra, schedulerOptions(config));
  const notifier = await startNotifier(infra, apiKeys, notifierOptions(config));

  const ops = new Hono();
  addOperationalRoutes(ops, [
    { name: 'database', check: () => sql`select 1`.execute(infra.db) },
    { name: 'event store', check: () => infra.eventStore.headPosition() },
    readiness.bus(infra),
  ]);
  server.serve((request, env) => {
    const { pathname } = new URL(request.url);
    if (pathname === '/healthz' || pathname === '/readyz' || pathname === '/metrics')
      return ops.fetch(request, env);
    if (WEBHOOK_PATH_PREFIXES.some((prefix) => pathname.startsWith(prefix)))
      return notifier.app.fetch(request, env);
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    return isRead && (pathname.startsWith('/api/v1/payouts') || pathname.startsWith('/api/v1/reports'))
      ? queryApp.fetch(request, env)
      : commandApp.fetch(request, env);
  });
  return {
    port: server.port,
    apiKey: generatedKey,
    async stop() {
      await server.close();
      await Promise.all([
        relay.stop(),
        projector.stop(),
        processor.stop(),
        scheduler.stop(),
        notifier.stop(),
      ]);
      await infra.close();
    },
  };
}
