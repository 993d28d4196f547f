// A PostgreSQL server of a test's own, in a temporary folder on a free port, for the faults the
// shared server must never see: restarts, stops, terminated backends. Needs the PostgreSQL 15 server
// binaries (Debian's postgresql-15 package); as root it runs them as the `postgres` system user,
// since PostgreSQL refuses to run as root.
import { execFile } from 'node:child_process';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from '../freePort.ts';

export const POSTGRES_BIN = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

const run = promisify(execFile);

export type ShutdownMode = 'smart' | 'fast' | 'immediate';

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
  /** Stops the server (immediately) and deletes its folder. */
  destroy(): Promise<void>;
};

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = await mkdtemp(join(tmpdir(), 'payouts-private-pg-'));
  const dataDir = join(dir, 'data');
  const asPostgres = await postgresUser();
  if (asPostgres) {
    await chmod(dir, 0o700);
    await chown(dir, asPostgres.uid, asPostgres.gid);
  }
  const port = await freePort();
  const pgCtl = (args: string[]) =>
    run(join(POSTGRES_BIN, 'pg_ctl'), ['-D', dataDir, ...args], { ...asPostgres, cwd: dir });

  await run(
    join(POSTGRES_BIN, 'initdb'),
    ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale', 'C'],
    { ...asPostgres, cwd: dir },
  );
  // TCP on localhost only, its socket in its own folder, and no fsync: its data is thrown away.
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const start = () => pgCtl(['start', '-w', '-t', '60', '-l', join(dir, 'server.log'), '-o', options]);
  await start();

  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    start: async () => {
      await start();
    },
    stop: async (mode = 'fast') => {
      await pgCtl(['stop', '-w', '-m', mode]);
    },
    restart: async (mode = 'fast') => {
      await pgCtl(['restart', '-w', '-t', '60', '-m', mode, '-l', join(dir, 'server.log'), '-o', options]);
    },
    async terminateBackends(database) {
      const client = new pg.Client({ connectionString: url() });
      client.on('error', () => {});
      await client.connect();
      try {
        const { rows } = await client.query<{ n: number }>(
          `select count(*)::int as n from (
             select pg_terminate_backend(pid) from pg_stat_activity
             where datname = $1 and pid <> pg_backend_pid()
           ) t`,
          [database],
        );
        return rows[0]?.n ?? 0;
      } finally {
        await client.end();
      }
    },
    async destroy() {
      await pgCtl(['stop', '-w', '-m', 'immediate']).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The `postgres` system user's ids when this process is root, else undefined (run as ourselves). */
async function postgresUser(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const { stdout: uid } = await run('id', ['-u', 'postgres']);
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

/** A port nothing listens on now. */
