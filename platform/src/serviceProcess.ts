// How every service's main.ts runs on its own: `.env` (as `npm start` reads it), tracing, the
// logger, validated config, connections, the service's work, one HTTP listener with /healthz, /readyz
// and /metrics (beside the service's API when it has one), and on SIGTERM a stop in that order reversed.
import { Hono } from 'hono';
import type { z } from 'zod';
import { addParkedRoutes } from './bus/parkedRoutes.ts';
import { loadConfig } from './config.ts';
import { loadDotEnv } from './dotEnv.ts';
import { problemErrorHandler } from './http/problem.ts';
import { addOperationalRoutes, type ReadinessCheck, reservePort } from './http/server.ts';
import { type Infrastructure, type InfrastructureConfig, openInfrastructure } from './infrastructure.ts';
import { createLogger, type Logger } from './logger.ts';
import { type Running, runUntilSignalled } from './process.ts';
import { initTracing } from './tracing.ts';

export type ServiceParts = {
  /** The service's API; a worker has none and answers only the operational routes. */
  app?: Parameters<typeof addOperationalRoutes>[0];
  /** Background work to stop (drain) before the listener and the connections close. */
  work?: Running;
  /** What /readyz asks: the dependencies this service cannot work without. */
  checks: ReadinessCheck[];
};

export async function runServiceProcess<S extends z.ZodObject>(options: {
  name: string;
  env: S;
  port: (config: z.infer<S>) => number;
  start: (infra: Infrastructure, config: z.infer<S>) => Promise<ServiceParts>;
}): Promise<void> {
  loadDotEnv(); // before anything reads the environment: tracing, the logger, the config
  initTracing(options.name);
  const logger = createLogger(options.name);
  await runUntilSignalled(logger, async () => {
    const config = loadConfig(options.env);
    // The port first: one in use stops the start-up before any lease is taken or consumer runs.
    const port = options.port(config);
    const setting = 'PORT' in config && config.PORT === port ? 'PORT' : 'METRICS_PORT';
    const server = await reservePort(port, logger, setting);
    try {
      // Every service's env extends commonEnv, which is what the connections need.
      const infra = await openInfrastructure(config as unknown as InfrastructureConfig, logger, options.name);
      const parts = await options.start(infra, config).catch(async (err: unknown) => {
        await infra.close().catch(() => {});
        throw err;
      });
      const app = parts.app ?? workerApp(infra, logger);
      addOperationalRoutes(app, parts.checks);
      server.serve(app.fetch);
      return {
        async stop() {
          await parts.work?.stop();
          await server.close();
          await infra.close();
        },
      };
    } catch (err) {
      await server.close();
      throw err;
    }
  });
}

/**
 * A worker's listener (its metrics port): the operational routes, and the operator routes for
 * parked messages, which never go beside a public API.
 */
function workerApp(infra: Infrastructure, logger: Logger): Hono {
  const app = new Hono();
  app.onError(problemErrorHandler(logger));
  if (infra.bus.parking) addParkedRoutes(app, infra.bus.parking.store, infra.bus.stream);
  return app;
}

/** Readiness checks most services share. */
export const readiness = {
  eventStore: (infra: Infrastructure): ReadinessCheck => ({
    name: 'event store',
    check: () => infra.eventStore.headPosition(),
  }),
  /** Leases, checkpoints and read models live in PostgreSQL whichever event store is used. */
  database: (infra: Infrastructure): ReadinessCheck => ({
    name: 'database',
    check: () => infra.pool.query('select 1'),
  }),
  /** Named by the bus that runs: `nats`, or `bus` for the embedded one (only `npm start` runs it). */
  bus: (infra: Infrastructure): ReadinessCheck => ({
    name: infra.bus.kind === 'nats' ? 'nats' : 'bus',
    check: () => infra.bus.ping(),
  }),
};
