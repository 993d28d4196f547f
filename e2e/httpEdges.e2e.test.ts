// The HTTP edge as clients meet it, through `npm start` (startSystem) and through command-api and
// query-api each run alone as a process: error answers keep the headers their code sets, every
// answer of a limited route carries RateLimit, validation messages are plain English, an aborted
// body is no server error, an early rejection closes its connection cleanly, a body must be UTF-8
// JSON without traps, list links never carry the request's Host, an audit key sees its own tenant,
// and while PostgreSQL is away the APIs answer 503 with Retry-After and an idempotent retry after
// recovery gets the one payout.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AuditEvent } from '@payouts/contracts';
import { loadConfig } from '@payouts/platform';
import {
  createTestDatabase,
  eventually,
  TEST_DATABASE_URL,
  TEST_NATS_URL,
  type TestDatabase,
  uniqueBusNames,
} from '@payouts/platform/testing';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTcpProxy, type TcpProxy } from '../platform/src/eventStore/testing/tcpProxy.ts';
import { type RunningSystem, startSystem, systemEnv } from '../start/system.ts';

const sha = (key: string) => createHash('sha256').update(key).digest('hex');
const keyOf = (name: string) => `edge-${name}-key-0123456789`;

/** Each test spends its own keys' buckets, so the small limits below meet no other test's requests. */
const KEYS: Record<string, { tenant: string; scopes: string }> = {
  headers: { tenant: 'tenant-a', scopes: 'payouts:write+payouts:read' },
  burst: { tenant: 'tenant-a', scopes: 'payouts:write+payouts:read' },
  everyAnswer: { tenant: 'tenant-a', scopes: 'payouts:write+payouts:read+audit:read' },
  messages: { tenant: 'tenant-a', scopes: 'payouts:write+payouts:read' },
  aborted: { tenant: 'tenant-a', scopes: 'payouts:write+payouts:read' },
  connection: { tenant: 'tenant-a', scopes: 'payouts:write+payouts:read' },
  body: { tenant: 'tenant-body', scopes: 'payouts:write+payouts:read' },
  host: { tenant: 'tenant-host', scopes: 'payouts:write+payouts:read' },
  writerA: { tenant: 'tenant-a', scopes: 'payouts:write+payouts:read' },
  writerB: { tenant: 'tenant-b', scopes: 'payouts:write+payouts:read' },
  auditB: { tenant: 'tenant-b', scopes: 'audit:read' },
  auditAll: { tenant: 'ops', scopes: 'audit:read:all-tenants' },
  processHeaders: { tenant: 'tenant-p', scopes: 'payouts:write+payouts:read' },
  outage: { tenant: 'tenant-outage', scopes: 'payouts:write+payouts:read' },
  outageAgain: { tenant: 'tenant-outage', scopes: 'payouts:write+payouts:read' },
};
const API_KEYS = Object.entries(KEYS)
  .map(([name, k]) => `${name}:${k.tenant}:${k.scopes}:${sha(keyOf(name))}`)
  .join(',');
const auth = (name: string) => ({ Authorization: `Bearer ${keyOf(name)}` });
const json = { 'Content-Type': 'application/json' };
const validBody = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ amount: '10.00', recipient_account: 'EDGE-1', ...extra });

type ProblemBody = {
  type: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
};

/** Burst size per key of both buckets in the all-in-one system; nothing refills during the run. */
const LIMIT = 10;

