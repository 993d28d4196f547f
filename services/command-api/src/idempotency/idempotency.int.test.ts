import { payoutStreamName } from '@payouts/contracts';
import { createLogger, type EventStore, mintApiKey, parseApiKeys } from '@payouts/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommandApp } from '../app.ts';
import { type CommandTestApp, createCommandTestApp } from '../testing/commandTestApp.ts';
import { idempotentPayoutId, requestFingerprint } from './fingerprint.ts';
import { createIdempotencyStore } from './store.ts';

let t: CommandTestApp;
beforeAll(async () => {
  t = await createCommandTestApp();
});
afterAll(() => t.close());

const body = { amount: '250.00', currency: 'EUR', recipient_account: 'DE89370400440532013000' };
const post = (key: string, payload: unknown = body, apiKey?: string) =>
  t.request('POST', '/api/v1/payouts', {
    body: payload,
    headers: { 'Idempotency-Key': key },
    ...(apiKey ? { key: apiKey } : {}),
  });

async function requestedCount(): Promise<number> {
  const { rows } = await t.pool.query<{ n: string }>(
    "select count(*) as n from event_store.events where type = 'PayoutRequested'",
  );
  return Number(rows[0]!.n);
}

describe('Idempotency-Key', () => {
  it('replays the original response (status, body, headers) for the same key and body', async () => {
    const first = await post('key-replay');
    expect(first.status).toBe(201);
    const firstBody = await first.text();
    const again = await post('key-replay', {
      recipient_account: body.recipient_account,
      currency: 'EUR',
      amount: '250.00',
    });
    expect(again.status).toBe(201);
    expect(await again.text()).toBe(firstBody);
    expect(again.headers.get('Location')).toBe(first.headers.get('Location'));
    expect(again.headers.get('ETag')).toBe(first.headers.get('ETag'));
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    const id = (JSON.parse(firstBody) as { id: string }).id;
    expect(await t.events(id)).toHaveLength(1);
  });

  it('treats a JSON number and its decimal string as the same body', async () => {
    const first = await post('key-number', '{"amount": 250.00, "currency": "EUR", "recipient_account": "x"}');
    const again = await post(
      'key-number',
      '{"amount": "250.00", "currency": "EUR", "recipient_account": "x"}',
    );
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(await first.json());
  });

  it('refuses the same key with a different body: 409 naming the header', async () => {
    expect((await post('key-conflict')).status).toBe(201);
    const response = await post('key-conflict', { ...body, amount: '251.00' });
    expect(response.status).toBe(409);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    const problem = (await response.json()) as { errors: { field: string }[] };
    expect(problem.errors[0]?.field).toBe('Idempotency-Key');
  });

  it('scopes keys to the tenant: two tenants with one key get two payouts', async () => {
    const acme = await post('key-shared');
    const globex = await post('key-shared', body, t.keys.globex);
    expect(acme.status).toBe(201);
    expect(globex.status).toBe(201);
    expect(((await acme.json()) as { id: string }).id).not.toBe(((await globex.json()) as { id: string }).id);
  });

  it('does not bind a key to a refused body, so the corrected retry succeeds', async () => {
    const refused = await post('key-fixed', { ...body, amount: '-1' });
    expect(refused.status).toBe(400);
    expect((await post('key-fixed')).status).toBe(201);
  });

  it('refuses a malformed key with a 400 naming it', async () => {
    const response = await post('has spaces in it');
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { field: string }[] };
    expect(problem.errors[0]?.field).toBe('Idempotency-Key');
    expect((await post('k'.repeat(256))).status).toBe(400);
  });

  it('creates exactly one payout from 100 concurrent identical requests', async () => {
    const before = await requestedCount();
    const payload = { ...body, description: 'concurrent' };
    const responses = await Promise.all(Array.from({ length: 100 }, () => post('key-concurrent', payload)));
    const statuses = responses.map((r) => r.status);
    expect(new Set(statuses)).toEqual(new Set([201]));
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(new Set(bodies).size).toBe(1);
    expect(new Set(responses.map((r) => r.headers.get('ETag')))).toEqual(new Set(['"0"']));
    expect(await requestedCount()).toBe(before + 1);
    expect(responses.filter((r) => r.headers.get('Idempotent-Replayed') === null).length).toBe(1);
  });

  it('lets only one body win when concurrent requests share a key but not a body', async () => {
    const before = await requestedCount();
    const bodies = Array.from({ length: 20 }, (_, i) => ({
      ...body,
      description: i % 2 === 0 ? 'even' : 'odd',
    }));
    const responses = await Promise.all(bodies.map((b) => post('key-race', b)));
    const created = responses.filter((r) => r.status === 201);
    const refused = responses.filter((r) => r.status === 409);
    expect(created.length + refused.length).toBe(20);
    const descriptions = new Set(
      await Promise.all(created.map(async (r) => ((await r.json()) as { description: string }).description)),
    );
    expect(descriptions.size).toBe(1);
    expect(created.length).toBe(10);
    expect(await requestedCount()).toBe(before + 1);
  });

  it('loses nothing when a process died after reserving the key and before appending', async () => {
    const payload = { ...body, description: 'crash before append' };
    const fingerprint = requestFingerprint(payload);
    const payoutId = idempotentPayoutId('acme', 'key-crash-1', fingerprint);
    expect(
      await t.idempotency.reserve({ tenant: 'acme', key: 'key-crash-1', fingerprint, payoutId }),
    ).toEqual({
      kind: 'proceed',
    });
    const retry = await post('key-crash-1', payload);
    expect(retry.status).toBe(201);
    expect(((await retry.json()) as { id: string }).id).toBe(payoutId);
    expect(await t.eventStore.readStream(payoutStreamName(payoutId))).toHaveLength(1);
  });

  it('answers the original response when a process died after appending, before recording it', async () => {
    const payload = { ...body, description: 'crash after append' };
    const first = await post('key-crash-2', payload);
    const firstBody = await first.text();
    await t.pool.query(
      "update idempotency_keys set response_status = null, response_body = null, response_headers = null where key = 'key-crash-2'",
    );
    const before = await requestedCount();
    const retry = await post('key-crash-2', payload);
    expect(retry.status).toBe(201);
    expect(await retry.text()).toBe(firstBody);
    expect(retry.headers.get('ETag')).toBe('"0"');
    expect(await requestedCount()).toBe(before);
    const { rows } = await t.pool.query(
      "select response_status from idempotency_keys where key = 'key-crash-2'",
    );
    expect(rows[0]?.response_status).toBe(201);
  });

  it('replays the original even after the payout moved on (the response is the one first sent)', async () => {
    const first = await post('key-moved-on');
    const { id } = (await first.clone().json()) as { id: string };
    const cancel = await t.request('DELETE', `/api/v1/payouts/${id}`);
    expect(cancel.status).toBe(200);
    const again = await post('key-moved-on');
    expect(await again.json()).toEqual(await first.json());
  });

  it('honours a key for the retention period, then lets it be used again', async () => {
    expect((await post('key-expired')).status).toBe(201);
    await t.pool.query(
      "update idempotency_keys set created_at = now() - interval '71 hours' where key = 'key-expired'",
    );
    expect((await post('key-expired', { ...body, amount: '1.00' })).status).toBe(409);
    await t.pool.query(
      "update idempotency_keys set created_at = now() - interval '97 hours' where key = 'key-expired'",
    );
    const reused = await post('key-expired', { ...body, amount: '1.00' });
    expect(reused.status).toBe(201);
    expect(((await reused.json()) as { amount: string }).amount).toBe('1.00');
  });

  it('purges records past retention and refuses a retention under 72 hours', async () => {
    await post('key-purged');
    await t.pool.query(
      "update idempotency_keys set created_at = now() - interval '200 hours' where key = 'key-purged'",
    );
    expect(await t.idempotency.purgeExpired()).toBeGreaterThanOrEqual(1);
    const { rows } = await t.pool.query("select 1 from idempotency_keys where key = 'key-purged'");
    expect(rows).toHaveLength(0);
    expect(() => createIdempotencyStore(t.pool, { retentionHours: 71 })).toThrow(/72 hours/);
  });
});

