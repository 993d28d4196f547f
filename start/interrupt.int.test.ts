// Ctrl-C on `npm start` (issue 15, item 3): the terminal sends SIGINT to the whole process group
// (npm, tsx and node), and npm and tsx pass it on again. A request in flight still gets its answer,
// the process exits 0 saying "stopped cleanly", and an embedded PostgreSQL is stopped after the
// services (it is not in the process group, so it never sees the Ctrl-C itself).
import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  REPO_ROOT,
  spawnChild,
  TEST_NATS_URL,
  uniqueBusNames,
} from '@payouts/platform/testing';
import { afterAll, describe, expect, it } from 'vitest';

const KEY = 'interrupt-test-key-0123456789abcdef';

/**
 * Creates a payout, then asks for a revision it will never reach (`X-Min-Revision: 999`), which the
 * query API waits on for up to 5 s; prints "waiting" when the wait began and the answer's status at the
 * end. Run as a separate process so that it can join a network namespace.
 */
const CLIENT = `
const [base, key] = process.argv.slice(1);
const auth = { Authorization: 'Bearer ' + key };
const created = await fetch(base + '/api/v1/payouts/', {
  method: 'POST',
  headers: { ...auth, 'Content-Type': 'application/json' },
  body: JSON.stringify({ amount: '1.00', currency: 'RUB', recipient_account: 'interrupted' }),
}).then((r) => r.json());
const waiting = fetch(base + '/api/v1/payouts/' + created.id + '/', { headers: { ...auth, 'X-Min-Revision': '999' } });
console.log('waiting');
try {
  const answer = await waiting;
  await answer.text();
  console.log(JSON.stringify({ status: answer.status, stale: answer.headers.get('x-read-model-stale') }));
} catch (err) {
  console.log(JSON.stringify({ error: String(err.cause ?? err) }));
}
`;

/** Waits for the client's "waiting", gives the request a moment to reach the server, presses Ctrl-C. */
async function interruptWhileWaiting(client: ReturnType<typeof spawnChild>, pressCtrlC: () => void) {
  await client.waitFor(/^waiting$/m, 60_000);
  // The request is in flight once its connection is open; the query API then waits up to 5 s.
  await new Promise((r) => setTimeout(r, 500));
  pressCtrlC();
  await client.exited;
  return JSON.parse(client.stdout().trim().split('\n').at(-1)!) as { status?: number; error?: string };
}

/** Log lines at warn or above (pino levels 40+) from the stop on, which a clean stop has none of. */
function warningsWhileStopping(output: string): string[] {
  const stopping = output.indexOf('"msg":"stopping: draining in-flight work"');
  expect(stopping).toBeGreaterThan(-1);
  return output
    .slice(stopping)
    .split('\n')
    .filter((line) => /"level":(4|5|6)\d/.test(line));
}

describe('Ctrl-C on npm start', () => {
  it('drains the request in flight and exits 0 with "stopped cleanly"', async () => {
    const database = await createTestDatabase('interrupt');
    try {
      const npm = spawnChild('npm', ['start', '--silent'], {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          DATABASE_URL: database.url,
          NATS_URL: TEST_NATS_URL,
          ...uniqueBusNames(),
          PORT: '0',
          LOG_LEVEL: 'info',
          DEV_API_KEY: KEY,
        },
      });
      try {
        const base = (await npm.waitFor(/API\s+(http:\/\/localhost:\d+)\/api\/v1\/payouts\//))[1]!;
        const client = spawnChild(process.execPath, ['--input-type=module', '-e', CLIENT, base, KEY]);
        // The whole group, as a terminal does: `kill -INT -- -$PGID`.
        const answer = await interruptWhileWaiting(client, () => npm.signalGroup('SIGINT'));
        expect(answer, npm.output().slice(-3000)).toEqual({ status: 200, stale: 'true' });
        const exit = await npm.exited;
        expect(exit, npm.output().slice(-3000)).toEqual({ code: 0, signal: null });
        expect(npm.output()).toContain('"msg":"stopped cleanly"');
        expect(warningsWhileStopping(npm.output())).toEqual([]);
      } finally {
        await npm.stop();
      }
    } finally {
      await database.drop();
    }
  }, 120_000);
});

function whyNoNamespace(): string | undefined {
  if (process.getuid?.() !== 0) return 'a network namespace needs root';
  try {
    execFileSync('unshare', ['-n', 'true'], { stdio: 'ignore' });
    execFileSync('nsenter', ['--version'], { stdio: 'ignore' });
  } catch {
    return 'unshare -n or nsenter is not available here';
  }
  return undefined;
}
const skipReason = whyNoNamespace();

describe.skipIf(skipReason !== undefined)(
  `Ctrl-C on npm start with the embedded PostgreSQL${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    const dirs: string[] = [];
    afterAll(async () => {
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    });

    it('stops the services first and the database after them', async () => {
      // In a network namespace of its own nothing answers on 5432 or 4222: the embedded database
      // and bus run, with their data in a fresh folder (reachable by the postgres user, as root).
      const cwd = await mkdtemp(join(tmpdir(), 'payouts-interrupt-'));
      dirs.push(cwd);
      await chmod(cwd, 0o755);
      const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', LOG_LEVEL: 'info', DEV_API_KEY: KEY };
      delete env.DATABASE_URL;
      delete env.NATS_URL;
      // What `npm start` runs, tsx (which relays signals to node) in a folder without .env: npm
      // would run it in the repository's folder, whose .data and .env are the developer's.
      const npm = spawnChild(
        'unshare',
        [
          '-n',
          'sh',
          '-c',
          'ip link set lo up && exec "$0" "$@"',
          join(REPO_ROOT, 'node_modules/.bin/tsx'),
          join(REPO_ROOT, 'start/all-in-one.ts'),
        ],
        { cwd, env },
      );
      try {
        const base = (await npm.waitFor(/API\s+(http:\/\/localhost:\d+)\/api\/v1\/payouts\//, 120_000))[1]!;
        const dataDir = /data in (\S+) /.exec(npm.output())![1]!;
        expect(npm.output()).toMatch(/^ {2}database embedded PostgreSQL/m);
        const client = spawnChild('nsenter', [
          '-t',
          String(npm.process.pid),
          '-n',
          process.execPath,
          '--input-type=module',
          '-e',
          CLIENT,
          base,
          KEY,
        ]);
        const answer = await interruptWhileWaiting(client, () => npm.signalGroup('SIGINT'));
        expect(answer, npm.output().slice(-3000)).toEqual({ status: 200, stale: 'true' });
        const exit = await npm.exited;
        expect(exit, npm.output().slice(-3000)).toEqual({ code: 0, signal: null });
        expect(npm.output()).toContain('"msg":"stopped cleanly"');
        // The database went away only after the services had stopped: none of them lost it.
        expect(warningsWhileStopping(npm.output())).toEqual([]);
        const serverLog = await readFile(`${dataDir}.log`, 'utf8');
        expect(serverLog.match(/received \w+ shutdown request/g)).toEqual(['received fast shutdown request']);
      } finally {
        await npm.stop();
      }
    }, 240_000);
  },
);
