// The generated TypeScript client (@payouts/client) against the assembled system: what README shows
// beside curl works as written, typed end to end.
import { createHash } from 'node:crypto';
import { createPayoutsClient } from '@payouts/client';
import { createLogger, loadConfig } from '@payouts/platform';
import { createTestDatabase, eventually, type TestDatabase, uniqueBusNames } from '@payouts/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem, systemEnv } from '../start/system.ts';

const KEY = 'client-e2e-key-0123456789';

describe('the generated client', () => {
  let database: TestDatabase;
  let system: RunningSystem;
  let payouts: ReturnType<typeof createPayoutsClient>;

  beforeAll(async () => {
    database = await createTestDatabase('client');
    const config = loadConfig(systemEnv, {
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      NATS_URL: process.env.NATS_URL,
      ...uniqueBusNames(),
      API_KEYS: `client:acme:payouts:write+payouts:read:${createHash('sha256').update(KEY).digest('hex')}`,
      PORT: '0',
      PROVIDER_LATENCY_MS: '0',
    });
    system = await startSystem(config, createLogger('client', 'silent'));
    payouts = createPayoutsClient({ baseUrl: `http://127.0.0.1:${system.port}`, apiKey: KEY });
  });
  afterAll(async () => {
    await system?.stop();
    await database?.drop();
  });

  it('creates, reads, lists, changes and cancels a payout, and reads a refusal as a problem', async () => {
    const created = await payouts.POST('/api/v1/payouts', {
      body: {
        amount: 100.5,
        recipient_account: '40817810099910004312',
        scheduled_for: '2099-01-01T00:00:00Z',
      },
      params: { header: { 'Idempotency-Key': crypto.randomUUID() } },
    });
    expect(created.response.status).toBe(201);
    const payout = created.data!;
    expect(payout).toMatchObject({ amount: '100.50', status: 'pending', error_code: null });

    const read = await eventually(async () => {
      const answer = await payouts.GET('/api/v1/payouts/{id}', { params: { path: { id: payout.id } } });
      return answer.data;
    }, 20_000);
    expect(read.id).toBe(payout.id);

    const page = await payouts.GET('/api/v1/payouts', {
      params: { query: { status: ['pending', 'failed'], recipient_account: '40817810099910004312' } },
    });
    expect(page.data?.results.map((p) => p.id)).toContain(payout.id);

    const changed = await payouts.PUT('/api/v1/payouts/{id}', {
      params: { path: { id: payout.id } },
      body: { ...read, amount: '120.00' },
    });
    expect(changed.data?.amount).toBe('120.00');

    const refused = await payouts.PATCH('/api/v1/payouts/{id}', {
      params: { path: { id: payout.id } },
      body: { currency: 'ZZZ' },
    });
    expect(refused.response.status).toBe(400);
    expect(refused.error?.errors?.map((e) => e.field)).toEqual(['currency']);

    const cancelled = await payouts.DELETE('/api/v1/payouts/{id}', { params: { path: { id: payout.id } } });
    expect(cancelled.data?.status).toBe('cancelled');
  });
});
