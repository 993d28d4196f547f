import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CommandTestApp, createCommandTestApp } from '../testing/commandTestApp.ts';

const NOW = new Date('2026-11-26T10:00:00.000Z');
let t: CommandTestApp;
beforeAll(async () => {
  t = await createCommandTestApp({ clock: () => NOW });
});
afterAll(() => t.close());

const valid = { amount: '100.50', recipient_account: '40817810099910004312' };

async function problemOf(response: Response) {
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  const body = (await response.json()) as { status: number; errors?: { field: string; message: string }[] };
  expect(body.status).toBe(response.status);
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+/); // no stack frames
  return body;
}

describe('POST /api/v1/payouts', () => {
  it('creates a pending payout: 201 with Location and the revision as ETag', async () => {
    const response = await t.request('POST', '/api/v1/payouts/', {
      body: {
        ...valid,
        description: 'Refund',
        metadata: { order_id: 'A-1' },
        scheduled_for: '2026-12-01T12:00:00+03:00',
      },
    });
    expect(response.status).toBe(201);
    const payout = (await response.json()) as Record<string, unknown>;
    expect(response.headers.get('Location')).toBe(`/api/v1/payouts/${payout.id}`);
    expect(response.headers.get('ETag')).toBe('"0"');
    expect(payout).toMatchObject({
      amount: '100.50',
      currency: 'RUB',
      status: 'pending',
      description: 'Refund',
      metadata: { order_id: 'A-1' },
      scheduled_for: '2026-12-01T09:00:00.000Z', // kept in UTC
      error_message: null,
      created_at: NOW.toISOString(),
    });
  });

  it('records the API key id as the actor of the event', async () => {
    const { payout } = await t.createPayout();
    const [event] = await t.events(payout.id);
    expect(event?.type).toBe('PayoutRequested');
    expect(event?.metadata.actor).toBe('acme-writer');
    expect(event?.data).toMatchObject({ tenant_id: 'acme' });
  });

  it('takes a JSON number as its exact text, never through a float', async () => {
    const response = await t.request('POST', '/api/v1/payouts', {
      body: '{"amount": 1234567890.12, "recipient_account": "x"}',
    });
    expect(response.status).toBe(201);
    expect(((await response.json()) as { amount: string }).amount).toBe('1234567890.12');
    const small = await t.request('POST', '/api/v1/payouts', {
      body: '{"amount": 0.3, "recipient_account": "x"}',
    });
    expect(((await small.json()) as { amount: string }).amount).toBe('0.30');
  });

  it('reads the currency case-insensitively and checks its minor unit', async () => {
    expect((await t.createPayout({ currency: 'usd' })).payout.currency).toBe('USD');
    expect((await t.createPayout({ currency: 'KWD', amount: '1.125' })).payout.amount).toBe('1.125');
    const jpy = await t.request('POST', '/api/v1/payouts', { body: { ...valid, currency: 'JPY' } });
    expect(jpy.status).toBe(400);
    expect((await problemOf(jpy)).errors?.[0]?.field).toBe('amount');
  });

  it.each([
    ['a negative amount', { ...valid, amount: '-5' }, 'amount'],
    ['a zero amount', { ...valid, amount: '0.00' }, 'amount'],
    ['a malformed amount', { ...valid, amount: '12,5' }, 'amount'],
    ['more than 12 digits', { ...valid, amount: '12345678901.00' }, 'amount'],
    ['a boolean amount', { ...valid, amount: true }, 'amount'],
    ['an unknown currency', { ...valid, currency: 'XYZ' }, 'currency'],
    ['no recipient', { amount: '1.00' }, 'recipient_account'],
    ['an empty recipient', { ...valid, recipient_account: '' }, 'recipient_account'],
    ['a past scheduled_for', { ...valid, scheduled_for: '2026-11-26T09:59:59Z' }, 'scheduled_for'],
    ['a scheduled_for that is not a time', { ...valid, scheduled_for: 'tomorrow' }, 'scheduled_for'],
    ['a non-string metadata value', { ...valid, metadata: { a: 1 } }, 'metadata.a'],
    [
      'too many metadata keys',
      { ...valid, metadata: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v'])) },
      'metadata',
    ],
    ['an unknown field', { ...valid, colour: 'red' }, 'colour'],
  ])('refuses %s with a 400 naming the field', async (_name, body, field) => {
    const response = await t.request('POST', '/api/v1/payouts', { body });
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.errors?.map((e) => e.field)).toContain(field);
  });

  it('answers malformed JSON with 400, other media types with 415', async () => {
    const malformed = await t.request('POST', '/api/v1/payouts', { body: '{"amount": ' });
    expect(malformed.status).toBe(400);
    await problemOf(malformed);
    const notAnObject = await t.request('POST', '/api/v1/payouts', { body: '[1, 2]' });
    expect(notAnObject.status).toBe(400);
    await problemOf(notAnObject);
    const form = await t.request('POST', '/api/v1/payouts', {
      body: 'amount=1',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    await problemOf(form);
  });

  it('refuses bodies over 64 KiB with 413, with a length and when chunked without one', async () => {
    const big = JSON.stringify({ ...valid, description: 'x'.repeat(70 * 1024) });
    const sized = await t.request('POST', '/api/v1/payouts', { body: big });
    expect(sized.status).toBe(413);
    await problemOf(sized);
    const chunks = [big.slice(0, 40_000), big.slice(40_000)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const chunked = await t.app.request('/api/v1/payouts', {
      method: 'POST',
      headers: { Authorization: `Bearer ${t.keys.acme}`, 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    await problemOf(chunked);
  });

  it('needs a valid API key with the write scope', async () => {
    const none = await t.app.request('/api/v1/payouts', { method: 'POST', body: JSON.stringify(valid) });
    expect(none.status).toBe(401);
    expect(none.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    await problemOf(none);
    const wrong = await t.request('POST', '/api/v1/payouts', { key: 'not-a-key', body: valid });
    expect(wrong.status).toBe(401);
    const readOnly = await t.request('POST', '/api/v1/payouts', { key: t.keys.reader, body: valid });
    expect(readOnly.status).toBe(403);
    await problemOf(readOnly);
  });

  it('answers other methods on the collection with 405 and Allow', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const response = await t.request(method, '/api/v1/payouts/', { body: valid });
      expect(response.status).toBe(405);
      expect(response.headers.get('Allow')).toBe('GET, HEAD, POST');
      await problemOf(response);
    }
  });
});
