// The bad-input sweep: every endpoint the OpenAPI document lists gets malformed, oversized, wrongly
// typed, injected (SQL, header, path) and unauthorised requests, text the database cannot store as
// sent (NUL, unpaired surrogates) or that an identifier must not hold (control characters), dates no
// calendar or database has (Feb 30, Apr 31, year 0000) in every date and time input and in tampered
// page cursors. Each must answer the right 4xx as application/problem+json naming the field, never a
// 5xx or a stack trace, and nothing may be written. Upper-case payout ids name the same payout on
// every route.
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

type Schema = { type?: string | string[]; format?: string; anyOf?: Schema[]; items?: Schema };
type Operation = {
  tags?: string[];
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
  responses: Record<string, unknown>;
};
type OpenApi = { paths: Record<string, Record<string, Operation>> };

/** A date or date-time input, by the format its schema declares. */
const isTime = (schema: Schema | undefined): boolean =>
  schema !== undefined &&
  (schema.format === 'date' || schema.format === 'date-time' || (schema.anyOf ?? []).some(isTime));

/** Text PostgreSQL cannot store: everywhere a 400. */
const UNSTORABLE = {
  NUL: 'ab\u0000cd',
  'a lone high surrogate': 'ab\ud800cd',
  'a lone low surrogate': '\udfff',
};
/** Characters an account must not hold, though the database could store them. */
const NOT_IN_ACCOUNT = {
  BEL: 'A\u0007B',
  ESC: 'A\u001bB',
  DEL: 'A\u007fB',
  'a C1 control': 'A\u0085B',
  'a right-to-left override': 'A\u202eB',
  'a line feed': 'A\nB',
};
/** Days that do not exist, and a year PostgreSQL has not. */
const IMPOSSIBLE_DAYS = ['2026-02-30', '2026-04-31', '2026-02-29', '0000-01-01'];
/** Query text PostgreSQL cannot take or an identifier must not hold, percent-encoded: NUL, a C1 control. */
const UNSTORABLE_QUERY = ['ab%00cd', '%00', 'A%C2%85B'];
/**
 * A surrogate's bytes (not UTF-8): no unpaired surrogate survives decoding, and Hono keeps a sequence
 * it cannot decode as the literal text, so this searches for `ab%ED%A0%80cd`. Never a 5xx; a 400 for
 * a query string that is not UTF-8 belongs to request parsing (platform), beside invalid bodies.
 */
const UNDECODABLE_QUERY = 'ab%ED%A0%80cd';
/** A page cursor as the list issues them, holding `value` as its boundary's created_at. */
const cursorAt = (value: string) =>
  Buffer.from(
    JSON.stringify({ o: '-created_at', v: [value], i: '0b0a4e0e-7c55-4c4b-9d7e-6a0f2f5e8c11', d: 'n' }),
  ).toString('base64url');

const SQL = "1' OR '1'='1'; DROP TABLE payouts; --";
const oversized = JSON.stringify({
  amount: '1.00',
  recipient_account: 'A',
  description: 'x'.repeat(70 * 1024),
});

/** Values a typed query parameter must refuse; free-text parameters take any string. */
const FREE_TEXT = new Set(['search', 'recipient_account', 'currency']);

/**
 * Each request body the document declares, by its schema: the smallest body the route accepts, and
 * its text fields with how to put a text into each. A body route the sweep does not know fails the
 * sweep, so a new one is described here the day it is added.
 */
