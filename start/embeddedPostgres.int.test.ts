// `npm start`'s choice of database: the one named, the local one, or an embedded one it starts.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@payouts/platform';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseForStart } from './embeddedPostgres.ts';

const logger = createLogger('embedded-test', 'silent');
/** Nothing listens on port 1 (privileged, unassigned): the "no PostgreSQL here" case. */
const CLOSED = 'postgres://postgres@127.0.0.1:1/payouts';
const LOCAL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

/** A logger whose lines the test can read. */
function recordingLogger() {
  const lines: Array<{ level: number; msg: string }> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function lockPid(dataDir: string): Promise<number> {
  return Number((await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
}

describe('databaseForStart', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  async function freshDataDir(): Promise<string> {
    const parent = await mkdtemp(join(tmpdir(), 'payouts-embedded-'));
    dirs.push(parent);
    // As root the server runs as the postgres user, which must be able to reach its folder.
    await chmod(parent, 0o755);
    return join(parent, 'postgres');
  }

  it('uses DATABASE_URL as given, without probing it', async () => {
    const database = await databaseForStart({ DATABASE_URL: CLOSED }, { logger });
    expect(database).toEqual({ url: CLOSED });
  });

  it('uses the default address when a server answers there', async () => {
    const database = await databaseForStart({}, { logger, defaultUrl: LOCAL });
    expect(database).toEqual({ url: LOCAL });
  });

  it('starts an embedded PostgreSQL when nothing answers, and keeps its data between runs', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'payouts-embedded-'));
    dirs.push(parent);
    // As root the server runs as the postgres user, which must be able to reach its folder.
    await chmod(parent, 0o755);
    const dataDir = join(parent, 'postgres');

    const first = await databaseForStart({}, { logger, defaultUrl: CLOSED, dataDir });
    try {
      expect(first.embedded?.dataDir).toBe(dataDir);
      expect(first.url).toMatch(/^postgres:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/payouts$/);
      expect(first.url).not.toContain(':1/');
      // The database itself (payouts) is created later by the services; the server is what is tested.
      const admin = first.url.replace(/\/payouts$/, '/postgres');
      await query(admin, 'create table kept (note text)');
      await query(admin, "insert into kept values ('from the first run')");
    } finally {
      await first.embedded?.stop();
    }

    const second = await databaseForStart({}, { logger, defaultUrl: CLOSED, dataDir });
    try {
      const rows = await query(second.url.replace(/\/payouts$/, '/postgres'), 'select note from kept');
      expect(rows).toEqual([{ note: 'from the first run' }]);
    } finally {
      await second.embedded?.stop();
    }
  });

  it('stops a server an earlier run left running when that run was killed, and starts afresh', async () => {
    const dataDir = await freshDataDir();
    // A run killed with SIGKILL: it cannot stop its server, which lives on.
    const run = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `const { databaseForStart } = await import(${JSON.stringify(join(import.meta.dirname, 'embeddedPostgres.ts'))});
         const { createLogger } = await import('@payouts/platform');
         const db = await databaseForStart({}, { logger: createLogger('left', 'silent'), defaultUrl: ${JSON.stringify(CLOSED)}, dataDir: ${JSON.stringify(dataDir)} });
         console.log('started');
         setInterval(() => {}, 1000);`,
      ],
      { cwd: join(import.meta.dirname, '..'), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      run.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('started') && resolve());
      run.once('exit', (code) => reject(new Error(`the first run exited (${code})`)));
    });
    run.kill('SIGKILL');
    await new Promise((resolve) => run.once('exit', resolve));
    const leftover = await lockPid(dataDir);
    expect(isRunning(leftover)).toBe(true);

    const { logger, lines } = recordingLogger();
    const next = await databaseForStart({}, { logger, defaultUrl: CLOSED, dataDir });
    try {
      expect(isRunning(leftover)).toBe(false);
      expect(await query(next.url.replace(/\/payouts$/, '/postgres'), 'select 1 as one')).toEqual([
        { one: 1 },
      ]);
      expect(lines).toContainEqual(
        expect.objectContaining({
          level: 40,
          msg: 'stopped the embedded PostgreSQL an earlier run left running',
        }),
      );
    } finally {
      await next.embedded?.stop();
    }
  }, 120_000);

  it('removes a lock file whose process is gone or is not PostgreSQL', async () => {
    const dataDir = await freshDataDir();
    const first = await databaseForStart({}, { logger, defaultUrl: CLOSED, dataDir });
    await first.embedded?.stop();
    // The pid in the lock file is alive, but another program's (a pid reused after a crash).
    const other = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      await writeFile(join(dataDir, 'postmaster.pid'), `${other.pid}\n${dataDir}\n1700000000\n5432\n`);
      const { logger: recording, lines } = recordingLogger();
      const next = await databaseForStart({}, { logger: recording, defaultUrl: CLOSED, dataDir });
      try {
        expect(await query(next.url.replace(/\/payouts$/, '/postgres'), 'select 1 as one')).toEqual([
          { one: 1 },
        ]);
        expect(lines.map((line) => line.msg)).toContain(
          'removed the lock file of an embedded PostgreSQL that is no longer running',
        );
      } finally {
        await next.embedded?.stop();
      }
    } finally {
      other.kill();
    }
  }, 120_000);

  it('says in one line that the folder is in use when a running process owns its server', async () => {
    const dataDir = await freshDataDir();
    const first = await databaseForStart({}, { logger, defaultUrl: CLOSED, dataDir });
    try {
      const second = await databaseForStart({}, { logger, defaultUrl: CLOSED, dataDir }).then(
        () => 'started',
        (err: Error) => err.message,
      );
      expect(second).toMatch(
        /^the embedded PostgreSQL in .* belongs to a running process \(pid \d+\), another npm start: stop that one first, or set DATABASE_URL/,
      );
      expect(second.split('\n')).toHaveLength(1);
    } finally {
      await first.embedded?.stop();
    }
  }, 120_000);
});
