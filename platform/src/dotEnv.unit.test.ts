// Which `.env` a process reads: its working folder's, else its npm workspace root's.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDotEnv } from './dotEnv.ts';

describe('findDotEnv', () => {
  let root: string;
  let outside: string;
  beforeAll(async () => {
    // root/ is a workspace root with a .env; root/services/a and root/services/b are workspaces,
    // b with a .env of its own; outside/ is no package at all.
    const parent = await mkdtemp(join(tmpdir(), 'payouts-dotenv-'));
    root = join(parent, 'root');
    outside = join(parent, 'outside');
    await mkdir(join(root, 'services/a'), { recursive: true });
    await mkdir(join(root, 'services/b'), { recursive: true });
    await mkdir(outside);
    await writeFile(join(root, 'package.json'), JSON.stringify({ workspaces: ['services/*'] }));
    await writeFile(join(root, 'services/a/package.json'), JSON.stringify({ name: 'a' }));
    await writeFile(join(root, 'services/b/package.json'), JSON.stringify({ name: 'b' }));
    await writeFile(join(root, '.env'), 'LOG_LEVEL=debug\n');
    await writeFile(join(root, 'services/b/.env'), 'LOG_LEVEL=warn\n');
  });
  afterAll(async () => {
    await rm(join(root, '..'), { recursive: true, force: true });
  });

  it('reads the root .env at the root (npm start)', () => {
    expect(findDotEnv(root)).toBe(join(root, '.env'));
  });

  it("reads the root .env from a workspace's folder (npm start -w)", () => {
    expect(findDotEnv(join(root, 'services/a'))).toBe(join(root, '.env'));
  });

  it("prefers the working folder's own .env", () => {
    expect(findDotEnv(join(root, 'services/b'))).toBe(join(root, 'services/b/.env'));
  });

  it('reads nothing outside a workspace when the folder has no .env', () => {
    expect(findDotEnv(outside)).toBeUndefined();
  });
});
