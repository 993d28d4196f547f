// One payout travels the whole event-sourced path: HTTP -> event store -> relay -> NATS ->
// processor -> event store -> relay -> NATS -> projector -> read model -> HTTP.
import type { PayoutResource, Problem } from '@payouts/contracts';
import { createLogger, loadConfig } from '@payouts/platform';
import { createTestDatabase, eventually, type TestDatabase, uniqueBusNames } from '@payouts/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem, systemEnv } from '../start/system.ts';

const API_KEY = 'e2e-key-0123456789abcdef';

describe('a payout, end to end', () => {
  let database: TestDatabase;
  let system: RunningSystem;
  let base: string;
  const auth = { Authorization: `Bearer ${API_KEY}` };

  beforeAll(async () => {
    database = await createTestDatabase('e2e');
    const config = loadConfig(systemEnv, {
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      NATS_URL: process.env.NATS_URL,
      ...uniqueBusNames(),
      DEV_API_KEY: API_KEY,
      PORT: '0',
      PROVIDER_LATENCY_MS: '10',
    });
    system = await startSystem(config, createLogger('e2e', 'warn'));
    base = `http://127.0.0.1:${system.port}`;
  });

  afterAll(async () => {
    await system?.stop();
    await database?.drop();
  });

  it('is requested as pending and reaches completed through the read model', async () => {
    const created = await fetch(`${base}/api/v1/payouts/`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        amount: '100.5',
        currency: 'usd',
        recipient_account: 'ACC-1',
        description: 'e2e',
      }),
    });
    expect(created.status).toBe(201);
    const payout = (await created.json()) as PayoutResource;
    expect(payout).toMatchObject({
      amount: '100.50',
      currency: 'USD',
      status: 'pending',
      error_message: null,
    });
    expect(created.headers.get('Location')).toBe(`/api/v1/payouts/${payout.id}`);
    expect(created.headers.get('ETag')).toBe('"0"');

    // Read-your-writes: the read waits for the projector instead of answering 404 before it.
    const own = await fetch(`${base}/api/v1/payouts/${payout.id}/`, {
      headers: { ...auth, 'X-Min-Revision': '0' },
    });
    expect(own.status).toBe(200);
    expect(own.headers.get('X-Read-Model-Stale')).toBeNull();
    expect(((await own.json()) as PayoutResource).id).toBe(payout.id);

    const completed = await eventually(
      async () => {
        const res = await fetch(`${base}/api/v1/payouts/${payout.id}/`, { headers: auth });
        if (res.status !== 200) return undefined;
        const body = (await res.json()) as PayoutResource;
        return body.status === 'completed' ? body : undefined;
      },
      60_000,
      'the payout to complete',
    );
    expect(completed).toMatchObject({ id: payout.id, amount: '100.50', recipient_account: 'ACC-1' });

    const list = await fetch(`${base}/api/v1/payouts`, { headers: auth });
    expect(list.status).toBe(200);
    const page = (await list.json()) as { results: PayoutResource[] };
    expect(page.results.map((p) => p.id)).toContain(payout.id);
  });

  it.each([
    ['negative', '-5'],
    ['zero', '0'],
    ['malformed', '12abc'],
  ])('refuses a %s amount with a problem naming amount', async (_, amount) => {
    const res = await fetch(`${base}/api/v1/payouts/`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ amount, recipient_account: 'ACC-2' }),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toContain('application/problem+json');
    const problem = (await res.json()) as Problem;
    expect(problem.status).toBe(400);
    expect(problem.errors?.map((e) => e.field)).toContain('amount');
  });
});