describe('the HTTP edge of npm start', () => {
  let database: TestDatabase;
  let system: RunningSystem;
  let base: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('edges');
    const config = loadConfig(systemEnv, {
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      NATS_URL: TEST_NATS_URL,
      ...uniqueBusNames(),
      API_KEYS,
      PORT: '0',
      PROVIDER_LATENCY_MS: '0',
      RATE_LIMIT_REQUESTS: String(LIMIT),
      RATE_LIMIT_WINDOW_SECONDS: '3600',
      READ_RATE_LIMIT_REQUESTS: String(LIMIT),
      READ_RATE_LIMIT_WINDOW_SECONDS: '3600',
    });
    const logger = pino(
      { level: 'info', base: { service: 'edges' } },
      { write: (line: string) => logLines.push(line) },
    );
    system = await startSystem(config, logger);
    base = `http://127.0.0.1:${system.port}`;
  });

  afterAll(async () => {
    await system?.stop();
    await database?.drop();
  });

  it('keeps the headers each error answer sets: 401, 405, 415 and 429', async () => {
    const unauthenticated = await fetch(`${base}/api/v1/payouts/`);
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('WWW-Authenticate')).toBe('Bearer realm="payouts"');
    expect(unauthenticated.headers.get('Content-Type')).toBe('application/problem+json');

    const put = await fetch(`${base}/api/v1/payouts/`, { method: 'PUT', headers: auth('headers') });
    expect(put.status).toBe(405);
    expect(put.headers.get('Allow')).toBe('GET, HEAD, POST');
    expect(put.headers.get('RateLimit')).toMatch(/^"default";r=\d+;t=\d+$/);

    const text = await fetch(`${base}/api/v1/payouts/`, {
      method: 'POST',
      headers: { ...auth('headers'), 'Content-Type': 'text/plain' },
      body: validBody(),
    });
    expect(text.status).toBe(415);
    expect(text.headers.get('Accept-Post')).toBe('application/json');
    expect(text.headers.get('RateLimit-Policy')).toBe(`"default";q=${LIMIT};w=3600`);

    const answers: Response[] = [];
    for (let i = 0; i <= LIMIT; i++) {
      answers.push(
        await fetch(`${base}/api/v1/payouts/`, {
          method: 'POST',
          headers: { ...auth('burst'), ...json },
          body: '{"amount": ',
        }),
      );
    }
    expect(answers.map((r) => r.status)).toEqual([...Array(LIMIT).fill(400), 429]);
    const limited = answers.at(-1)!;
    expect(limited.headers.get('Content-Type')).toBe('application/problem+json');
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(limited.headers.get('RateLimit')).toMatch(/^"default";r=0;t=\d+$/);
    expect(limited.headers.get('RateLimit-Policy')).toBe(`"default";q=${LIMIT};w=3600`);
    expect(((await limited.json()) as ProblemBody).type).toBe('/problems/rate-limited');
  });

  it('puts RateLimit on every answer of a limited route, 4xx included', async () => {
    const key = auth('everyAnswer');
    const created = await fetch(`${base}/api/v1/payouts/`, {
      method: 'POST',
      headers: { ...key, ...json },
      body: validBody({ scheduled_for: '2099-01-01T00:00:00Z' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const unknown = randomUUID();
    const answers = [
      created,
      await fetch(`${base}/api/v1/payouts/`, { method: 'POST', headers: { ...key, ...json }, body: '{}' }),
      await fetch(`${base}/api/v1/payouts/${unknown}/`, { method: 'DELETE', headers: key }),
      await fetch(`${base}/api/v1/payouts/${id}/`, {
        method: 'DELETE',
        headers: { ...key, 'If-Match': '"7"' },
      }),
      await fetch(`${base}/api/v1/payouts/`, { headers: key }),
      await fetch(`${base}/api/v1/payouts/?limit=0`, { headers: key }),
      await fetch(`${base}/api/v1/payouts/${unknown}/`, { headers: key }),
      await fetch(`${base}/api/v1/payouts/${unknown}/history`, { headers: key }),
      await fetch(`${base}/api/v1/reports/daily?from=2026-01-02&to=2026-01-01`, { headers: key }),
      await fetch(`${base}/api/v1/reports/daily`, { headers: key }),
    ];
    expect(answers.map((r) => r.status)).toEqual([201, 400, 404, 412, 200, 400, 404, 404, 400, 200]);
    for (const answer of answers) {
      expect(answer.headers.get('RateLimit'), `${answer.url} ${answer.status}`).toMatch(
        /^"default";r=\d+;t=\d+$/,
      );
      expect(answer.headers.get('RateLimit-Policy')).toBe(`"default";q=${LIMIT};w=3600`);
    }
  });

  it('words validation errors in plain English naming the rule', async () => {
    const key = auth('messages');
    const errorsOf = async (response: Response) => {
      expect(response.status).toBe(400);
      return Object.fromEntries(
        ((await response.json()) as ProblemBody).errors!.map((e) => [e.field, e.message] as const),
      );
    };
    const post = (body: string) =>
      fetch(`${base}/api/v1/payouts/`, { method: 'POST', headers: { ...key, ...json }, body });

    expect(await errorsOf(await post('{}'))).toEqual({ amount: 'required', recipient_account: 'required' });
    expect(
      await errorsOf(await post(validBody({ recipient_account: 'A'.repeat(101), currency: 5 }))),
    ).toEqual({
      recipient_account: 'must be at most 100 characters',
      currency: 'must be a string',
    });
    expect(await errorsOf(await post(validBody({ recipient_account: '' })))).toEqual({
      recipient_account: 'must not be empty',
    });
    expect(await errorsOf(await fetch(`${base}/api/v1/payouts/?limit=101`, { headers: key }))).toEqual({
      limit: 'must be at most 100',
    });
    expect(await errorsOf(await fetch(`${base}/api/v1/reports/daily?status=paid`, { headers: key }))).toEqual(
      {
        status: 'must be one of: pending, processing, completed, failed, cancelled',
      },
    );
    // A rule the schema words itself keeps its words.
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v']));
    expect(await errorsOf(await post(validBody({ metadata: many })))).toEqual({
      metadata: 'must have at most 20 keys',
    });
  });

  it('counts a request whose client went away mid-body as 499, not a 5xx, and logs no error', async () => {
    const socket = connect(system.port, '127.0.0.1');
    await once(socket, 'connect');
    socket.write(
      [
        'POST /api/v1/payouts/ HTTP/1.1',
        'Host: 127.0.0.1',
        `Authorization: Bearer ${keyOf('aborted')}`,
        'Content-Type: application/json',
        'Content-Length: 100',
        '',
        '{"am',
      ].join('\r\n'),
    );
    await sleep(200);
    socket.destroy();

    const metrics = await eventually(
      async () => {
        const text = await (await fetch(`${base}/metrics`)).text();
        return /http_request_duration_seconds_count\{service="command-api",method="POST",[^}]*status="499"\} 1/.test(
          text,
        )
          ? text
          : undefined;
      },
      10_000,
      'the aborted request to be counted',
    );
    expect(metrics).not.toMatch(/http_request_duration_seconds_count\{[^}]*status="5\d\d"\}/);
    expect(logLines.filter((line) => /"level":50|unhandled error/.test(line))).toEqual([]);
  });

  it('closes the connection after refusing a body it did not read, so the next request on it works', async () => {
    const key = auth('connection');
    const big = (bytes: number) => validBody({ description: 'x'.repeat(bytes) });
    const refusals = [
      { status: 413, headers: { ...key, ...json }, body: big(200 * 1024) },
      { status: 413, headers: { ...key, ...json }, body: big(1024 * 1024) },
      { status: 401, headers: json, body: big(200 * 1024) },
    ];
    for (const refusal of refusals) {
      // Node's fetch keeps one connection alive per origin and reuses it for the requests that follow.
      const refused = await fetch(`${base}/api/v1/payouts/`, {
        method: 'POST',
        headers: refusal.headers,
        body: refusal.body,
      });
      expect(refused.status).toBe(refusal.status);
      expect(refused.headers.get('Connection')).toBe('close');
      await refused.text();
      for (let i = 0; i < 2; i++) {
        const next = await fetch(`${base}/healthz`);
        expect(next.status).toBe(200);
        await next.text();
      }
    }
    // A body read to the end keeps the connection.
    const accepted = await fetch(`${base}/api/v1/payouts/`, {
      method: 'POST',
      headers: { ...key, ...json },
      body: '{}',
    });
    expect(accepted.status).toBe(400);
    expect(accepted.headers.get('Connection')).toBe('keep-alive');
  });

  it('refuses bodies that are not UTF-8 JSON, nest too deep or carry __proto__, and stores none of them', async () => {
    const key = auth('body');
    const post = (body: string | Uint8Array, contentType = 'application/json') =>
      fetch(`${base}/api/v1/payouts/`, {
        method: 'POST',
        headers: { ...key, 'Content-Type': contentType },
        body,
      });
    const invalidUtf8 = Buffer.concat([
      Buffer.from('{"amount":"1.00","recipient_account":"'),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
      Buffer.from('"}'),
    ]);
    const notUtf8 = await post(invalidUtf8);
    expect(notUtf8.status).toBe(400);
    expect(((await notUtf8.json()) as ProblemBody).detail).toMatch(/UTF-8/);

    for (const charset of ['utf-16', 'latin1', 'iso-8859-1']) {
      const other = await post(validBody(), `application/json; charset=${charset}`);
      expect(other.status, charset).toBe(415);
      expect(other.headers.get('Accept-Post')).toBe('application/json');
    }

    const depth = 30_000;
    const deep = await post(
      validBody({ metadata: '@' }).replace('"@"', `${'['.repeat(depth)}${']'.repeat(depth)}`),
    );
    expect(deep.status).toBe(400);
    const deepProblem = (await deep.json()) as ProblemBody;
    expect(JSON.stringify(deepProblem)).not.toMatch(/call stack/i);
    expect(deepProblem.detail).toMatch(/nest/);

    for (const body of [
      '{"amount":"1.00","recipient_account":"A","metadata":{"__proto__":{"order":"1"}}}',
      '{"amount":"1.00","recipient_account":"A","metadata":{"order":"1","__proto__":"x"}}',
      '{"__proto__":{"amount":"1.00"},"amount":"1.00","recipient_account":"A"}',
    ]) {
      const proto = await post(body);
      expect(proto.status, body).toBe(400);
      const problem = (await proto.json()) as ProblemBody;
      expect(problem.errors?.map((e) => e.field).join()).toMatch(/__proto__/);
    }

    // UTF-8 named explicitly, in any spelling, is fine; so is an account in any script.
    for (const contentType of ['application/json; charset=utf-8', 'application/json;charset="UTF-8"']) {
      expect((await post(validBody({ recipient_account: 'Счёт-1' }), contentType)).status).toBe(201);
    }
    const page = await eventually(
      async () => {
        const list = (await (await fetch(`${base}/api/v1/payouts/`, { headers: key })).json()) as {
          results: { recipient_account: string }[];
        };
        return list.results.length >= 2 ? list : undefined;
      },
      20_000,
      'the two accepted payouts to be readable',
    );
    expect(page.results.map((p) => p.recipient_account)).toEqual(['Счёт-1', 'Счёт-1']);
  });

  it("links pages by path, never with the request's Host", async () => {
    const key = auth('host');
    for (let i = 0; i < 2; i++) {
      const created = await fetch(`${base}/api/v1/payouts/`, {
        method: 'POST',
        headers: { ...key, ...json },
        body: validBody({ scheduled_for: '2099-01-01T00:00:00Z' }),
      });
      expect(created.status).toBe(201);
    }
    await eventually(
      async () => {
        const list = (await (await fetch(`${base}/api/v1/payouts/`, { headers: key })).json()) as {
          results: unknown[];
        };
        return list.results.length === 2 ? true : undefined;
      },
      20_000,
      'both payouts to be readable',
    );
    const page = await new Promise<{ next: string | null; previous: string | null }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: system.port,
          path: '/api/v1/payouts/?limit=1',
          headers: { ...key, Host: 'evil.example' },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () => resolve(JSON.parse(text)));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(page.next).not.toBeNull();
    expect(page.next).not.toContain('evil');
    expect(page.next).toMatch(/^\/api\/v1\/payouts\/\?/);
    const second = (await (await fetch(`${base}${page.next}`, { headers: key })).json()) as {
      previous: string;
      results: unknown[];
    };
    expect(second.results).toHaveLength(1);
    expect(second.previous).toMatch(/^\/api\/v1\/payouts\/\?/);
  });

  it('keeps an audit:read key to its own tenant; every tenant takes audit:read:all-tenants', async () => {
    const create = async (writer: string) => {
      const response = await fetch(`${base}/api/v1/payouts/`, {
        method: 'POST',
        headers: { ...auth(writer), ...json },
        body: validBody({ scheduled_for: '2099-01-01T00:00:00Z' }),
      });
      expect(response.status).toBe(201);
      return ((await response.json()) as { id: string }).id;
    };
    const alpha = await create('writerA');
    const beta = await create('writerB');
    const get = (path: string, key: string) => fetch(`${base}${path}`, { headers: auth(key) });
    const at = encodeURIComponent('2999-01-01T00:00:00Z');

    expect((await get(`/api/v1/payouts/${alpha}/history`, 'auditB')).status).toBe(404);
    expect((await get(`/api/v1/payouts/${alpha}/as-of?at=${at}`, 'auditB')).status).toBe(404);
    expect((await get(`/api/v1/payouts/${beta}/history`, 'auditB')).status).toBe(200);
    expect((await get(`/api/v1/payouts/${beta}/as-of?at=${at}`, 'auditB')).status).toBe(200);
    expect((await get(`/api/v1/payouts/${alpha}/history`, 'auditAll')).status).toBe(200);
    expect((await get(`/api/v1/payouts/${alpha}/as-of?at=${at}`, 'auditAll')).status).toBe(200);

    const replayed = async (key: string) => {
      const response = await get('/api/v1/payouts/audit/events', key);
      expect(response.status).toBe(200);
      return (await response.text())
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => (JSON.parse(line) as AuditEvent).stream_name);
    };
    // Readers of all events see an append once no older transaction is open on the server.
    const everything = await eventually(
      async () => {
        const streams = await replayed('auditAll');
        return streams.includes(`payout-${alpha}`) && streams.includes(`payout-${beta}`)
          ? streams
          : undefined;
      },
      20_000,
      'both payouts in the replay',
    );
    expect(everything.length).toBeGreaterThan(2);
    const tenantB = await replayed('auditB');
    expect(tenantB).toContain(`payout-${beta}`);
    expect(tenantB).not.toContain(`payout-${alpha}`);
    expect(new Set(tenantB)).toEqual(new Set([`payout-${beta}`]));

    // Verifying the chains spans every tenant's streams.
    expect((await get('/api/v1/payouts/audit/verify', 'auditB')).status).toBe(403);
    expect((await get('/api/v1/payouts/audit/verify', 'auditAll')).status).toBe(200);
  });
});

