// `npm start` without NATS: one line saying how to start one, and a non-zero exit, before anything
// else is started.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

describe('npm start', () => {
  it('exits non-zero with one line on how to start NATS when none answers', async () => {
    const run = promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(root, 'start/all-in-one.ts')],
      // start/ as the working folder: it has no .env, so a developer's cannot change NATS_URL here.
      { cwd: import.meta.dirname, env: { ...process.env, NATS_URL: 'nats://127.0.0.1:1' } },
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
});
