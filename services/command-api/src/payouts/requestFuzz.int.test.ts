// Property: whatever body, headers, method and path a client sends, the write API answers without a
// 5xx, and every error is an RFC 9457 problem. fast-check prints the seed of a failing run.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CommandTestApp, createCommandTestApp } from '../testing/commandTestApp.ts';

let t: CommandTestApp;
let pendingId: string;
let cancelledId: string;
beforeAll(async () => {
  t = await createCommandTestApp();
  pendingId = (await t.createPayout()).payout.id;
  cancelledId = (await t.createPayout()).payout.id;
  await t.request('DELETE', `/api/v1/payouts/${cancelledId}`);
});
afterAll(() => t.close());

/** Each field: usually a plausible value (so requests reach the event store), sometimes anything. */
const mostly = <T, U>(plausible: fc.Arbitrary<T>, other: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: plausible, weight: 3 }, { arbitrary: other, weight: 1 });

const amount = mostly(
  fc.constantFrom('100.50', '7', '0.01'),
  fc.oneof(
    fc.constantFrom('0', '-1', '1e3', '0.001', '999999999999', '12345678901.99', '', ' 1', '1.'),
    fc.string({ maxLength: 20 }),
    fc.double().map((d) => (Number.isFinite(d) ? d : 0)),
    fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map((n) => n.toString()),
    fc.boolean(),
    fc.constant(null),
  ),
);

const payoutFields = fc.record(
  {
    amount,
    currency: mostly(
      fc.constantFrom('RUB', 'usd', 'KWD'),
      fc.oneof(fc.constantFrom('JPY', 'XXX', 'EURO', ''), fc.string({ maxLength: 5 })),
    ),
    recipient_account: mostly(
      fc.constant('40817810099910004312'),
      fc.oneof(fc.string({ maxLength: 120 }), fc.integer(), fc.constant(null)),
    ),
    description: mostly(fc.string({ maxLength: 50 }), fc.oneof(fc.constant(null), fc.integer())),
    metadata: mostly(
      fc.constant({ order_id: 'A-1' }),
      fc.oneof(
        fc.dictionary(fc.string({ maxLength: 45 }), fc.oneof(fc.string({ maxLength: 10 }), fc.integer()), {
          maxKeys: 25,
        }),
        fc.string(),
        fc.constant(null),
      ),
    ),
    scheduled_for: mostly(
      fc.constant('2099-01-01T00:00:00Z'),
      fc.oneof(
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        fc.string({ maxLength: 30 }),
        fc.constant(null),
      ),
    ),
  },
  { requiredKeys: ['amount', 'recipient_account'] },
);

/** Mostly plausible bodies (so requests get past validation to the store), some with extra fields. */
const payoutBody = fc.oneof(
  { arbitrary: payoutFields, weight: 4 },
  fc
    .tuple(
      payoutFields,
      fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue(), { minKeys: 1, maxKeys: 2 }),
    )
    .map(([fields, extra]) => ({ ...extra, ...fields })),
);

const body = fc.oneof(
  { arbitrary: payoutBody.map((fields) => JSON.stringify(fields)), weight: 6 },
  fc.json({ maxDepth: 3 }),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('', '{', '{"amount": 1e999999}', '{"amount": 1, "amount": 2}', '\u0000', '[]', 'null'),
);

const headerText = fc.string({
  maxLength: 40,
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
});

const anyPath = fc.oneof(
  fc.constantFrom(
    '/api/v1/payouts',
    '/api/v1/payouts/',
    '/api/v1/payouts/00000000-0000-4000-8000-000000000000',
  ),
  fc.constantFrom('pending', 'cancelled').map((which) => `/api/v1/payouts/${which}`),
  fc.string({ maxLength: 40 }).map((s) => `/api/v1/payouts/${encodeURIComponent(s)}`),
);

/** Mostly the operations the API has, on the payouts that exist; sometimes any method on any path. */
const target = fc.oneof(
  { arbitrary: fc.record({ method: fc.constant('POST'), path: fc.constant('/api/v1/payouts') }), weight: 4 },
  {
    arbitrary: fc.record({
      method: fc.constantFrom('PUT', 'PATCH', 'DELETE'),
      path: fc.constantFrom('pending', 'cancelled').map((which) => `/api/v1/payouts/${which}`),
    }),
    weight: 3,
  },
  fc.record({
    method: fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE', 'GET', 'OPTIONS', 'PURGE'),
    path: anyPath,
  }),
);

const request = fc.record({
  target,
  contentType: fc.oneof(
    { arbitrary: fc.constant('application/json'), weight: 8 },
    fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'application/merge-patch+json',
      'text/plain',
      '',
    ),
    headerText,
  ),
  auth: fc.oneof(
    { arbitrary: fc.constant('acme' as const), weight: 8 },
    fc.constantFrom('globex' as const, 'reader' as const, 'garbage' as const, 'none' as const),
  ),
  idempotencyKey: fc.option(mostly(fc.uuid(), headerText)),
  ifMatch: fc.option(fc.oneof(fc.constantFrom('"0"', '"1"', '*', 'W/"0"', '"0", "1"'), headerText)),
  body: fc.option(body, { freq: 10 }),
});

describe('request fuzzing', () => {
  it('never answers 5xx, and every error is a problem', async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const headers: Record<string, string> = {};
        if (r.auth !== 'none') {
          headers.Authorization = `Bearer ${r.auth === 'garbage' ? 'nope' : t.keys[r.auth]}`;
        }
        if (r.contentType) headers['Content-Type'] = r.contentType;
        if (r.idempotencyKey !== null) headers['Idempotency-Key'] = r.idempotencyKey;
        if (r.ifMatch !== null) headers['If-Match'] = r.ifMatch;
        const { method } = r.target;
        const path = r.target.path
          .replace('/api/v1/payouts/pending', `/api/v1/payouts/${pendingId}`)
          .replace('/api/v1/payouts/cancelled', `/api/v1/payouts/${cancelledId}`);
        const canHaveBody = method !== 'GET';
        const response = await t.app.request(path, {
          method,
          headers,
          ...(canHaveBody && r.body !== null ? { body: r.body } : {}),
        });
        expect(response.status, `${method} ${path}`).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.headers.get('Content-Type')).toBe('application/problem+json');
          const problem = (await response.json()) as { status: number; title: string };
          expect(problem.status).toBe(response.status);
          expect(JSON.stringify(problem)).not.toMatch(/\.ts:\d+|node_modules| {4}at /);
        } else {
          await response.arrayBuffer();
        }
      }),
      { numRuns: 400 },
    );
  });
});
