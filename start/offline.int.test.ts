// `npm start` on a machine with only Node.js: in a network namespace of its own (nothing answers on
// 5432 or 4222 there), with DATABASE_URL and NATS_URL unset and no .env, it runs the embedded
// PostgreSQL and the embedded bus, and a payout created through its API completes. Needs root (for
// the namespace); elsewhere it is reported as skipped, with the reason.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const tsxLoader = join(root, 'node_modules/tsx/dist/loader.mjs');

function whyNotHere(): string | undefined {
  if (process.getuid?.() !== 0) return 'a network namespace needs root';
  try {
    execFileSync('unshare', ['-n', 'true'], { stdio: 'ignore' });
    execFileSync('nsenter', ['--version'], { stdio: 'ignore' });
  } catch {
    return 'unshare -n or nsenter is not available here';
  }
  return undefined;
}

/** Runs inside the namespace: creates a payout, then reads it until it is no longer in flight. */
const CLIENT = `
const [base, key] = process.argv.slice(1);
const auth = { Authorization: 'Bearer ' + key };
const created = await fetch(base + '/api/v1/payouts/', {
  method: 'POST',
  headers: { ...auth, 'Content-Type': 'application/json' },
  body: JSON.stringify({ amount: '100.50', currency: 'RUB', recipient_account: '40817810099910004312' }),
}).then((r) => r.json());
const deadline = Date.now() + 60000;
let payout = created;
while (['pending', 'processing'].includes(payout.status) && Date.now() < deadline) {
  await new Promise((r) => setTimeout(r, 200));
  payout = await fetch(base + '/api/v1/payouts/' + created.id + '/', { headers: auth }).then((r) => r.json());
}
const ready = await fetch(base + '/readyz').then((r) => r.json());
console.log(JSON.stringify({ created, payout, ready }));
`;

const skipReason = whyNotHere();

describe.skipIf(skipReason !== undefined)(
  `npm start with no PostgreSQL and no NATS reachable${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    const dirs: string[] = [];
    afterAll(async () => {
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    });

    it('runs the embedded database and bus, says so, and completes a payout', async () => {
      // A folder without .env; the embedded server's data goes under it (as root it runs as the
      // postgres user, which must be able to reach it).
      const cwd = await mkdtemp(join(tmpdir(), 'payouts-offline-'));
      dirs.push(cwd);
      await chmod(cwd, 0o755);
      const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', LOG_LEVEL: 'warn' };
      delete env.DATABASE_URL;
      delete env.NATS_URL;
      const start = spawn(
        'unshare',
        [
          '-n',
          'sh',
          '-c',
          'ip link set lo up && exec "$0" "$@"',
          process.execPath,
          '--import',
          tsxLoader,
          join(root, 'start/all-in-one.ts'),
        ],
        { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
      );
      let output = '';
      const banner = new Promise<void>((resolve, reject) => {
        start.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (/API key\s+\S+/.test(output)) resolve();
        });
        start.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
      });
      start.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      const closed = new Promise<void>((resolve) => start.once('close', () => resolve()));
      try {
        await banner;
        expect(output).toContain('bus: embedded');
        expect(output).toMatch(/^ {2}bus {6}embedded, in the database/m);
        expect(output).toMatch(/^ {2}database embedded PostgreSQL/m);
        const base = /API\s+(http:\/\/localhost:\d+)\/api\/v1\/payouts\//.exec(output)![1]!;
        const key = /API key\s+(\S+)/.exec(output)![1]!;
        // The client joins the server's namespace: from here, nothing in it can be reached.
        const { stdout } = await promisify(execFile)(
          'nsenter',
          ['-t', String(start.pid), '-n', process.execPath, '--input-type=module', '-e', CLIENT, base, key],
          { timeout: 90_000 },
        );
        const { created, payout, ready } = JSON.parse(stdout);
        expect(created.status).toBe('pending');
        expect(payout.status, output.slice(-3000)).toBe('completed');
        expect(ready).toEqual({
          status: 'ready',
          checks: { database: 'ok', 'event store': 'ok', bus: 'ok' },
        });
      } finally {
        start.kill('SIGTERM');
        const outcome = await Promise.race([
          closed.then(() => 'closed' as const),
          new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 30_000)),
        ]);
        if (outcome === 'still running') process.kill(-start.pid!, 'SIGKILL');
      }
    }, 240_000);
  },
);