type BodyShape = {
  valid: Record<string, unknown>;
  text: [field: string, put: (text: string) => Record<string, unknown>][];
  /** The payout's own rules (amounts, accounts, schedules) are tried too. */
  payout: boolean;
};
const PAYOUT_TEXT: BodyShape['text'] = [
  ['recipient_account', (text) => ({ recipient_account: text })],
  ['description', (text) => ({ description: text })],
  ['metadata', (text) => ({ metadata: { [`key${text}`]: 'v' } })],
  ['metadata.order', (text) => ({ metadata: { order: text } })],
  ['currency', (text) => ({ currency: text })],
];
const WEBHOOK_ENDPOINT_TEXT: BodyShape['text'] = [
  ['url', (text) => ({ url: `http://127.0.0.1:9/${text}` })],
  ['description', (text) => ({ description: text })],
];
const BODIES: Record<string, BodyShape> = {
  CreatePayout: { valid: { amount: '1.00', recipient_account: 'A' }, text: PAYOUT_TEXT, payout: true },
  ReplacePayout: { valid: { amount: '1.00', recipient_account: 'A' }, text: PAYOUT_TEXT, payout: true },
  UpdatePayout: { valid: { amount: '1.00', recipient_account: 'A' }, text: PAYOUT_TEXT, payout: true },
  CreateWebhookEndpoint: {
    valid: { url: 'http://127.0.0.1:9/hooks' },
    text: WEBHOOK_ENDPOINT_TEXT,
    payout: false,
  },
  UpdateWebhookEndpoint: { valid: { description: 'x' }, text: WEBHOOK_ENDPOINT_TEXT, payout: false },
  WebhookReplayRequest: {
    valid: { from: '2026-01-01T00:00:00Z' },
    text: [
      ['from', (text) => ({ from: text })],
      ['to', (text) => ({ to: text })],
    ],
    payout: false,
  },
};

function bodyShapeOf(op: Operation): BodyShape | undefined {
  const ref = op.requestBody?.content['application/json']?.schema.$ref;
  if (op.requestBody === undefined) return undefined;
  const shape = BODIES[ref?.split('/').pop() ?? ''];
  if (!shape) throw new Error(`the sweep has no body for ${ref ?? 'an inline schema'}: add it to BODIES`);
  return shape;
}

function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 8 * 1024) controller.enqueue(bytes.slice(i, i + 8 * 1024));
      controller.close();
    },
  });
}

type Ids = { own: string; others: string; endpoint: string; othersEndpoint: string };

