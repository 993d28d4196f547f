import { payoutStreamName } from '@payouts/contracts';
import {
  createKysely,
  createLogger,
  createPostgresEventStore,
  type EventStore,
  mintApiKey,
  parseApiKeys,
} from '@payouts/platform';
import { eventually } from '@payouts/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommandApp } from '../app.ts';
import { type CommandTestApp, createCommandTestApp } from '../testing/commandTestApp.ts';
import { idempotentPayoutId, requestFingerprint } from './fingerprint.ts';
import { retireIdempotencyKeys } from './legacyKeys.ts';

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

/** The claim binding a key of tenant acme, as the event store holds it. */
async function claimOf(key: string): Promise<{ value: string }[]> {
  const { rows } = await t.pool.query<{ value: string }>(
    "select value from event_store.claims where scope = 'idempotency' and key = $1",
    [`acme:${key}`],
  );
  return rows;
}

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

  it('lets the retry create the payout when the key is claimed for its body but no payout exists', async () => {
    // A key that was reserved, and not yet appended, when the keys were copied into claims.
    const payload = { ...body, description: 'crash before append' };
    const fingerprint = requestFingerprint(payload);
    const payoutId = idempotentPayoutId('acme', 'key-crash-1', fingerprint);
    const claimed = await t.pool.query(
      `insert into event_store.claims (scope, key, value, expires_at)
       values ('idempotency', 'acme:key-crash-1', $1, now() + interval '96 hours')`,
      [fingerprint],
    );
    expect(claimed.rowCount).toBe(1);
    const retry = await post('key-crash-1', payload);
    expect(retry.status).toBe(201);
    expect(((await retry.json()) as { id: string }).id).toBe(payoutId);
    expect(await t.eventStore.readStream(payoutStreamName(payoutId))).toHaveLength(1);
  });

  it('answers the original response when the answer to the creating request was lost', async () => {
    const payload = { ...body, description: 'crash after append' };
    const first = await post('key-crash-2', payload);
    const firstBody = await first.text();
    const before = await requestedCount();
    const retry = await post('key-crash-2', payload);
    expect(retry.status).toBe(201);
    expect(await retry.text()).toBe(firstBody);
    expect(retry.headers.get('ETag')).toBe('"0"');
    expect(await requestedCount()).toBe(before);
    expect(await claimOf('key-crash-2')).toEqual([{ value: requestFingerprint(payload) }]);
  });

  it('replays the original even after the payout moved on (the response is the one first sent)', async () => {
    const first = await post('key-moved-on');
    const { id } = (await first.clone().json()) as { id: string };
    const cancel = await t.request('DELETE', `/api/v1/payouts/${id}`);
    expect(cancel.status).toBe(200);
    const again = await post('key-moved-on');
    expect(await again.json()).toEqual(await first.json());
  });

  it('replays the original for a retry whose scheduled_for has passed since, which a new key refuses', async () => {
    const payload = { ...body, scheduled_for: new Date(Date.now() + 1_500).toISOString() };
    const first = await post('key-schedule-passed', payload);
    expect(first.status).toBe(201);
    await new Promise((r) => setTimeout(r, 1_700));
    const again = await post('key-schedule-passed', payload);
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await again.text()).toBe(await first.text());
    const fresh = await post('key-schedule-passed-new', payload);
    expect(fresh.status).toBe(400);
    expect(((await fresh.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('scheduled_for');
  });

  it('honours a key for the retention period, then lets it be used again', async () => {
    expect((await post('key-expired')).status).toBe(201);
    const claimedAgo = (hours: number) =>
      t.pool.query(
        `update event_store.claims set claimed_at = now() - $1::interval,
           expires_at = now() - $1::interval + interval '96 hours'
         where scope = 'idempotency' and key = 'acme:key-expired'`,
        [`${hours} hours`],
      );
    await claimedAgo(71);
    expect((await post('key-expired', { ...body, amount: '1.00' })).status).toBe(409);
    await claimedAgo(97);
    const reused = await post('key-expired', { ...body, amount: '1.00' });
    expect(reused.status).toBe(201);
    expect(((await reused.json()) as { amount: string }).amount).toBe('1.00');
  });

  it('purges records past retention and refuses a retention under 72 hours', async () => {
    await post('key-purged');
    await t.pool.query(
      `update event_store.claims set claimed_at = now() - interval '200 hours',
         expires_at = now() - interval '104 hours' where key = 'acme:key-purged'`,
    );
    // A store purges when it first writes a claim, then hourly: a fresh one (a restarted process).
    const store = await createPostgresEventStore(t.pool, createKysely<unknown>(t.pool), {
      schema: 'event_store',
      migrate: false,
    });
    try {
      const response = await createCommandApp({
        eventStore: store,
        apiKeys: parseApiKeys(writer.configLine),
        logger: createLogger('test', 'silent'),
        rateLimit: { requests: 0, windowSeconds: 1 },
      }).request('/api/v1/payouts', {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${writer.key}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': 'key-purge-trigger',
        },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(201);
      await eventually(async () => expect(await claimOf('key-purged')).toHaveLength(0));
    } finally {
      await store.close();
    }
    expect(() =>
      createCommandApp({
        eventStore: t.eventStore,
        apiKeys: [],
        logger: createLogger('test', 'silent'),
        rateLimit: { requests: 0, windowSeconds: 1 },
        idempotencyRetentionHours: 71,
      }),
    ).toThrow(/72 hours/);
  });

  it('answers two concurrent requests with one key and two bodies with one 201 and one 409, one payout', async () => {
    const before = await requestedCount();
    const [a, b] = await Promise.all([
      post('key-pair-differ', { ...body, description: 'a' }),
      post('key-pair-differ', { ...body, description: 'b' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const created = (a.status === 201 ? a : b).clone();
    const { id } = (await created.json()) as { id: string };
    expect(await t.events(id)).toHaveLength(1);
    expect(await requestedCount()).toBe(before + 1);
  });

  it('answers two concurrent identical requests with the same 201, one of them replayed, one payout', async () => {
    const before = await requestedCount();
    const payload = { ...body, description: 'pair' };
    const [a, b] = await Promise.all([post('key-pair-same', payload), post('key-pair-same', payload)]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(await a.text()).toBe(await b.text());
    expect([a, b].map((r) => r.headers.get('Idempotent-Replayed')).sort()).toEqual([null, 'true'].sort());
    expect(await requestedCount()).toBe(before + 1);
  });
});

const writer = mintApiKey({ id: 'purger', tenant: 'acme', scopes: ['payouts:write'] });

describe('keys recorded before claims (the idempotency_keys table of migration 001)', () => {
  /** The table as migration 001 left it, with one live key, one expired key and one in flight. */
  async function legacyTable(prefix: string) {
    await t.pool.query(
      `create table idempotency_keys (
         tenant_id text not null, key text not null, fingerprint text not null, payout_id uuid not null,
         response_status integer, response_headers jsonb, response_body text,
         created_at timestamptz not null default now(), primary key (tenant_id, key))`,
    );
    const row = (key: string, payload: unknown, ago: string, answered: boolean) =>
      t.pool.query(
        `insert into idempotency_keys (tenant_id, key, fingerprint, payout_id, response_status, created_at)
         values ('acme', $1, $2, $3, $4, now() - $5::interval)`,
        [
          key,
          requestFingerprint(payload),
          idempotentPayoutId('acme', key, requestFingerprint(payload)),
          answered ? 201 : null,
          ago,
        ],
      );
    await row(`${prefix}-live`, body, '10 hours', true);
    await row(`${prefix}-expired`, body, '97 hours', true);
    await row(`${prefix}-in-flight`, { ...body, description: 'in flight' }, '1 minute', false);
  }
  const tableExists = async () =>
    (await t.pool.query("select to_regclass('idempotency_keys') is not null as present")).rows[0]
      ?.present as boolean;

  it('are copied into the claims (same event store database) and keep binding their body', async () => {
    await legacyTable('legacy-pg');
    expect(
      await retireIdempotencyKeys(t.pool, t.eventStore, {
        retentionHours: 96,
        eventStoreSchema: 'event_store',
      }),
    ).toBeNull();
    expect(await tableExists()).toBe(false);
    expect((await post('legacy-pg-live', { ...body, amount: '9.99' })).status).toBe(409);
    expect((await post('legacy-pg-expired', { ...body, amount: '9.99' })).status).toBe(201);
    expect((await post('legacy-pg-in-flight', { ...body, description: 'in flight' })).status).toBe(201);
    expect((await post('legacy-pg-in-flight', body)).status).toBe(409);
  });

  it('are read, while any is live, when the claims are in another server (KurrentDB)', async () => {
    await legacyTable('legacy-kdb');
    const legacy = await retireIdempotencyKeys(
      t.pool,
      { kind: 'kurrentdb' },
      {
        retentionHours: 96,
        eventStoreSchema: 'event_store',
      },
    );
    expect(await tableExists()).toBe(true);
    const fingerprint = requestFingerprint(body);
    const other = requestFingerprint({ ...body, amount: '9.99' });
    expect(
      await legacy?.boundToOtherBody({ tenant: 'acme', key: 'legacy-kdb-live', fingerprint: other }),
    ).toBe(true);
    expect(await legacy?.boundToOtherBody({ tenant: 'acme', key: 'legacy-kdb-live', fingerprint })).toBe(
      false,
    );
    expect(
      await legacy?.boundToOtherBody({ tenant: 'acme', key: 'legacy-kdb-expired', fingerprint: other }),
    ).toBe(false);
    // Once no row is live, a start-up drops the table.
    await t.pool.query("update idempotency_keys set created_at = now() - interval '100 hours'");
    expect(
      await retireIdempotencyKeys(
        t.pool,
        { kind: 'kurrentdb' },
        { retentionHours: 96, eventStoreSchema: 'event_store' },
      ),
    ).toBeNull();
    expect(await tableExists()).toBe(false);
  });
});

describe('a keyed create that fails half-way because a dependency went away', () => {
  type Fault = 'append lost' | 'append committed, answer lost' | 'replay read lost';
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
        async readStream(...args: Parameters<EventStore['readStream']>) {
          if (fault === 'replay read lost') throw lost();
          return t.eventStore.readStream(...args);
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

  // The keyed create is one append (key claimed with the payout's first event), then, for a copy of a
  // request that already created its payout, one read to rebuild the first answer.
  for (const [name, replayed, claimed] of [
    ['append lost', false, false],
    ['append committed, answer lost', true, true],
    ['replay read lost', true, true],
  ] as const) {
    it(`answers 503 with Retry-After, and the retry gets the one payout (${name})`, async () => {
      const idempotencyKey = `key-outage-${name.replaceAll(/\W+/g, '-')}`;
      const before = await requestedCount();
      // A replay needs a payout created first (by a request whose answer did reach its client).
      if (name === 'replay read lost') expect((await create(idempotencyKey, name)).status).toBe(201);
      fault = name;
      const refused = await create(idempotencyKey, name);
      fault = null;
      expect(refused.status).toBe(503);
      expect(refused.headers.get('Retry-After')).toBe('5');
      expect(((await refused.json()) as { type: string }).type).toBe('/problems/unavailable');
      // What it leaves behind: the key claimed for this body with its payout, or nothing at all.
      const fingerprint = requestFingerprint({ ...body, description: name });
      expect(await claimOf(idempotencyKey)).toEqual(claimed ? [{ value: fingerprint }] : []);

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