type ServiceProcess = { port: number; output: string[]; stop(): Promise<void> };

/** tsx compiles a service on start; on a shared two-core machine under load that can take a minute. */
const PROCESS_START_TIMEOUT_MS = 120_000;

/** A service's main.ts as its own OS process, on a port of its choosing (PORT=0, read from its log). */
async function startServiceProcess(entry: string, env: Record<string, string>): Promise<ServiceProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const port = new Promise<number>((resolve, reject) => {
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (line.trim() === '') continue;
        output.push(line);
        const listening = /"port":(\d+).*"msg":"http listening"/.exec(line);
        if (listening) resolve(Number(listening[1]));
      }
    };
    child.stdout?.on('data', onLine);
    child.stderr?.on('data', onLine);
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code}:\n${output.join('\n')}`)));
  });
  const giveUp = new AbortController();
  const timeout = sleep(PROCESS_START_TIMEOUT_MS, undefined, { signal: giveUp.signal }).then(() => {
    throw new Error(`${entry} did not start within ${PROCESS_START_TIMEOUT_MS} ms:\n${output.join('\n')}`);
  });
  // Whichever loses the race settles later, unobserved.
  port.catch(() => {});
  timeout.catch(() => {});
  let listening: number;
  try {
    listening = await Promise.race([port, timeout]);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  } finally {
    giveUp.abort();
  }
  return {
    port: listening,
    output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

describe('command-api and query-api, each run alone, with PostgreSQL behind a proxy', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let command: ServiceProcess;
  let query: ServiceProcess;
  let pool: pg.Pool;

  beforeAll(async () => {
    database = await createTestDatabase('edges_alone');
    const server = new URL(TEST_DATABASE_URL);
    proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
    const throughProxy = new URL(database.url);
    throughProxy.hostname = '127.0.0.1';
    throughProxy.port = String(proxy.port);
    const env = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DATABASE_URL: throughProxy.toString(),
      NATS_URL: TEST_NATS_URL,
      ...uniqueBusNames(),
      API_KEYS,
      PORT: '0',
      RATE_LIMIT_REQUESTS: '3',
      RATE_LIMIT_WINDOW_SECONDS: '3600',
      READ_RATE_LIMIT_REQUESTS: '3',
      READ_RATE_LIMIT_WINDOW_SECONDS: '3600',
    };
    [command, query] = await Promise.all([
      startServiceProcess('services/command-api/src/main.ts', env),
      startServiceProcess('services/query-api/src/main.ts', env),
    ]);
    pool = new pg.Pool({ connectionString: database.url, max: 2 });
  }, PROCESS_START_TIMEOUT_MS + 10_000);

  afterAll(async () => {
    await Promise.all([command?.stop(), query?.stop()]);
    await pool?.end();
    await proxy?.close();
    await database?.drop();
  });

  const url = (service: ServiceProcess, path: string) => `http://127.0.0.1:${service.port}${path}`;

  it('answers its problems with their headers', async () => {
    const key = auth('processHeaders');
    const unauthenticated = await fetch(url(command, '/api/v1/payouts/'), { method: 'POST' });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('WWW-Authenticate')).toBe('Bearer realm="payouts"');
    const put = await fetch(url(command, '/api/v1/payouts/'), { method: 'PUT', headers: key });
    expect(put.status).toBe(405);
    expect(put.headers.get('Allow')).toBe('GET, HEAD, POST');
    const text = await fetch(url(command, '/api/v1/payouts/'), {
      method: 'POST',
      headers: { ...key, 'Content-Type': 'text/plain' },
      body: 'x',
    });
    expect(text.status).toBe(415);
    expect(text.headers.get('Accept-Post')).toBe('application/json');
    const malformed = await fetch(url(command, '/api/v1/payouts/'), {
      method: 'POST',
      headers: { ...key, ...json },
      body: '{',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('RateLimit')).toBe('"default";r=0;t=3600');
    const limited = await fetch(url(command, '/api/v1/payouts/'), { method: 'POST', headers: key });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(limited.headers.get('RateLimit-Policy')).toBe('"default";q=3;w=3600');

    expect((await fetch(url(query, '/api/v1/payouts/'))).headers.get('WWW-Authenticate')).toBe(
      'Bearer realm="payouts"',
    );
    const missing = await fetch(url(query, `/api/v1/payouts/${randomUUID()}/`), { headers: key });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('RateLimit')).toMatch(/^"default";r=2;t=\d+$/);
    const invalid = await fetch(url(query, '/api/v1/payouts/?limit=0'), { headers: key });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('RateLimit')).toMatch(/^"default";r=1;t=\d+$/);
    await fetch(url(query, '/api/v1/payouts/'), { headers: key });
    const readLimited = await fetch(url(query, '/api/v1/payouts/'), { headers: key });
    expect(readLimited.status).toBe(429);
    expect(Number(readLimited.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(readLimited.headers.get('RateLimit')).toMatch(/^"default";r=0;t=\d+$/);
  });

  it('answers 503 with Retry-After while PostgreSQL is away, and a retry after it is back gets the one payout', async () => {
    const idempotencyKey = randomUUID();
    const body = validBody({ scheduled_for: '2099-01-01T00:00:00Z' });
    const create = (key: string) =>
      fetch(url(command, '/api/v1/payouts/'), {
        method: 'POST',
        headers: { ...auth(key), ...json, 'Idempotency-Key': idempotencyKey },
        body,
      });
    const ready = async (service: ServiceProcess) =>
      (await fetch(url(service, '/readyz')).catch(() => null))?.status === 200 ? true : undefined;

    proxy.cut();
    const refused = await create('outage');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('Content-Type')).toBe('application/problem+json');
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(((await refused.json()) as ProblemBody).type).toBe('/problems/unavailable');
    const read = await fetch(url(query, '/api/v1/payouts/'), { headers: auth('outage') });
    expect(read.status).toBe(503);
    expect(Number(read.headers.get('Retry-After'))).toBeGreaterThan(0);

    proxy.restore();
    await eventually(() => ready(command), 30_000, 'command-api to be ready again');
    await eventually(() => ready(query), 30_000, 'query-api to be ready again');
    const created = await create('outage');
    expect(created.status).toBe(201);
    const payout = (await created.json()) as { id: string };
    // The same request again, from another key of the tenant: the one payout, replayed.
    const again = await create('outageAgain');
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(((await again.json()) as { id: string }).id).toBe(payout.id);

    const { rows } = await pool.query<{ n: string }>(
      `select count(*) as n from event_store.events
       where type = 'PayoutRequested' and data->>'tenant_id' = 'tenant-outage'`,
    );
    expect(Number(rows[0]!.n)).toBe(1);
    for (const service of [command, query]) {
      expect(service.output.filter((line) => /unhandled error|"level":50/.test(line))).toEqual([]);
    }
  });
});