function casesFor(path: string, method: string, op: OpenApi['paths'][string][string], ids: Ids): Case[] {
  const m = method.toUpperCase();
  // The resource the path names: a webhook endpoint on its paths, else a payout (a delivery or a
  // replay id that names nothing is a 404 like any unknown id).
  const endpointPath = path.startsWith('/api/v1/webhook-endpoints/');
  const own = endpointPath ? ids.endpoint : ids.own;
  const others = endpointPath ? ids.othersEndpoint : ids.others;
  // as-of needs its time; without it the 400 would hide the answer under test.
  const at = path.endsWith('/as-of') ? '?at=2030-01-01T00:00:00Z' : '';
  const concrete = path.replace('{id}', own) + at;
  const withQuery = (query: string) => `${concrete}${concrete.includes('?') ? '&' : '?'}${query}`;
  // HEAD, OPTIONS and 405 answers: any status the document lists for them is right.
  const listed = op.responses ? Object.keys(op.responses).map(Number) : [];
  const protocol = op.tags?.includes('http') === true && m !== 'HEAD';
  const shape = bodyShapeOf(op);
  const hasBody = shape !== undefined;
  const json = { 'Content-Type': 'application/json' };
  const validBody = JSON.stringify(shape?.valid ?? {});
  const bodyWith = (fields: Record<string, unknown>) => JSON.stringify({ ...shape?.valid, ...fields });
  const unauthorised = protocol ? listed : [401];
  const cases: Case[] = [
    { name: 'no credentials', method: m, path: concrete, expect: unauthorised },
    {
      name: 'unknown key',
      method: m,
      path: concrete,
      headers: { Authorization: 'Bearer not-a-key' },
      expect: unauthorised,
    },
    {
      name: 'not a bearer',
      method: m,
      path: concrete,
      headers: { Authorization: `Basic ${WRITER}` },
      expect: unauthorised,
    },
    {
      name: 'header injection in the key',
      method: m,
      path: concrete,
      headers: { Authorization: `Bearer ${WRITER}%0d%0aX-Admin: 1` },
      expect: unauthorised,
    },
  ];
  const auth = { Authorization: `Bearer ${WRITER}` };
  if (protocol) {
    // OPTIONS and the 405s: their own answer whoever asks, or the refusal of a key first.
    cases.push({ name: 'as documented', method: m, path: concrete, headers: auth, expect: listed });
    return cases;
  }
  if (m !== 'GET' && m !== 'HEAD') {
    cases.push({
      name: 'read-only key',
      method: m,
      path: concrete,
      headers: { Authorization: `Bearer ${READER}`, ...json },
      body: hasBody ? validBody : undefined,
      expect: [403],
    });
  }
  if (path.includes('/audit/') && m === 'GET') {
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
        path: path.replace('{id}', others) + at,
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
  const queryParams = (op.parameters ?? []).filter((p) => p.in === 'query');
  for (const param of queryParams) {
    if (FREE_TEXT.has(param.name)) continue;
    for (const bad of [SQL, '-1', 'x'.repeat(2_000)]) {
      cases.push({
        name: `bad ${param.name}=${bad.slice(0, 12)}`,
        method: m,
        path: withQuery(`${param.name}=${encodeURIComponent(bad)}`),
        headers: auth,
        // min_amount=-1 and similar may be meaningful; an injected or absurd value must not be.
        expect: bad === '-1' ? [200, 400] : [400],
        names: bad === '-1' ? undefined : param.name,
      });
    }
  }
  for (const param of queryParams) {
    if (!FREE_TEXT.has(param.name)) continue;
    cases.push({
      name: `SQL in ${param.name}`,
      method: m,
      path: withQuery(`${param.name}=${encodeURIComponent(SQL)}`),
      headers: auth,
      expect: [200, 400],
    });
  }
  // Text the database cannot store, in every query parameter (typed ones refuse it by their type).
  for (const param of queryParams) {
    for (const bad of UNSTORABLE_QUERY) {
      cases.push({
        name: `unstorable ${param.name}=${bad}`,
        method: m,
        path: withQuery(`${param.name}=${bad}`),
        headers: auth,
        expect: [400],
        names: param.name,
      });
    }
  }
  for (const param of queryParams) {
    cases.push({
      name: `undecodable ${param.name}`,
      method: m,
      path: withQuery(`${param.name}=${UNDECODABLE_QUERY}`),
      headers: auth,
      expect: [200, 400],
    });
  }
  // Numbers past 64 bits where the database compares them (a replay failed mid-answer on these).
  for (const param of queryParams.filter((p) => p.name.endsWith('_position'))) {
    for (const bad of ['1:99999999999999999999', '99999999999999999999:1', '9223372036854775808:0']) {
      cases.push({
        name: `oversized ${param.name}=${bad}`,
        method: m,
        path: withQuery(`${param.name}=${bad}`),
        headers: auth,
        expect: [400],
        names: param.name,
      });
    }
  }
  // Impossible dates in every date and time input.
  for (const param of queryParams.filter((p) => isTime(p.schema))) {
    for (const day of IMPOSSIBLE_DAYS) {
      const value = param.schema?.format === 'date' ? day : `${day}T00:00:00Z`;
      cases.push({
        name: `impossible ${param.name}=${value}`,
        method: m,
        path: withQuery(`${param.name}=${encodeURIComponent(value)}`),
        headers: auth,
        expect: [400],
        names: param.name,
      });
    }
  }
  if (queryParams.some((p) => p.name === 'cursor')) {
    for (const day of IMPOSSIBLE_DAYS) {
      cases.push({
        name: `tampered cursor at ${day}`,
        method: m,
        path: withQuery(`cursor=${cursorAt(`${day}T12:25:44.334000Z`)}`),
        headers: auth,
        expect: [400],
        names: 'cursor',
      });
    }
  }
  // Header parameters with bytes outside ASCII (fetch cannot send NUL in a header).
  for (const param of (op.parameters ?? []).filter((p) => p.in === 'header')) {
    cases.push({
      name: `non-ASCII ${param.name}`,
      method: m,
      path: concrete,
      headers: { ...auth, 'Content-Type': 'application/json', [param.name]: '\u00ff\u00fe' },
      body: hasBody
        ? m === 'PUT' || m === 'POST'
          ? JSON.stringify({ amount: '1.00', recipient_account: 'A', scheduled_for: '2001-01-01T00:00:00Z' })
          : JSON.stringify({ scheduled_for: '2001-01-01T00:00:00Z' })
        : undefined,
      // Refused as malformed, or taken as the opaque value it is (a stale ETag, a new correlation id);
      // the bodies are refused in any case, so nothing is written.
      expect: [400, 404, 412, 200, 304],
    });
  }
  if (shape) {
    const withAuth = { ...auth, ...json };
    const refused = (
      name: string,
      body: string | ReadableStream<Uint8Array>,
      expect: number[],
      names?: string,
    ) => cases.push({ name, method: m, path: concrete, headers: withAuth, body, expect, names });
    refused('malformed JSON', '{"amount": ', [400]);
    refused('duplicate keys', '{"description":"1","description":"2"}', [400]);
    cases.push(
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
    );
    refused('oversized body', oversized, [413]);
    refused('oversized chunked body', chunked(oversized), [413]);
    refused('array body', '[]', [400]);
    refused('string body', '"payout"', [400]);
    refused('unknown field', bodyWith({ is_admin: true }), [400], 'is_admin');
    refused('null bytes in a key', bodyWith({ 'description\u0000': 'x' }), [400]);
    // Every text field, with text the database cannot store, and with controls where they cannot be.
    for (const [field, put] of shape.text) {
      for (const [what, text] of Object.entries(UNSTORABLE)) {
        refused(`${what} in ${field}`, bodyWith(put(text)), [400], field);
      }
    }
    if (shape.text.some(([field]) => field === 'description')) {
      refused('ESC in description', bodyWith({ description: 'x\u001by' }), [400], 'description');
    }
    if (shape.payout) {
      refused('wrong types', JSON.stringify({ amount: {}, recipient_account: 5 }), [400], 'amount');
      refused('SQL in the amount', bodyWith({ amount: SQL }), [400], 'amount');
      refused('SQL in the currency', bodyWith({ currency: "RUB' --" }), [400], 'currency');
      refused('float-breaking amount', '{"amount": 1e400, "recipient_account": "A"}', [400], 'amount');
      refused('huge recipient', bodyWith({ recipient_account: 'A'.repeat(101) }), [400], 'recipient_account');
      refused('null bytes', bodyWith({ amount: '1.00\u0000' }), [400]);
      for (const [what, text] of Object.entries(NOT_IN_ACCOUNT)) {
        refused(
          `${what} in recipient_account`,
          bodyWith({ recipient_account: text }),
          [400],
          'recipient_account',
        );
      }
      for (const [what, when] of [
        ['past', '2001-01-01T00:00:00Z'],
        ['year 0000', '0000-01-01T00:00:00Z'],
        ['Feb 30', '2099-02-30T00:00:00Z'],
      ]) {
        refused(`a scheduled_for ${what}`, bodyWith({ scheduled_for: when }), [400], 'scheduled_for');
      }
    }
    if (m === 'POST' && shape.payout) {
      cases.push({
        name: 'huge Idempotency-Key',
        method: m,
        path: concrete,
        headers: { ...withAuth, 'Idempotency-Key': 'k'.repeat(5_000) },
        body: validBody,
        expect: [400, 431],
      });
    }
  }
  // Only where the route takes If-Match (a redelivery, say, has no revision to condition on).
  const takesIfMatch = (op.parameters ?? []).some((p) => p.in === 'header' && p.name === 'If-Match');
  if (path.includes('{id}') && m !== 'GET' && m !== 'HEAD' && takesIfMatch) {
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
  const ids: Ids = { own: '', others: '', endpoint: '', othersEndpoint: '' };

  const counts = async () => {
    const tables = [
      'event_store.events',
      'payouts',
      'event_store.claims',
      'simulated_provider_payments',
      'webhook_endpoints',
      'webhook_secrets',
      'webhook_deliveries',
      'webhook_replays',
    ];
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
    const createEndpoint = async (key: string) => {
      const res = await fetch(`${base}/api/v1/webhook-endpoints`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
        // Disabled at once below: nothing is delivered, so no background write changes the counts.
        body: JSON.stringify({ url: 'http://127.0.0.1:9/hooks' }),
      });
      expect(res.status).toBe(201);
      const { id } = (await res.json()) as { id: string };
      const disabled = await fetch(`${base}/api/v1/webhook-endpoints/${id}`, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ status: 'disabled' }),
      });
      expect(disabled.status).toBe(200);
      return id;
    };
    ids.endpoint = await createEndpoint(WRITER);
    ids.othersEndpoint = await createEndpoint(STRANGER);
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
      if (res.status >= 500) wrong.push(`${label}: a server error`);
      if (res.status >= 400) {
        if (!res.headers.get('Content-Type')?.includes('application/problem+json'))
          wrong.push(`${label}: not a problem`);
        if (/\bat .+\.(ts|js):\d+/.test(text) || /stack/i.test(text))
          wrong.push(`${label}: leaks a stack trace`);
        // A HEAD answer has no body to name anything in.
        const fields =
          c.method === 'HEAD' ? [] : ((JSON.parse(text) as { errors?: { field: string }[] }).errors ?? []);
        if (c.names && c.method !== 'HEAD' && !fields.some((f) => f.field === c.names))
          wrong.push(`${label}: does not name ${c.names}: ${text.slice(0, 200)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('names one payout by its id in any letter case, on every route that takes an id', async () => {
    const auth = { Authorization: `Bearer ${WRITER}`, 'Content-Type': 'application/json' };
    const created = await fetch(`${base}/api/v1/payouts/`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        amount: '3.00',
        recipient_account: 'CASE-1',
        scheduled_for: '2099-01-01T00:00:00Z',
      }),
    });
    const payout = (await created.json()) as { id: string; created_at: string };
    const upper = payout.id.toUpperCase();
    await eventually(
      async () =>
        (await fetch(`${base}/api/v1/payouts/${payout.id}/`, { headers: auth })).ok ? true : undefined,
      20_000,
      'the payout projected',
    );
    const answers: string[] = [];
    // Every operation of the document whose path takes an id, reads first, the cancel last.
    const order = ['get', 'head', 'options', 'patch', 'put', 'delete'];
    const operations = Object.entries(spec.paths)
      .filter(([path]) => path.startsWith('/api/v1/payouts/') && path.includes('{id}'))
      .flatMap(([path, item]) =>
        Object.entries(item)
          .filter(
            ([method, op]) =>
              order.includes(method) &&
              !(op.tags?.includes('http') && method !== 'head' && method !== 'options'),
          )
          .map(([method]) => [path, method] as const),
      )
      .sort((a, b) => order.indexOf(a[1]) - order.indexOf(b[1]));
    expect(operations.length).toBeGreaterThanOrEqual(10);
    for (const [path, method] of operations) {
      const query = path.endsWith('/as-of') ? `?at=${encodeURIComponent(payout.created_at)}` : '';
      const body =
        method === 'put'
          ? JSON.stringify({
              amount: '4.00',
              recipient_account: 'CASE-1',
              scheduled_for: '2099-01-01T00:00:00Z',
            })
          : method === 'patch'
            ? JSON.stringify({ description: 'upper-case id' })
            : undefined;
      const response = await fetch(`${base}${path.replace('{id}', upper)}${query}`, {
        method: method.toUpperCase(),
        headers: auth,
        body,
      });
      const text = await response.text();
      answers.push(`${method} ${path} -> ${response.status}`);
      expect(response.status, `${method} ${path}: ${text.slice(0, 200)}`).toBeLessThan(300);
      if (text !== '' && method !== 'options') {
        expect(text, `${method} ${path}`).toContain(payout.id);
        expect(text, `${method} ${path}`).not.toContain(upper);
      }
    }
    expect(answers.some((a) => a.startsWith('delete'))).toBe(true);
  });

  it('finds a payout as of its own created_at, every time', async () => {
    const auth = { Authorization: `Bearer ${WRITER}`, 'Content-Type': 'application/json' };
    for (let i = 0; i < 5; i++) {
      const created = await fetch(`${base}/api/v1/payouts/`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({
          amount: '1.00',
          recipient_account: `ASOF-${i}`,
          scheduled_for: '2099-01-01T00:00:00Z',
        }),
      });
      const payout = (await created.json()) as { id: string; created_at: string };
      const asOf = await fetch(
        `${base}/api/v1/payouts/${payout.id}/as-of?at=${encodeURIComponent(payout.created_at)}`,
        { headers: auth },
      );
      expect(asOf.status, await asOf.clone().text()).toBe(200);
      expect(((await asOf.json()) as { revision: string }).revision).toBe('0');
    }
  });
});
