import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWithLease } from './lease.ts';
import { createLogger } from './logger.ts';
import { createTestDatabase, eventually, type TestDatabase } from './testing/index.ts';

const logger = createLogger('test', 'silent');

describe('lease', () => {
  let database: TestDatabase;
  let admin: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase('lease');
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await database.drop();
  });

  it("hands a holder's lease to the standby when the holder's connection dies, and tells the holder", async () => {
    const name = 'relay:test';
    const stop = new AbortController();
    const options = { connectionString: database.url, name, signal: stop.signal, logger, checkEveryMs: 500 };
    const started: string[] = [];
    let holderSignal: AbortSignal | undefined;
    let unhang!: () => void;
    const hung = new Promise<void>((resolve) => {
      unhang = resolve;
    });
    // The holder hangs in its work and ignores everything, like a process that stopped responding.
    const holder = runWithLease(options, async (signal) => {
      started.push('holder');
      holderSignal ??= signal;
      await hung;
    });
    await eventually(async () => (holderSignal ? true : undefined));
    const standby = runWithLease(options, async (signal) => {
      started.push('standby');
      await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
    });

    expect(started).toEqual(['holder']);

    // Its connection dies (a crash, a network cut): the server releases the lock with it.
    const { rowCount } = await admin.query(
      `select pg_terminate_backend(l.pid) from pg_locks l join pg_stat_activity a on a.pid = l.pid
       where l.locktype = 'advisory' and l.granted and a.application_name = $1`,
      [`lease:${name}`],
    );
    expect(rowCount).toBe(1);
    await eventually(async () => (started.includes('standby') ? true : undefined));
    expect(started).toEqual(['holder', 'standby']);
    // The holder learns it lost the lease when its own connection's loss reaches it, soon after.
    await eventually(async () => (holderSignal?.aborted ? true : undefined), 10_000, 'the holder told');

    unhang();
    stop.abort();
    await Promise.all([holder, standby]);
  });
});
