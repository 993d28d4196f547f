// `npm start` without NATS: one line saying how to start one, and a non-zero exit, before anything
// else is started. With NATS: a SIGTERM sent to npm (what a process supervisor sends) drains the
// system and leaves no process behind.
import { execFile, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, TSX_LOADER, uniqueBusNames } from '@payouts/platform/testing';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

describe('npm start', () => {
  it('exits non-zero with one line on how to start NATS when none answers', async () => {
    const run = promisify(execFile)(
      process.execPath,
      ['--import', TSX_LOADER, join(root, 'start/all-in-one.ts')],
      // A working folder outside the repository: no developer's .env can change NATS_URL here.
      { cwd: tmpdir(), env: { ...process.env, NATS_URL: 'nats://127.0.0.1:1' } },
    );
    const failure = await run.then(
      () => undefined,
      (err: { code: number; stdout: string; stderr: string }) => err,
    );
    expect(failure?.code).toBe(1);
    const lines = failure!.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('127.0.0.1:1');
    expect(lines[0]).toContain('nats-server -js');
    expect(failure!.stdout).toBe('');
  });

  it('stops cleanly when npm gets SIGTERM, and no process of it outlives npm', async () => {
    const database = await createTestDatabase('npm_start');
    try {
      const npm = spawn('npm', ['start', '--silent'], {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: database.url,
          ...uniqueBusNames(),
          PORT: '0',
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true, // its own process group, so that a failed run can be cleaned up whole
      });
      let output = '';
      const running = new Promise<void>((resolve) => {
        npm.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('payouts is running')) resolve();
        });
      });
      npm.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      // 'close' comes once every process holding npm's output pipes has exited: an orphaned child
      // of npm would keep them open.
      const closed = new Promise<void>((resolve) => npm.once('close', () => resolve()));
      await running;
      npm.kill('SIGTERM');
      const outcome = await Promise.race([
        closed.then(() => 'closed' as const),
        new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 20_000)),
      ]);
      if (outcome === 'still running') process.kill(-npm.pid!, 'SIGKILL');
      expect(outcome, output.slice(-3000)).toBe('closed');
      expect(output).toContain('"msg":"stopped cleanly"');
      // Each log line names each thing once: the process, and the service whose work it is.
      const logLines = output.split('\n').filter((line) => line.startsWith('{'));
      expect(logLines.length).toBeGreaterThan(5);
      for (const line of logLines) {
        const keys = topLevelKeys(line);
        expect(
          keys.filter((key, i) => keys.indexOf(key) !== i),
          line,
        ).toEqual([]);
        expect(JSON.parse(line).process, line).toBe('payouts');
      }
      const relayLine = logLines.map((line) => JSON.parse(line)).find((log) => log.msg === 'relay starting');
      expect(relayLine).toMatchObject({ process: 'payouts', service: 'relay' });
    } finally {
      await database.drop();
    }
  }, 60_000);
});

/** The keys of a JSON object's top level as written, duplicates kept (JSON.parse keeps only the last). */
function topLevelKeys(json: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  for (let i = 0; i < json.length; i++) {
    const char = json[i];
    if (char === '"') {
      let end = i + 1;
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      if (depth === 1 && json[end + 1] === ':') keys.push(json.slice(i + 1, end));
      i = end;
    } else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') depth -= 1;
  }
  return keys;
}
