import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CommandTestApp, createCommandTestApp } from '../testing/commandTestApp.ts';

let now = new Date('2026-11-26T10:00:00.000Z');
let t: CommandTestApp;
beforeAll(async () => {
  t = await createCommandTestApp({ clock: () => now });
});
afterAll(() => t.close());

type Problem = { status: number; errors?: { field: string }[]; payout_status?: string; detail?: string };

async function problemOf(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  return (await response.json()) as Problem;
}

const tick = () => {
  now = new Date(now.getTime() + 1000);
};

describe('PATCH /api/v1/payouts/{id}', () => {
  it('changes only the fields sent, appends PayoutUpdated and answers the new ETag', async () => {
    const { payout } = await t.createPayout({ description: 'first', metadata: { a: '1' } });
    tick();
    const response = await t.request('PATCH', `/api/v1/payouts/${payout.id}/`, { body: { amount: '75.5' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('ETag')).toBe('"1"');
    expect(await response.json()).toMatchObject({
      amount: '75.50',
      description: 'first',
      metadata: { a: '1' },
      status: 'pending',
      updated_at: now.toISOString(),
    });
    const events = await t.events(payout.id);
    expect(events.map((e) => e.type)).toEqual(['PayoutRequested', 'PayoutUpdated']);
    expect(events[1]?.data).toMatchObject({ changes: { amount: '75.50' } });
    expect(events[1]?.metadata.actor).toBe('acme-writer');
  });

  it('keeps a new scheduled_for in UTC', async () => {
    const { payout } = await t.createPayout();
    const response = await t.request('PATCH', `/api/v1/payouts/${payout.id}`, {
      body: { scheduled_for: '2027-01-01T03:00:00+03:00' },
    });
    expect(await response.json()).toMatchObject({ scheduled_for: '2027-01-01T00:00:00.000Z' });
  });

  it('clears description and scheduled_for with null', async () => {
    const { payout } = await t.createPayout({ description: 'x', scheduled_for: '2027-01-01T00:00:00Z' });
    const response = await t.request('PATCH', `/api/v1/payouts/${payout.id}`, {
      body: { description: null, scheduled_for: null },
    });
    expect(await response.json()).toMatchObject({ description: null, scheduled_for: null });
  });

  it.each([
    ['an empty body', {}, '(body)'],
    ['an unknown field', { is_admin: true }, 'is_admin'],
    ['only read-only fields, which change nothing', { status: 'completed' }, '(body)'],
    ['an amount the currency cannot hold', { currency: 'JPY' }, 'amount'],
    ['a past scheduled_for', { scheduled_for: '2020-01-01T00:00:00Z' }, 'scheduled_for'],
    ['an unknown currency', { currency: 'ABC' }, 'currency'],
  ])('refuses %s with a 400 naming the field', async (_name, body, field) => {
    const { payout } = await t.createPayout();
    const problem = await problemOf(await t.request('PATCH', `/api/v1/payouts/${payout.id}`, { body }), 400);
    expect(problem.errors?.map((e) => e.field)).toContain(field);
    expect(await t.events(payout.id)).toHaveLength(1);
  });
});

describe('PUT /api/v1/payouts/{id}', () => {
  it('replaces every editable field; omitted optional ones return to their defaults', async () => {
    const { payout } = await t.createPayout({
      currency: 'USD',
      description: 'old',
      metadata: { a: '1' },
      scheduled_for: '2027-01-01T00:00:00Z',
    });
    const response = await t.request('PUT', `/api/v1/payouts/${payout.id}`, {
      body: { amount: 10, recipient_account: 'new-account' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      id: payout.id,
      amount: '10.00',
      currency: 'RUB',
      recipient_account: 'new-account',
      description: null,
      metadata: {},
      scheduled_for: null,
    });
  });

  it('needs the required fields', async () => {
    const { payout } = await t.createPayout();
    const problem = await problemOf(
      await t.request('PUT', `/api/v1/payouts/${payout.id}`, { body: { amount: '1.00' } }),
      400,
    );
    expect(problem.errors?.map((e) => e.field)).toEqual(['recipient_account']);
  });
});

describe('DELETE /api/v1/payouts/{id}', () => {
  it('cancels a pending payout: 200 with the cancelled payout, history kept', async () => {
    const { payout } = await t.createPayout();
    const response = await t.request('DELETE', `/api/v1/payouts/${payout.id}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('ETag')).toBe('"1"');
    expect(await response.json()).toMatchObject({ id: payout.id, status: 'cancelled' });
    expect((await t.events(payout.id)).map((e) => e.type)).toEqual(['PayoutRequested', 'PayoutCancelled']);
  });

  it('refuses to act on a payout that is no longer pending: 409 saying its status', async () => {
    const { payout } = await t.createPayout();
    await t.request('DELETE', `/api/v1/payouts/${payout.id}`);
    for (const [method, body] of [
      ['DELETE', undefined],
      ['PATCH', { amount: '1.00' }],
      ['PUT', { amount: '1.00', recipient_account: 'x' }],
    ] as const) {
      const problem = await problemOf(await t.request(method, `/api/v1/payouts/${payout.id}`, { body }), 409);
      expect(problem.payout_status).toBe('cancelled');
      expect(problem.detail).toMatch(/cancelled/);
    }
  });
});

describe('If-Match', () => {
  it('makes a change conditional on the ETag: current passes, stale is a 412', async () => {
    const { payout, etag } = await t.createPayout();
    const first = await t.request('PATCH', `/api/v1/payouts/${payout.id}`, {
      body: { description: 'by A' },
      headers: { 'If-Match': etag },
    });
    expect(first.status).toBe(200);
    const stale = await t.request('PATCH', `/api/v1/payouts/${payout.id}`, {
      body: { description: 'by B' },
      headers: { 'If-Match': etag },
    });
    await problemOf(stale, 412);
    expect(stale.headers.get('ETag')).toBe('"1"');
    await problemOf(
      await t.request('DELETE', `/api/v1/payouts/${payout.id}`, { headers: { 'If-Match': etag } }),
      412,
    );
    await problemOf(
      await t.request('DELETE', `/api/v1/payouts/${payout.id}`, { headers: { 'If-Match': 'W/"1"' } }),
      412,
    );
    const cancel = await t.request('DELETE', `/api/v1/payouts/${payout.id}`, {
      headers: { 'If-Match': `"0", ${first.headers.get('ETag')}` },
    });
    expect(cancel.status).toBe(200);
    expect((await t.events(payout.id)).map((e) => e.data)).toHaveLength(3);
  });

  it('lets only one of two writers holding the same ETag win', async () => {
    const { payout, etag } = await t.createPayout();
    const results = await Promise.all(
      ['one', 'two', 'three'].map((description) =>
        t.request('PATCH', `/api/v1/payouts/${payout.id}`, {
          body: { description },
          headers: { 'If-Match': etag },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 412, 412]);
    expect(await t.events(payout.id)).toHaveLength(2);
  });
});

describe('tenants and ids', () => {
  it("answers another tenant's payout as not found, and changes nothing", async () => {
    const { payout } = await t.createPayout();
    for (const [method, body] of [
      ['DELETE', undefined],
      ['PATCH', { amount: '1.00' }],
      ['PUT', { amount: '1.00', recipient_account: 'x' }],
    ] as const) {
      await problemOf(
        await t.request(method, `/api/v1/payouts/${payout.id}`, { key: t.keys.globex, body }),
        404,
      );
    }
    expect(await t.events(payout.id)).toHaveLength(1);
  });

  it('answers an unknown id with 404 and a malformed one with 400 naming it', async () => {
    await problemOf(await t.request('DELETE', '/api/v1/payouts/0b0a4e0e-7c55-4c4b-9d7e-6a0f2f5e8c11'), 404);
    const problem = await problemOf(
      await t.request('PATCH', '/api/v1/payouts/not-a-uuid', { body: { amount: '1' } }),
      400,
    );
    expect(problem.errors?.map((e) => e.field)).toContain('id');
  });

  it('answers other methods on a payout with 405 and Allow', async () => {
    const { payout } = await t.createPayout();
    const response = await t.request('POST', `/api/v1/payouts/${payout.id}`, { body: {} });
    await problemOf(response, 405);
    expect(response.headers.get('Allow')).toBe('GET, HEAD, PUT, PATCH, DELETE');
    const options = await t.request('OPTIONS', `/api/v1/payouts/${payout.id}`);
    expect(options.status).toBe(204);
    expect(options.headers.get('Allow')).toBe('GET, HEAD, PUT, PATCH, DELETE');
  });
});
