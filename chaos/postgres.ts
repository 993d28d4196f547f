// The chaos run's own PostgreSQL server: a cluster made with initdb in a temporary folder, on a free
// port, so that the run may restart it with `pg_ctl -m immediate`, stop it, or terminate its backends
// without touching the shared server on 5432. As root (CI containers), the server runs as the
// `postgres` user, as PostgreSQL requires.
import { execFile as execFileCallback, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const execFile = promisify(execFileCallback);

/** Where Debian keeps initdb and pg_ctl (the newest version installed); PG_BIN names another folder. */
function serverBinaries(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0)
    throw new Error(`no initdb under ${root}/*/bin: install PostgreSQL or set PG_BIN`);
  return join(root, versions[0]!, 'bin');
}
/** pg_ctl's own wait for a start or stop. */
const PG_CTL_TIMEOUT_SECONDS = 60;

export type PrivatePostgres = {
  port: number;
  /** A connection URL to `database` on this server. */
  url(database: string): string;
  /** `pg_ctl -m immediate restart`: every backend dies at once, then crash recovery, as after a power cut of the server process. */
  restartImmediate(): Promise<void>;
  /** Stops it (immediate): nothing answers until start(). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** `pg_terminate_backend` on every connection to `database`; answers how many were terminated. */
  terminateBackends(database: string): Promise<number>;
  createDatabase(name: string): Promise<void>;
  /** Stops it for good and deletes its folder. */
  destroy(): Promise<void>;
};

/** The uid and gid to run the server as: the `postgres` user when this process is root. */
function serverUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Makes and starts a cluster in a folder of its own (the server's user must be able to reach it). */
export async function startPrivatePostgres(port: number): Promise<PrivatePostgres> {
  const folder = await mkdtemp(join(tmpdir(), 'payouts-chaos-pg-'));
  const dataDir = join(folder, 'data');
  const logFile = join(folder, 'server.log');
  const bin = serverBinaries();
  const user = serverUser();
  if (user) await chown(folder, user.uid, user.gid);
  const run = (program: string, args: string[]) =>
    execFile(join(bin, program), args, {
      cwd: folder,
      ...(user ?? {}),
      env: { ...process.env, LC_ALL: 'C' },
    });

  await run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  // fsync off is safe here: the faults are process crashes, never a crash of the machine, and every
  // commit still reaches the kernel before it is acknowledged (synchronous_commit stays on).
  const options = [
    `-p ${port}`,
    `-k ${folder}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c full_page_writes=off',
    '-c max_connections=300',
    '-c shared_buffers=64MB',
  ].join(' ');
  const ctl = (...args: string[]) =>
    run('pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', String(PG_CTL_TIMEOUT_SECONDS), ...args]);
  await ctl('-o', options, 'start');

  // Should the run itself be ended (Ctrl-C, a timeout), its server must not outlive it.
  const stopOnExit = () => {
    try {
      execFileSync(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', 'stop'], {
        cwd: folder,
        ...(user ?? {}),
        stdio: 'ignore',
      });
    } catch {
      // already stopped
    }
    rmSync(folder, { recursive: true, force: true });
  };
  process.once('exit', stopOnExit);

  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url('postgres') });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  let running = true;
  return {
    port,
    url,
    async restartImmediate() {
      await ctl('-m', 'immediate', 'restart');
    },
    async stop() {
      await ctl('-m', 'immediate', 'stop');
      running = false;
    },
    async start() {
      await ctl('-o', options, 'start');
      running = true;
    },
    terminateBackends: (database) =>
      admin(async (client) => {
        const { rows } = await client.query<{ n: number }>(
          `select count(*) filter (where pg_terminate_backend(pid))::int as n
           from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`,
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
      if (running) await ctl('-m', 'immediate', 'stop').catch(() => {});
      running = false;
      await rm(folder, { recursive: true, force: true });
    },
  };
}