describe('a keyed create that fails half-way because a dependency went away', () => {
  type Fault = 'append lost' | 'append committed, answer lost' | 'record lost';
  let fault: Fault | null = null;
  const lost = () => new Error('Connection terminated unexpectedly');
  const key = mintApiKey({ id: 'flaky', tenant: 'acme', scopes: ['payouts:write'] });
  const app = () =>
    createCommandApp({
      eventStore: {
        ...t.eventStore,
        async append(...args: Parameters<EventStore['append']>) {
          if (fault === 'append lost') throw lost();
          const result = await t.eventStore.append(...args);
          if (fault === 'append committed, answer lost') throw lost();
          return result;
        },
      },
      idempotency: {
        ...t.idempotency,
        async complete(input) {
          if (fault === 'record lost') throw lost();
          return t.idempotency.complete(input);
        },
      },
      apiKeys: parseApiKeys(key.configLine),
      logger: createLogger('test', 'silent'),
      rateLimit: { requests: 0, windowSeconds: 1 },
    });
  const create = (idempotencyKey: string, description: string) =>
    app().request('/api/v1/payouts', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${key.key}`,
        'Content-Type': 'application/json',
        'Idempotency-Key': idempotencyKey,
      },
      body: JSON.stringify({ ...body, description }),
    });

  for (const [name, replayed] of [
    ['append lost', false],
    ['append committed, answer lost', true],
    ['record lost', true],
  ] as const) {
    it(`answers 503 with Retry-After, and the retry gets the one payout (${name})`, async () => {
      const idempotencyKey = `key-outage-${name.replaceAll(/\W+/g, '-')}`;
      const before = await requestedCount();
      fault = name;
      const refused = await create(idempotencyKey, name);
      fault = null;
      expect(refused.status).toBe(503);
      expect(refused.headers.get('Retry-After')).toBe('5');
      expect(((await refused.json()) as { type: string }).type).toBe('/problems/unavailable');
      // What it leaves behind: the key reserved for this body, no answer recorded yet.
      const { rows } = await t.pool.query(
        'select response_status from idempotency_keys where tenant_id = $1 and key = $2',
        ['acme', idempotencyKey],
      );
      expect(rows).toEqual([{ response_status: null }]);

      const retry = await create(idempotencyKey, name);
      expect(retry.status).toBe(201);
      expect(retry.headers.get('Idempotent-Replayed')).toBe(replayed ? 'true' : null);
      const payout = (await retry.json()) as { id: string };
      const again = await create(idempotencyKey, name);
      expect(again.headers.get('Idempotent-Replayed')).toBe('true');
      expect(((await again.json()) as { id: string }).id).toBe(payout.id);
      expect(await requestedCount()).toBe(before + 1);
    });
  }
});
