// A bad setting stops `npm start`, and each service started alone, with one line naming it, exit 1
// and no stack (issue 15, item 6): an unknown LOG_LEVEL, a port in use (found before anything else
// starts: no lease taken), a DATABASE_URL that cannot be used (printed without its password).
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import {
  freePort,
  type PrivatePostgres,
  spawnEntry,
  startPrivatePostgres,
  TEST_DATABASE_URL,
  TEST_NATS_URL,
  uniqueBusNames,
} from '@payouts/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Each entry point, and the variable that names its port. */
const ENTRIES = [
  ['start/all-in-one.ts', 'PORT'],
  ['services/command-api/src/main.ts', 'PORT'],
  ['services/command-api/src/relay/main.ts', 'METRICS_PORT'],
  ['services/query-api/src/main.ts', 'PORT'],
  ['services/query-api/src/projector/main.ts', 'METRICS_PORT'],
  ['services/payout-processor/src/main.ts', 'METRICS_PORT'],
  ['services/scheduler/src/main.ts', 'METRICS_PORT'],
  ['services/notifier/src/main.ts', 'PORT'],
] as const;

/** Runs `entry` with `env` (over a working set of settings) to its end. */
async function runWith(entry: string, env: Record<string, string>) {
  const database = new URL(TEST_DATABASE_URL);
  database.pathname = '/bad_settings_never_created';
  const child = spawnEntry(entry, {
    // A working folder outside the repository: no .env changes what the test sets.
    cwd: tmpdir(),
    env: {
      ...process.env,
      DATABASE_URL: database.toString(),
      NATS_URL: TEST_NATS_URL,
      ...uniqueBusNames(),
      PORT: '0',
      METRICS_PORT: '0',
      DEV_API_KEY: 'bad-settings-key-0123456789',
      LOG_LEVEL: 'info',
      ...env,
    },
  });
  const exit = await Promise.race([
    child.exited,
    new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 60_000)),
  ]);
  if (exit === 'still running') await child.stop();
  return { exit, stderr: child.stderr(), stdout: child.stdout() };
}

function expectOneLine(result: Awaited<ReturnType<typeof runWith>>, pattern: RegExp) {
  expect(result.exit, result.stderr + result.stdout).toEqual({ code: 1, signal: null });
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

describe.each(ENTRIES)('%s with a bad setting', (entry, portSetting) => {
  it('LOG_LEVEL=verbose: one line naming LOG_LEVEL', async () => {
    expectOneLine(await runWith(entry, { LOG_LEVEL: 'verbose' }), /^LOG_LEVEL: .*"verbose"/);
  }, 90_000);

  it(`a port in use: one line naming ${portSetting}, before any lease is taken`, async () => {
    const held: Server = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => held.listen(port, '0.0.0.0', resolve));
    try {
      const result = await runWith(entry, { [portSetting]: String(port) });
      expectOneLine(result, new RegExp(`^${portSetting}: port ${port} is in use`));
      expect(result.stdout).not.toContain('lease acquired');
    } finally {
      held.close();
    }
  }, 90_000);

  it('DATABASE_URL where nothing answers: one line naming DATABASE_URL, without the password', async () => {
    const port = await freePort();
    const result = await runWith(entry, {
      DATABASE_URL: `postgres://payouts:s3cret-password@127.0.0.1:${port}/payouts`,
    });
    expectOneLine(
      result,
      new RegExp(`^DATABASE_URL: .*postgres://payouts@127\\.0\\.0\\.1:${port}/payouts.*ECONNREFUSED`),
    );
    expect(result.stderr + result.stdout).not.toContain('s3cret-password');
  }, 90_000);
});

describe('a DATABASE_URL the server refuses', () => {
  let postgres: PrivatePostgres;
  beforeAll(async () => {
    // A server of the test's own: it gets a role that may not create databases.
    postgres = await startPrivatePostgres();
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: postgres.url() });
    await client.connect();
    await client.query('create role limited login nocreatedb');
    await client.end();
  });
  afterAll(async () => {
    await postgres?.destroy();
  });

  it.each(['start/all-in-one.ts', 'services/command-api/src/main.ts'])(
    '%s: a role that does not exist, a database that does not exist: one line each naming DATABASE_URL',
    async (entry) => {
      const base = `127.0.0.1:${postgres.port}`;
      expectOneLine(
        await runWith(entry, { DATABASE_URL: `postgres://nobody:pw@${base}/payouts` }),
        new RegExp(`^DATABASE_URL: .*postgres://nobody@${base}/payouts: role "nobody" does not exist`),
      );
      expectOneLine(
        await runWith(entry, { DATABASE_URL: `postgres://limited@${base}/nowhere` }),
        new RegExp(`^DATABASE_URL: .*postgres://limited@${base}/nowhere: database "nowhere" does not exist`),
      );
    },
    120_000,
  );
});
