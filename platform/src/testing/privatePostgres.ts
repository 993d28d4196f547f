// A PostgreSQL server of a test's own (or of a chaos run's own), in a temporary folder on a free port,
// for the faults the shared server must never see: restarts, stops, terminated backends. Needs the
// PostgreSQL server binaries (the newest Debian `postgresql-NN` installed, or the folder POSTGRES_BIN
// names); as root it runs them as the `postgres` system user, since PostgreSQL refuses to run as root.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from '../freePort.ts';

const run = promisify(execFile);

/** pg_ctl's own wait for a start, stop or restart. */
const PG_CTL_TIMEOUT_SECONDS = 60;

export type ShutdownMode = 'smart' | 'fast' | 'immediate';

export type PrivatePostgresOptions = {
  /** PostgreSQL's default is 100; a whole system of processes, each with its pool, needs more. */
  maxConnections?: number;
};

export type PrivatePostgres = {
  port: number;
  /** A URL of this server for `database` (default `postgres`), user postgres, trust auth. */
  url(database?: string): string;
  start(): Promise<void>;
  stop(mode?: ShutdownMode): Promise<void>;
  /** `pg_ctl restart`: with `immediate`, every connection is cut with no goodbye, as in a crash. */
  restart(mode?: ShutdownMode): Promise<void>;
  /** Ends every other backend connected to `database`; returns how many. */
  terminateBackends(database: string): Promise<number>;
  createDatabase(name: string): Promise<void>;
  /** Stops the server (immediately) and deletes its folder. */
  destroy(): Promise<void>;
};

export async function startPrivatePostgres(options: PrivatePostgresOptions = {}): Promise<PrivatePostgres> {
  const bin = serverBinaries();
  const dir = await mkdtemp(join(tmpdir(), 'payouts-private-pg-'));
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  const asPostgres = await postgresUser();
  if (asPostgres) {
    await chmod(dir, 0o700);
    await chown(dir, asPostgres.uid, asPostgres.gid);
  }
  const port = await freePort();
  const pgCtl = (args: string[]) =>
    run(join(bin, 'pg_ctl'), ['-D', dataDir, ...args], { ...asPostgres, cwd: dir });

  await run(
    join(bin, 'initdb'),
    ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale', 'C'],
    { ...asPostgres, cwd: dir },
  );
  // TCP on localhost only, its socket in its own folder. fsync off is safe: the faults are process
  // crashes, never a crash of the machine, and its data is thrown away. synchronous_commit stays on, so
  // that every acknowledged commit has reached the kernel and survives a `-m immediate` restart: a
  // test that checks nothing was lost must not lose what the server itself dropped.
  const serverOptions = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-k ${dir}`,
    '-c fsync=off',
    '-c full_page_writes=off',
    '-c shared_buffers=64MB',
    ...(options.maxConnections ? [`-c max_connections=${options.maxConnections}`] : []),
  ].join(' ');
  const wait = ['-w', '-t', String(PG_CTL_TIMEOUT_SECONDS)];
  const start = () => pgCtl(['start', ...wait, '-l', logFile, '-o', serverOptions]);
  await start();

  // Should the test or run itself be ended (Ctrl-C, a timeout), its server must not outlive it.
  const stopOnExit = () => {
    try {
      execFileSync(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', 'stop'], {
        ...asPostgres,
        cwd: dir,
        stdio: 'ignore',
      });
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopOnExit);

  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url() });
    client.on('error', () => {});
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    port,
    url,
    start: async () => {
      await start();
    },
    stop: async (mode = 'fast') => {
      await pgCtl(['stop', ...wait, '-m', mode]);
    },
    restart: async (mode = 'fast') => {
      await pgCtl(['restart', ...wait, '-m', mode, '-l', logFile, '-o', serverOptions]);
    },
    terminateBackends: (database) =>
      admin(async (client) => {
        const { rows } = await client.query<{ n: number }>(
          `select count(*)::int as n from (
             select pg_terminate_backend(pid) from pg_stat_activity
             where datname = $1 and pid <> pg_backend_pid()
           ) t`,
          [database],
        );
        return rows[0]?.n ?? 0;
      }),
    createDatabase: (name) =>
      admin(async (client) => {
        await client.query(`create database "${name.replaceAll('"', '""')}"`);
      }),
    async destroy() {
      process.off('exit', stopOnExit);
      await pgCtl(['stop', '-w', '-m', 'immediate']).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Where Debian keeps initdb and pg_ctl (the newest version installed), unless POSTGRES_BIN names another folder. */
function serverBinaries(): string {
  if (process.env.POSTGRES_BIN) return process.env.POSTGRES_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0)
    throw new Error(`no initdb under ${root}/*/bin: install the PostgreSQL server or set POSTGRES_BIN`);
  return join(root, versions[0]!, 'bin');
}

/** The `postgres` system user's ids when this process is root, else undefined (run as ourselves). */
async function postgresUser(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const { stdout: uid } = await run('id', ['-u', 'postgres']);
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}
