// `npm start`'s choice of database: the one named, the local one, or an embedded one it starts.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@payouts/platform';
import pg from 'pg';
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

describe('databaseForStart', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

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
});
