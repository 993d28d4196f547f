// The bad-input sweep: every endpoint the OpenAPI document lists gets malformed, oversized, wrongly
// typed, injected (SQL, header, path) and unauthorised requests. Each must answer the right 4xx as
// application/problem+json, never a 5xx or a stack trace, and nothing may be written.
import { createHash } from 'node:crypto';
import { createLogger, loadConfig } from '@payouts/platform';
import { createTestDatabase, eventually, type TestDatabase, uniqueBusNames } from '@payouts/platform/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem, systemEnv } from '../start/system.ts';

const WRITER = 'sweep-writer-key-0123456789';
const READER = 'sweep-reader-key-0123456789';
const STRANGER = 'sweep-stranger-key-0123456789';
const AUDITOR = 'sweep-auditor-key-0123456789';
const sha = (key: string) => createHash('sha256').update(key).digest('hex');
const API_KEYS = [
  `writer:tenant-a:payouts:write+payouts:read+webhooks:write+webhooks:read:${sha(WRITER)}`,
  `reader:tenant-a:payouts:read+webhooks:read:${sha(READER)}`,
  `stranger:tenant-b:payouts:write+payouts:read+webhooks:write+webhooks:read:${sha(STRANGER)}`,
  `auditor:tenant-a:audit:read+audit:read:all-tenants:${sha(AUDITOR)}`,
].join(',');

type Case = {
  name: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | ReadableStream<Uint8Array>;
  /** Statuses that are right for this request. */
  expect: number[];
  /** Query parameter or body field the problem must name. */
  names?: string;
};

type OpenApi = {
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string }[]; requestBody?: unknown }>
  >;
};

const SQL = "1' OR '1'='1'; DROP TABLE payouts; --";
const oversized = JSON.stringify({
  amount: '1.00',
  recipient_account: 'A',
  description: 'x'.repeat(70 * 1024),
});

/** Values a typed query parameter must refuse; free-text parameters take any string. */
const FREE_TEXT = new Set(['search', 'recipient_account', 'currency']);

function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 8 * 1024) controller.enqueue(bytes.slice(i, i + 8 * 1024));
      controller.close();
    },
  });
}

