// A scheduled payout whose schedule is cleared (PATCH {"scheduled_for": null}, or a PUT without it) is
// released for processing by that update itself, through the whole pipeline: HTTP -> event store ->
// relay -> NATS -> processor -> event store -> projector -> HTTP. The scheduler runs, but its
// stale-pending job is set to wait an hour, so only the update can have started the payout (before
// issue 15 item 12 it waited for that job, ~70 s with the defaults).
import type { PayoutResource } from '@payouts/contracts';
import { createLogger, loadConfig } from '@payouts/platform';
import { createTestDatabase, eventually, type TestDatabase, uniqueBusNames } from '@payouts/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem, systemEnv } from '../start/system.ts';

const API_KEY = 'e2e-key-schedule-cleared-0123456789';
const HOUR_MS = 3_600_000;

describe('clearing a payout schedule', () => {
  let database: TestDatabase;
  let system: RunningSystem;
  let base: string;
  const headers = { Authorization: `Bearer ${API_KEY}`, 'Content-Type': 'application/json' };

  beforeAll(async () => {
    database = await createTestDatabase('e2e_schedule_cleared');
    const config = loadConfig(systemEnv, {
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      NATS_URL: process.env.NATS_URL,
      ...uniqueBusNames(),
      DEV_API_KEY: API_KEY,
      PORT: '0',
      PROVIDER_LATENCY_MS: '10',
      // Nothing but the update may release the payout while the test waits.
      PENDING_STALE_AFTER_MS: String(HOUR_MS),
    });
    system = await startSystem(config, createLogger('e2e', 'warn'));
    base = `http://127.0.0.1:${system.port}`;
  });

  afterAll(async () => {
    await system?.stop();
    await database?.drop();
  });

  async function scheduledPayout(): Promise<PayoutResource> {
    const res = await fetch(`${base}/api/v1/payouts/`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        amount: '10.00',
        recipient_account: 'ACC-SCHEDULED',
        scheduled_for: new Date(Date.now() + HOUR_MS).toISOString(),
      }),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as PayoutResource;
  }

  async function statusOf(id: string): Promise<string | undefined> {
    const res = await fetch(`${base}/api/v1/payouts/${id}/`, { headers });
    return res.status === 200 ? ((await res.json()) as PayoutResource).status : undefined;
  }

  /** Completed well before the stale-pending job (an hour away) could have dispatched it. */
  const completed = (id: string) =>
    eventually(
      async () => ((await statusOf(id)) === 'completed' ? true : undefined),
      20_000,
      `payout ${id} to complete after its schedule was cleared`,
    );

  it('PATCH {"scheduled_for": null} releases it now', async () => {
    const payout = await scheduledPayout();
    const patched = await fetch(`${base}/api/v1/payouts/${payout.id}/`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ scheduled_for: null }),
    });
    expect(patched.status).toBe(200);
    await completed(payout.id);
  });

  it('a PUT without scheduled_for releases it now', async () => {
    const payout = await scheduledPayout();
    const put = await fetch(`${base}/api/v1/payouts/${payout.id}/`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ amount: '12.00', recipient_account: 'ACC-SCHEDULED' }),
    });
    expect(put.status).toBe(200);
    await completed(payout.id);
  });

  it('a payout still scheduled is left alone by an update', async () => {
    const payout = await scheduledPayout();
    const patched = await fetch(`${base}/api/v1/payouts/${payout.id}/`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ description: 'still later' }),
    });
    expect(patched.status).toBe(200);
    // A payout cleared after it is completed in the meantime: by then the update above was handled.
    const other = await scheduledPayout();
    await fetch(`${base}/api/v1/payouts/${other.id}/`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ scheduled_for: null }),
    });
    await completed(other.id);
    expect(await statusOf(payout.id)).toBe('pending');
  });
});
