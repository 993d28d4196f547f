// A service started alone reads `.env` the way `npm start` does (issue 15, item 5): npm runs
// `npm start -w @payouts/command-api` in the workspace's folder, and the `.env` README speaks of is at
// the repository root. Here a workspace tree of the test's own stands for the repository: its root
// holds the .env, and command-api runs in one of its workspace folders. The environment wins.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  eventually,
  freePort,
  spawnEntry,
  TEST_NATS_URL,
  uniqueBusNames,
} from '@payouts/platform/testing';
import { afterAll, describe, expect, it } from 'vitest';

describe('a service started alone', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it("reads the workspace root's .env, with the environment winning over it", async () => {
    const root = await mkdtemp(join(tmpdir(), 'payouts-workspace-'));
    dirs.push(root);
    const workspace = join(root, 'services/command-api');
    await mkdir(workspace, { recursive: true });
    await writeFile(join(root, 'package.json'), JSON.stringify({ workspaces: ['services/*'] }));
    await writeFile(join(workspace, 'package.json'), JSON.stringify({ name: '@payouts/command-api' }));
    const key = `dotenv-key-${Date.now()}-0123456789`;
    // PORT=1 in the file: the environment's PORT must win (nothing may listen on 1 here).
    await writeFile(join(root, '.env'), `DEV_API_KEY=${key}\nPORT=1\nLOG_LEVEL=warn\n`);

    const database = await createTestDatabase('dotenv');
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      NATS_URL: TEST_NATS_URL,
      ...uniqueBusNames(),
      PORT: String(port),
    };
    delete env.DEV_API_KEY;
    delete env.API_KEYS;
    delete env.LOG_LEVEL;
    const service = spawnEntry('services/command-api/src/main.ts', { cwd: workspace, env });
    try {
      const base = `http://127.0.0.1:${port}`;
      await eventually(
        async () => ((await fetch(`${base}/readyz`)).status === 200 ? true : undefined),
        60_000,
        `command-api ready on ${port}\n${service.output()}`,
      );
      const created = await fetch(`${base}/api/v1/payouts/`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ amount: '5.00', currency: 'RUB', recipient_account: 'from-dotenv' }),
      });
      expect(created.status, service.output()).toBe(201);
      // LOG_LEVEL=warn from the file: the info lines of start-up are not there.
      expect(service.output()).not.toContain('"msg":"http listening"');
      expect(await service.stop()).toEqual({ code: 0, signal: null });
    } finally {
      await service.stop();
      await database.drop();
    }
  }, 120_000);
});