function casesFor(
  path: string,
  method: string,
  op: OpenApi['paths'][string][string],
  ids: { own: string; others: string },
): Case[] {
  const m = method.toUpperCase();
  // as-of needs its time; without it the 400 would hide the answer under test.
  const at = path.endsWith('/as-of') ? '?at=2030-01-01T00:00:00Z' : '';
  const concrete = path.replace('{id}', ids.own) + at;
  const hasBody = op.requestBody !== undefined;
  const json = { 'Content-Type': 'application/json' };
  const validBody =
    m === 'PUT'
      ? JSON.stringify({ amount: '5.00', recipient_account: 'B' })
      : path.endsWith('/replay')
        ? JSON.stringify({ from: '2026-01-01T00:00:00Z' })
        : JSON.stringify({ description: 'x' });
  const cases: Case[] = [
    { name: 'no credentials', method: m, path: concrete, expect: [401] },
    {
      name: 'unknown key',
      method: m,
      path: concrete,
      headers: { Authorization: 'Bearer not-a-key' },
      expect: [401],
    },
    {
      name: 'not a bearer',
      method: m,
      path: concrete,
      headers: { Authorization: `Basic ${WRITER}` },
      expect: [401],
    },
    {
      name: 'header injection in the key',
      method: m,
      path: concrete,
      headers: { Authorization: `Bearer ${WRITER}%0d%0aX-Admin: 1` },
      expect: [401],
    },
  ];
  const auth = { Authorization: `Bearer ${WRITER}` };
  if (m !== 'GET') {
    cases.push({
      name: 'read-only key',
      method: m,
      path: concrete,
      headers: { Authorization: `Bearer ${READER}`, ...json },
      body: hasBody ? validBody : undefined,
      expect: [403],
    });
  }
  if (path.includes('/audit/')) {
    cases.push({
      name: 'key without audit:read',
      method: m,
      path: concrete,
      headers: { Authorization: `Bearer ${READER}` },
      expect: [403],
    });
  }
  if (path.includes('{id}')) {
    const body = hasBody ? validBody : undefined;
    cases.push(
      {
        name: "another tenant's payout",
        method: m,
        path: path.replace('{id}', ids.others) + at,
        headers: { ...auth, ...json },
        body,
        expect: [404],
      },
      {
        name: 'unknown id',
        method: m,
        path: path.replace('{id}', '00000000-0000-4000-8000-000000000000') + at,
        headers: { ...auth, ...json },
        body,
        expect: [404],
      },
      {
        name: 'SQL in the id',
        method: m,
        path: path.replace('{id}', encodeURIComponent(SQL)),
        headers: { ...auth, ...json },
        body,
        expect: [400, 404],
      },
      {
        name: 'path traversal in the id',
        method: m,
        path: path.replace('{id}', '..%2F..%2Fetc%2Fpasswd'),
        headers: { ...auth, ...json },
        body,
        expect: [400, 404],
      },
      {
        name: 'huge id',
        method: m,
        path: path.replace('{id}', 'a'.repeat(4_000)),
        headers: { ...auth, ...json },
        body,
        expect: [400, 404, 414],
      },
    );
  }
  for (const param of op.parameters ?? []) {
    if (param.in !== 'query' || FREE_TEXT.has(param.name)) continue;
    for (const bad of [SQL, '-1', 'x'.repeat(2_000)]) {
      cases.push({
        name: `bad ${param.name}=${bad.slice(0, 12)}`,
        method: m,
        path: `${concrete}?${param.name}=${encodeURIComponent(bad)}`,
        headers: auth,
        // min_amount=-1 and similar may be meaningful; an injected or absurd value must not be.
        expect: bad === '-1' ? [200, 400] : [400],
        names: bad === '-1' ? undefined : param.name,
      });
    }
  }
  for (const param of op.parameters ?? []) {
    if (param.in !== 'query' || !FREE_TEXT.has(param.name)) continue;
    cases.push({
      name: `SQL in ${param.name}`,
      method: m,
      path: `${concrete}?${param.name}=${encodeURIComponent(SQL)}`,
      headers: auth,
      expect: [200, 400],
    });
  }
  if (hasBody) {
    const withAuth = { ...auth, ...json };
    cases.push(
      {
        name: 'malformed JSON',
        method: m,
        path: concrete,
        headers: withAuth,
        body: '{"amount": ',
        expect: [400],
      },
      {
        name: 'duplicate keys',
        method: m,
        path: concrete,
        headers: withAuth,
        body: '{"amount":"1","amount":"2","recipient_account":"A"}',
        expect: [400],
      },
      {
        name: 'not JSON content type',
        method: m,
        path: concrete,
        headers: { ...auth, 'Content-Type': 'text/plain' },
        body: validBody,
        expect: [415],
      },
      {
        name: 'form content type',
        method: m,
        path: concrete,
        headers: { ...auth, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'amount=1',
        expect: [415],
      },
      {
        name: 'oversized body',
        method: m,
        path: concrete,
        headers: withAuth,
        body: oversized,
        expect: [413],
      },
      {
        name: 'oversized chunked body',
        method: m,
        path: concrete,
        headers: withAuth,
        body: chunked(oversized),
        expect: [413],
      },
      { name: 'array body', method: m, path: concrete, headers: withAuth, body: '[]', expect: [400] },
      { name: 'string body', method: m, path: concrete, headers: withAuth, body: '"payout"', expect: [400] },
      {
        name: 'wrong types',
        method: m,
        path: concrete,
        headers: withAuth,
        body: JSON.stringify({ amount: {}, recipient_account: 5 }),
        expect: [400],
        names: 'amount',
      },
      {
        name: 'unknown field',
        method: m,
        path: concrete,
        headers: withAuth,
        body: JSON.stringify({ amount: '1.00', recipient_account: 'A', is_admin: true }),
        expect: [400],
        names: 'is_admin',
      },
      {
        name: 'SQL in the amount',
        method: m,
        path: concrete,
        headers: withAuth,
        body: JSON.stringify({ amount: SQL, recipient_account: 'A' }),
        expect: [400],
        names: 'amount',
      },
      {
        name: 'SQL in the currency',
        method: m,
        path: concrete,
        headers: withAuth,
        body: JSON.stringify({ amount: '1.00', currency: "RUB' --", recipient_account: 'A' }),
        expect: [400],
        names: 'currency',
      },
      {
        name: 'float-breaking amount',
        method: m,
        path: concrete,
        headers: withAuth,
        body: '{"amount": 1e400, "recipient_account": "A"}',
        expect: [400],
        names: 'amount',
      },
      {
        name: 'huge recipient',
        method: m,
        path: concrete,
        headers: withAuth,
        body: JSON.stringify({ amount: '1.00', recipient_account: 'A'.repeat(101) }),
        expect: [400],
        names: 'recipient_account',
      },
      {
        name: 'past scheduled_for',
        method: m,
        path: concrete,
        headers: withAuth,
        body: JSON.stringify({
          amount: '1.00',
          recipient_account: 'A',
          scheduled_for: '2001-01-01T00:00:00Z',
        }),
        expect: [400],
        names: 'scheduled_for',
      },
      {
        name: 'null bytes',
        method: m,
        path: concrete,
        headers: withAuth,
        body: JSON.stringify({ amount: '1.00\u0000', recipient_account: 'A' }),
        expect: [400],
      },
    );
    if (m === 'POST') {
      cases.push({
        name: 'huge Idempotency-Key',
        method: m,
        path: concrete,
        headers: { ...withAuth, 'Idempotency-Key': 'k'.repeat(5_000) },
        body: JSON.stringify({ amount: '1.00', recipient_account: 'A' }),
        expect: [400, 431],
      });
    }
  }
  // Only where the route takes If-Match (a redelivery, say, has no revision to condition on).
  const takesIfMatch = (op.parameters ?? []).some((p) => p.in === 'header' && p.name === 'If-Match');
  if (path.includes('{id}') && m !== 'GET' && takesIfMatch) {
    cases.push({
      name: 'garbage If-Match',
      method: m,
      path: concrete,
      headers: { ...auth, ...json, 'If-Match': '"not-a-revision' },
      body: hasBody ? validBody : undefined,
      expect: [400, 412],
    });
  }
  return cases;
}

describe('bad input, on every endpoint', () => {
  let database: TestDatabase;
  let system: RunningSystem;
  let base: string;
  let pool: pg.Pool;
  let spec: OpenApi;
  const ids = { own: '', others: '' };

  const counts = async () => {
    const tables = ['event_store.events', 'payouts', 'idempotency_keys', 'simulated_provider_payments'];
    const result: Record<string, number> = {};
    for (const table of tables) {
      const { rows } = await pool
        .query<{ n: string }>(`select count(*) as n from ${table}`)
        .catch(() => ({ rows: [{ n: '-1' }] }));
      result[table] = Number(rows[0]!.n);
    }
    return result;
  };

  beforeAll(async () => {
    database = await createTestDatabase('sweep');
    const config = loadConfig(systemEnv, {
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      NATS_URL: process.env.NATS_URL,
      ...uniqueBusNames(),
      API_KEYS,
      PORT: '0',
      PROVIDER_LATENCY_MS: '0',
      // Not the subject here: a sweep of hundreds of requests must not meet the rate limit.
      RATE_LIMIT_REQUESTS: '100000',
    });
    system = await startSystem(config, createLogger('sweep', 'silent'));
    base = `http://127.0.0.1:${system.port}`;
    pool = new pg.Pool({ connectionString: database.url, max: 2 });
    const create = async (key: string) => {
      const res = await fetch(`${base}/api/v1/payouts/`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          amount: '10.00',
          recipient_account: 'SWEEP-1',
          scheduled_for: '2099-01-01T00:00:00Z',
        }),
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as { id: string }).id;
    };
    // Scheduled far ahead: they stay pending, so no background event changes the counts.
    ids.own = await create(WRITER);
    ids.others = await create(STRANGER);
    await eventually(
      async () => ((await counts()).payouts === 2 ? true : undefined),
      20_000,
      'both payouts projected',
    );
    spec = (await (await fetch(`${base}/api/v1/openapi.json`)).json()) as OpenApi;
  });

  afterAll(async () => {
    await pool?.end();
    await system?.stop();
    await database?.drop();
  });

  it('answers each with the right 4xx problem, never a 5xx, and writes nothing', async () => {
    const before = await counts();
    const cases: Case[] = [];
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(operations)) cases.push(...casesFor(path, method, op, ids));
    }
    cases.push(
      {
        name: 'PUT on the collection',
        method: 'PUT',
        path: '/api/v1/payouts/',
        headers: { Authorization: `Bearer ${WRITER}` },
        expect: [405],
      },
      {
        name: 'DELETE on the collection',
        method: 'DELETE',
        path: '/api/v1/payouts',
        headers: { Authorization: `Bearer ${WRITER}` },
        expect: [405],
      },
      {
        name: 'POST on a payout',
        method: 'POST',
        path: `/api/v1/payouts/${ids.own}/`,
        headers: { Authorization: `Bearer ${WRITER}`, 'Content-Type': 'application/json' },
        body: '{}',
        expect: [405],
      },
      {
        name: 'unknown path',
        method: 'GET',
        path: '/api/v1/payouts/../../../../etc/passwd',
        headers: { Authorization: `Bearer ${WRITER}` },
        expect: [404],
      },
      { name: 'unknown API version', method: 'GET', path: '/api/v2/payouts/', expect: [404] },
    );
    expect(cases.length).toBeGreaterThan(150);

    const wrong: string[] = [];
    for (const c of cases) {
      const init: RequestInit & { duplex?: 'half' } = { method: c.method, headers: c.headers, body: c.body };
      if (c.body instanceof ReadableStream) init.duplex = 'half';
      // Audit-wide endpoints need the audit scope to get past authorisation to the input checks.
      if (
        c.path.includes('/audit/') &&
        c.headers?.Authorization === `Bearer ${WRITER}` &&
        c.name !== 'key without audit:read'
      ) {
        init.headers = { ...c.headers, Authorization: `Bearer ${AUDITOR}` };
      }
      let res: Response;
      try {
        res = await fetch(`${base}${c.path}`, init);
      } catch (err) {
        // An oversized request may be cut off before it is fully sent; anything else is wrong.
        if (c.expect.includes(413)) continue;
        wrong.push(`${c.method} ${c.path.slice(0, 80)} [${c.name}]: ${(err as Error).message}`);
        continue;
      }
      const text = await res.text();
      const label = `${c.method} ${c.path.slice(0, 80)} [${c.name}] -> ${res.status}`;
      if (!c.expect.includes(res.status))
        wrong.push(`${label}, expected ${c.expect.join('/')}: ${text.slice(0, 200)}`);
      if (res.status >= 400) {
        if (!res.headers.get('Content-Type')?.includes('application/problem+json'))
          wrong.push(`${label}: not a problem`);
        if (/\bat .+\.(ts|js):\d+/.test(text) || /stack/i.test(text))
          wrong.push(`${label}: leaks a stack trace`);
        if (c.names && !text.includes(c.names))
          wrong.push(`${label}: does not name ${c.names}: ${text.slice(0, 200)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await counts()).toEqual(before);
  });
});
