// Serving a Hono app on Node, and the routes every service has: liveness, readiness, metrics.
import { type Http2Bindings, type HttpBindings, type ServerType, serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { ConfigError } from '../config.ts';
import type { Logger } from '../logger.ts';
import { metricsRegistry } from '../metrics.ts';

export type ReadinessCheck = { name: string; check: () => Promise<unknown> };

/** Adds /healthz (the process answers) and /readyz (its dependencies answer) and /metrics. */
// biome-ignore lint/suspicious/noExplicitAny: any Hono app, whatever its env and schema types
export function addOperationalRoutes(app: Hono<any, any, any>, checks: ReadinessCheck[]): void {
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const results = await Promise.all(
      checks.map(async ({ name, check }) => {
        try {
          await check();
          return [name, 'ok'] as const;
        } catch (err) {
          return [name, `failing: ${(err as Error).message}`] as const;
        }
      }),
    );
    const ready = results.every(([, state]) => state === 'ok');
    return c.json(
      { status: ready ? 'ready' : 'not ready', checks: Object.fromEntries(results) },
      ready ? 200 : 503,
    );
  });
  app.get('/metrics', async (c) =>
    c.body(await metricsRegistry.metrics(), 200, { 'Content-Type': metricsRegistry.contentType }),
  );
}

export type HttpServer = { port: number; close(): Promise<void> };

/**
 * A Hono app's fetch, handed Node's request and response as its env (`c.env.incoming`), which
 * jsonBody reads the body from: pass them on when wrapping one.
 */
type FetchHandler = (request: Request, env?: HttpBindings | Http2Bindings) => Response | Promise<Response>;

/**
 * Listens on `port`; a port that cannot be had (in use, not allowed) rejects with a ConfigError
 * naming `setting`, the variable that chose it.
 */
export async function startHttpServer(
  fetch: FetchHandler,
  port: number,
  logger: Logger,
  setting = 'PORT',
): Promise<HttpServer> {
  const server = await listen(fetch, port, setting);
  logger.info({ port: server.port }, 'http listening');
  return server;
}

function listen(fetch: FetchHandler, port: number, setting: string): Promise<HttpServer> {
  return new Promise((resolve, reject) => {
    const server: ServerType = serve({ fetch, port, hostname: '0.0.0.0' }, (info) => {
      server.removeListener('error', onListenError);
      resolve({
        port: info.port,
        close: () => drain(server as DrainableServer),
      });
    });
    const onListenError = (err: NodeJS.ErrnoException) => {
      const why =
        err.code === 'EADDRINUSE'
          ? `port ${port} is in use by another process (EADDRINUSE): stop it, or set ${setting} to a free port`
          : err.code === 'EACCES'
            ? `port ${port} may not be used by this user (EACCES): set ${setting} to a port above 1023`
            : `cannot listen on port ${port}: ${err.message}`;
      reject(new ConfigError([`${setting}: ${why}`]));
    };
    server.once('error', onListenError);
  });
}

/**
 * Listens at once, before the app behind it exists, so that a port in use stops the start-up before
 * anything else starts (a lease taken, a consumer running). Until `serve` is called every request
 * is answered 503 with Retry-After, as while a dependency is away; `serve` logs "http listening".
 */
export async function reservePort(
  port: number,
  logger: Logger,
  setting = 'PORT',
): Promise<HttpServer & { serve(fetch: FetchHandler): void }> {
  let handler: FetchHandler | undefined;
  const server = await listen(
    (request, env) =>
      handler
        ? handler(request, env)
        : Response.json(
            { type: 'about:blank', title: 'Starting', status: 503, detail: 'the service is starting' },
            { status: 503, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '1' } },
          ),
    port,
    setting,
  );
  return {
    ...server,
    serve(fetch) {
      handler = fetch;
      logger.info({ port: server.port }, 'http listening');
    },
  };
}

/** How long requests in flight get to finish when the server stops, before their sockets are cut. */
const DRAIN_TIMEOUT_MS = 10_000;
/** How often idle keep-alive sockets are closed while draining (one freed by a finished request). */
const DRAIN_POLL_MS = 50;

type DrainableServer = ServerType & { closeIdleConnections(): void; closeAllConnections(): void };

/**
 * Stops accepting connections, lets the requests in flight finish (closing each keep-alive socket as
 * soon as it is idle), and cuts whatever is left after DRAIN_TIMEOUT_MS.
 */
function drain(server: DrainableServer): Promise<void> {
  return new Promise<void>((done) => {
    const idle = setInterval(() => server.closeIdleConnections(), DRAIN_POLL_MS);
    const cut = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(cut);
      done();
    });
    server.closeIdleConnections();
  });
}
