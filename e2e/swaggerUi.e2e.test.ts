// Swagger UI as a person uses it, in a real browser (Debian's chromium driven by playwright-core):
// authorize with an API key, create a payout with the defaults Try-it-out fills in, create another the
// same way (a fresh payout, not a replay of someone's Idempotency-Key nor a 409), and list them with
// the list's defaults (no filter examples that together find nothing).
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, loadConfig } from '@payouts/platform';
import { createTestDatabase, type TestDatabase, uniqueBusNames } from '@payouts/platform/testing';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem, systemEnv } from '../start/system.ts';

const KEY = 'swagger-ui-key-0123456789';
const CHROMIUM = '/usr/bin/chromium';

describe('Swagger UI in a browser', () => {
  let database: TestDatabase;
  let system: RunningSystem;
  let browser: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`no ${CHROMIUM}: apt-get install -y chromium (.ci/run does)`);
    database = await createTestDatabase('swagger');
    const config = loadConfig(systemEnv, {
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      NATS_URL: process.env.NATS_URL,
      ...uniqueBusNames(),
      API_KEYS: `person:acme:payouts:write+payouts:read:${createHash('sha256').update(KEY).digest('hex')}`,
      PORT: '0',
      PROVIDER_LATENCY_MS: '0',
    });
    system = await startSystem(config, createLogger('swagger', 'silent'));
    profile = mkdtempSync(join(tmpdir(), 'payouts-chromium-'));
    // A fresh profile (its own --user-data-dir) for every run.
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await system?.stop();
    await database?.drop();
  });

  /** Opens an operation, turns on Try-it-out and presses Execute; the status and body it shows. */
  async function execute(
    page: Page,
    operationId: string,
    times = 1,
  ): Promise<{ status: string; body: string }[]> {
    const operation = page.locator(`[id$="-${operationId}"]`).first();
    await operation.locator('.opblock-summary').first().click();
    await operation.locator('button.try-out__btn').click();
    const answers: { status: string; body: string }[] = [];
    for (let i = 0; i < times; i++) {
      const responses = page.waitForResponse(
        (r) => r.url().includes('/api/v1/payouts') && r.request().method() !== 'OPTIONS',
      );
      await operation.locator('button.execute, button.btn.execute').first().click();
      await responses;
      const live = operation.locator('.live-responses-table .response');
      await live.locator('.response-col_status').first().waitFor();
      answers.push({
        status: ((await live.locator('.response-col_status').first().textContent()) ?? '').trim(),
        body: (await live.locator('.response-col_description pre, .microlight').first().textContent()) ?? '',
      });
    }
    return answers;
  }

  it('authorizes, creates a payout twice with the defaults, and lists both', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    await page.goto(`http://127.0.0.1:${system.port}/api/v1/swagger`);
    await page.locator('.swagger-ui .information-container').waitFor({ timeout: 30_000 });

    await page.locator('button.authorize').first().click();
    await page.locator('.modal-ux input[type="text"], .modal-ux input[type="password"]').first().fill(KEY);
    await page.locator('.modal-ux button.authorize').first().click();
    await page.locator('.modal-ux button.btn-done, .modal-ux .close-modal').first().click();

    const created = await execute(page, 'createPayout', 2);
    expect(created.map((a) => a.status)).toEqual(['201', '201']);
    const ids = created.map((a) => (JSON.parse(a.body) as { id: string }).id);
    expect(new Set(ids).size).toBe(2);

    // The read model catches up within a moment; Execute again until both are listed.
    let listed: string[] = [];
    const [first] = await execute(page, 'listPayouts');
    expect(first?.status).toBe('200');
    listed = (JSON.parse(first!.body) as { results: { id: string }[] }).results.map((p) => p.id);
    const list = page.locator('[id$="-listPayouts"]').first();
    for (let i = 0; i < 20 && !ids.every((id) => listed.includes(id)); i++) {
      await page.waitForTimeout(250);
      await list.locator('button.execute').first().click();
      await page.waitForResponse((r) => r.url().includes('/api/v1/payouts'));
      const body =
        (await list
          .locator(
            '.live-responses-table .response .response-col_description pre, .live-responses-table .microlight',
          )
          .first()
          .textContent()) ?? '';
      listed = (JSON.parse(body) as { results: { id: string }[] }).results.map((p) => p.id);
    }
    expect(listed).toEqual(expect.arrayContaining(ids));
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);
});
