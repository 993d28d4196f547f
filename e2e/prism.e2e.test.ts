// The spec tells the truth: Stoplight Prism in proxy mode with --errors, between a client and the
// assembled system, validates every request against the OpenAPI document the service serves and
// every answer against what the document says of that operation and status (body schema, media type,
// required headers). The scenario exercises every operation and every status the document lists for
// it; a Prism violation of either kind fails the test.
//
// A few answers cannot travel through Prism, and are checked straight against the service instead,
// against the same document (status listed for the operation, every required header present):
// - HEAD: Prism parses a forwarded answer's body as JSON by its Content-Type, and a HEAD answer has no
//   body, so Prism fails on every HEAD (a Prism limitation, not a disagreement).
// - What Prism refuses at its door because the document says so (415, a malformed id, a revision that
//   is not a number): the document and the service agree on those; Prism answers them itself.
// - 413: Prism parses a JSON body and forwards it re-serialised, so a padded body arrives small.
// - 501 from verify: only the KurrentDB store answers it.
//
// The system reaches PostgreSQL through a TCP proxy; the scenario ends by cutting it, and every
// operation must then answer the 503 the document lists.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, loadConfig } from '@payouts/platform';
import {
  createTestDatabase,
  eventually,
  freePort,
  TEST_DATABASE_URL,
  type TestDatabase,
  uniqueBusNames,
} from '@payouts/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTcpProxy, type TcpProxy } from '../platform/src/eventStore/testing/tcpProxy.ts';
import { type RunningSystem, startSystem, systemEnv } from '../start/system.ts';

const KEYS = {
  writer: 'prism-writer-key-0123456789',
  reader: 'prism-reader-key-0123456789',
  writeOnly: 'prism-write-only-key-0123456789',
  auditor: 'prism-auditor-key-0123456789',
  chief: 'prism-chief-auditor-key-0123456789',
  burst: 'prism-burst-key-0123456789',
  stranger: 'prism-stranger-key-0123456789',
};
const sha = (key: string) => createHash('sha256').update(key).digest('hex');
const API_KEYS = [
  `writer:tenant-a:payouts:write+payouts:read+webhooks:write+webhooks:read:${sha(KEYS.writer)}`,
  `reader:tenant-a:payouts:read+webhooks:read:${sha(KEYS.reader)}`,
  `write-only:tenant-a:payouts:write:${sha(KEYS.writeOnly)}`,
  `auditor:tenant-a:audit:read+payouts:read:${sha(KEYS.auditor)}`,
  `chief:tenant-a:audit:read+audit:read:all-tenants+payouts:read+webhooks:read:${sha(KEYS.chief)}`,
  `burst:tenant-a:payouts:write+payouts:read+webhooks:write+webhooks:read:${sha(KEYS.burst)}`,
  `stranger:tenant-b:payouts:write+payouts:read+webhooks:write+webhooks:read:${sha(KEYS.stranger)}`,
].join(',');
/** Small enough that one key empties a bucket in a few hundred requests, large enough for the scenario. */
const WRITE_BUCKET = 150;
const READ_BUCKET = 250;

type Header = { required?: boolean };
type Response_ = { headers?: Record<string, Header> };
type Operation = { operationId: string; responses: Record<string, Response_> };
type OpenApi = { paths: Record<string, Record<string, Operation>> };
type Answer = { status: number; headers: Headers; text: string };

const PRISM_ERROR = 'https://stoplight.io/prism/errors#';

function startPrism(
  spec: string,
  upstream: string,
  port: number,
): Promise<{ child: ChildProcess; log: string[] }> {
  const cli = createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');
  const child = spawn(
    process.execPath,
    [cli, 'proxy', spec, upstream, '--errors', '--host', '127.0.0.1', '--port', String(port)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const log: string[] = [];
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      if (log.some((line) => line.includes('Prism is listening'))) resolve({ child, log });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`prism exited ${code}: ${log.slice(-20).join('\n')}`)));
  });
}

describe('the OpenAPI document, through Prism in front of the assembled system', () => {
  let database: TestDatabase;
  let databaseProxy: TcpProxy;
  let receiver: Server;
  let receiverUrl: string;
  let system: RunningSystem;
  let prism: { child: ChildProcess; log: string[] };
  let specDir: string | undefined;
  let service: string;
  let proxy: string;
  let spec: OpenApi;
  const violations: string[] = [];
  /** `operationId status` pairs seen through Prism, and straight from the service. */
  const throughPrism = new Set<string>();
  const direct = new Set<string>();

  const operation = (id: string): Operation => {
    for (const item of Object.values(spec.paths)) {
      for (const op of Object.values(item)) if (op.operationId === id) return op;
    }
    throw new Error(`no operation ${id}`);
  };

  type Call = { key?: keyof typeof KEYS | 'unknown'; body?: unknown; headers?: Record<string, string> };
  const request = async (base: string, method: string, path: string, call: Call): Promise<Answer> => {
    const headers: Record<string, string> = { 'X-Correlation-Id': 'prism-scenario', ...call.headers };
    if (call.key)
      headers.Authorization = `Bearer ${call.key === 'unknown' ? 'not-a-key-0123456789' : KEYS[call.key]}`;
    let body: string | undefined;
    if (call.body !== undefined) {
      body = typeof call.body === 'string' ? call.body : JSON.stringify(call.body);
      headers['Content-Type'] ??= 'application/json';
    }
    const response = await fetch(`${base}${path}`, { method, headers, body });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };

  /** Through Prism: any violation it reports, on the request or the answer, is recorded. */
  const via = async (operationId: string, method: string, path: string, call: Call = {}): Promise<Answer> => {
    const answer = await request(proxy, method, path, call);
    const label = `${operationId} ${method} ${path} -> ${answer.status}`;
    const reported = answer.headers.get('sl-violations');
    if (reported) violations.push(`${label}: ${reported}`);
    if (answer.text.includes(PRISM_ERROR)) violations.push(`${label}: ${answer.text.slice(0, 400)}`);
    if (answer.text.includes(`${PRISM_ERROR}VIOLATIONS`)) {
      // Prism answered its own 500 for the service's answer; ask the service what that was, so the
      // scenario goes on with it (the violation is recorded above).
      const original = await request(service, method, path, call);
      throughPrism.add(`${operationId} ${original.status}`);
      return original;
    }
    throughPrism.add(`${operationId} ${answer.status}`);
    return answer;
  };

  /** Straight to the service, checked against the document as Prism would check it. */
  const around = async (
    operationId: string,
    method: string,
    path: string,
    call: Call = {},
  ): Promise<Answer> => {
    const answer = await request(service, method, path, call);
    const label = `${operationId} ${method} ${path} -> ${answer.status}`;
    const documented = operation(operationId).responses[String(answer.status)];
    if (!documented) violations.push(`${label}: status not documented`);
    for (const [name, header] of Object.entries(documented?.headers ?? {})) {
      if (header.required && !answer.headers.has(name)) violations.push(`${label}: no ${name}`);
    }
    direct.add(`${operationId} ${answer.status}`);
    return answer;
  };

  const json = <T>(answer: Answer) => JSON.parse(answer.text) as T;
  const create = async (body: Record<string, unknown> = {}, call: Call = {}) => {
    const answer = await via('createPayout', 'POST', '/api/v1/payouts', {
      key: 'writer',
      body: { amount: '10.00', recipient_account: 'PRISM-1', scheduled_for: '2099-01-01T00:00:00Z', ...body },
      ...call,
    });
    return { answer, payout: json<{ id: string; created_at: string; updated_at: string }>(answer) };
  };

  beforeAll(async () => {
    database = await createTestDatabase('prism');
    const server = new URL(TEST_DATABASE_URL);
    databaseProxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
    const throughProxy = new URL(database.url);
    throughProxy.hostname = '127.0.0.1';
    throughProxy.port = String(databaseProxy.port);
    // A webhook receiver that takes every delivery.
    receiver = createHttpServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(204).end());
    });
    receiver.listen(0, '127.0.0.1');
    await once(receiver, 'listening');
    receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hooks`;
    const config = loadConfig(systemEnv, {
      NODE_ENV: 'test',
      DATABASE_URL: throughProxy.toString(),
      NATS_URL: process.env.NATS_URL,
      ...uniqueBusNames(),
      API_KEYS,
      PORT: '0',
      PROVIDER_LATENCY_MS: '0',
      RATE_LIMIT_REQUESTS: String(WRITE_BUCKET),
      READ_RATE_LIMIT_REQUESTS: String(READ_BUCKET),
      // Refilled over an hour: an emptied bucket stays empty while Prism checks the next answer.
      RATE_LIMIT_WINDOW_SECONDS: '3600',
      READ_RATE_LIMIT_WINDOW_SECONDS: '3600',
      // Anchors signed every second, so the export has one to show.
      AUDIT_SIGNING_KEY: generateKeyPairSync('ed25519')
        .privateKey.export({ type: 'pkcs8', format: 'pem' })
        .toString(),
      SCHEDULE_AUDIT_ANCHORS: '* * * * * *',
    });
    system = await startSystem(config, createLogger('prism', 'silent'));
    service = `http://127.0.0.1:${system.port}`;
    const port = await freePort();
    // The document as the service serves it, handed to Prism as a file: Prism's own download of a
    // URL fails on Node 24 (its fetch polyfill's AbortSignal is not Node's).
    const served = await (await fetch(`${service}/api/v1/openapi.json`)).text();
    spec = JSON.parse(served) as OpenApi;
    specDir = await mkdtemp(join(tmpdir(), 'prism-'));
    await writeFile(join(specDir, 'openapi.json'), served);
    prism = await startPrism(join(specDir, 'openapi.json'), service, port);
    proxy = `http://127.0.0.1:${port}`;
  }, 180_000);

  afterAll(async () => {
    prism?.child.kill('SIGTERM');
    databaseProxy?.restore();
    await system?.stop();
    await databaseProxy?.close();
    receiver?.close();
    await database?.drop();
    if (specDir) await rm(specDir, { recursive: true, force: true });
  });

  it('finds no violation on any operation or status the document lists', async () => {
    // Writes: a created payout (a JSON-number amount, as README allows), a replay, the refusals.
    const { answer: created, payout } = await create({ amount: 10.5 });
    expect(created.status).toBe(201);
    expect(created.headers.get('Location')).toBe(`/api/v1/payouts/${payout.id}`);
    const keyed = { headers: { 'Idempotency-Key': 'prism-key-1' } };
    await create({}, keyed);
    const replay = await create({}, keyed);
    expect.soft(replay.answer.headers.get('Idempotent-Replayed')).toBe('true');
    expect.soft((await create({ description: 'another body' }, keyed)).answer.status).toBe(409);
    expect.soft((await create({ currency: 'ZZZ' })).answer.status).toBe(400);
    expect.soft((await create({}, { key: 'unknown' })).answer.status).toBe(401);
    expect.soft((await create({}, { key: 'reader' })).answer.status).toBe(403);
    await around('createPayout', 'POST', '/api/v1/payouts', {
      key: 'writer',
      body: 'amount=1',
      headers: { 'Content-Type': 'text/plain' },
    });
    await around('createPayout', 'POST', '/api/v1/payouts', {
      key: 'writer',
      body: `{"amount":"1.00","recipient_account":"A"${' '.repeat(70 * 1024)}}`,
    });

    // Reads of one payout.
    await eventually(
      async () =>
        (await via('getPayout', 'GET', `/api/v1/payouts/${payout.id}`, { key: 'reader' })).status === 200
          ? true
          : undefined,
      20_000,
      'projected',
    );
    const read = await via('getPayout', 'GET', `/api/v1/payouts/${payout.id}`, { key: 'reader' });
    await via('getPayout', 'GET', `/api/v1/payouts/${payout.id}`, {
      key: 'reader',
      headers: { 'If-None-Match': read.headers.get('ETag')! },
    });
    await via('getPayout', 'GET', '/api/v1/payouts/00000000-0000-4000-8000-000000000000', { key: 'reader' });
    await via('getPayout', 'GET', `/api/v1/payouts/${payout.id}`, { key: 'unknown' });
    await via('getPayout', 'GET', `/api/v1/payouts/${payout.id}`, { key: 'writeOnly' });
    await around('getPayout', 'GET', '/api/v1/payouts/not-a-uuid', { key: 'reader' });

    // The list: filters including a repeated status, a page link, the refusals.
    await create();
    const page = await via(
      'listPayouts',
      'GET',
      '/api/v1/payouts?status=pending&status=failed&currency=rub&limit=1&ordering=-amount',
      { key: 'reader' },
    );
    expect(page.status).toBe(200);
    const next = json<{ next: string | null }>(page).next;
    expect(next).not.toBeNull();
    const nextUrl = new URL(next!, service);
    await via('listPayouts', 'GET', `${nextUrl.pathname}${nextUrl.search}`, { key: 'reader' });
    await via('listPayouts', 'GET', '/api/v1/payouts?status=pending,processing&search=PRISM', {
      key: 'reader',
    });
    await via('listPayouts', 'GET', '/api/v1/payouts?min_amount=5&max_amount=1', { key: 'reader' });
    await via('listPayouts', 'GET', '/api/v1/payouts', { key: 'unknown' });
    await via('listPayouts', 'GET', '/api/v1/payouts', { key: 'writeOnly' });

    // A DRF client: GET, edit, PUT the whole resource back, read-only fields and all.
    const current = json<Record<string, unknown>>(read);
    const replaced = await via('replacePayout', 'PUT', `/api/v1/payouts/${payout.id}`, {
      key: 'writer',
      body: { ...current, amount: '11.00', description: 'edited and sent back whole' },
    });
    expect(replaced.status).toBe(200);
    expect(json<{ amount: string }>(replaced).amount).toBe('11.00');
    const etag = replaced.headers.get('ETag')!;
    await via('replacePayout', 'PUT', `/api/v1/payouts/${payout.id}`, {
      key: 'writer',
      body: { ...current, currency: 'ZZZ' },
    });
    await via('replacePayout', 'PUT', '/api/v1/payouts/00000000-0000-4000-8000-000000000000', {
      key: 'writer',
      body: { amount: '1.00', recipient_account: 'A' },
    });
    await via('replacePayout', 'PUT', `/api/v1/payouts/${payout.id}`, {
      key: 'writer',
      body: { amount: '1.00', recipient_account: 'A' },
      headers: { 'If-Match': '"0"' },
    });
    await via('replacePayout', 'PUT', `/api/v1/payouts/${payout.id}`, {
      key: 'unknown',
      body: { amount: '1.00', recipient_account: 'A' },
    });
    await via('replacePayout', 'PUT', `/api/v1/payouts/${payout.id}`, {
      key: 'reader',
      body: { amount: '1.00', recipient_account: 'A' },
    });
    await around('replacePayout', 'PUT', `/api/v1/payouts/${payout.id}`, {
      key: 'writer',
      body: 'x',
      headers: { 'Content-Type': 'text/plain' },
    });
    await around('replacePayout', 'PUT', `/api/v1/payouts/${payout.id}`, {
      key: 'writer',
      body: `{"amount":"1.00","recipient_account":"A"${' '.repeat(70 * 1024)}}`,
    });

    const patched = await via('updatePayout', 'PATCH', `/api/v1/payouts/${payout.id}`, {
      key: 'writer',
      body: { description: null, status: 'completed', id: payout.id },
      headers: { 'If-Match': etag },
    });
    expect(patched.status).toBe(200);
    expect(json<{ status: string }>(patched).status).toBe('pending');
    await via('updatePayout', 'PATCH', `/api/v1/payouts/${payout.id}`, { key: 'writer', body: {} });
    await via('updatePayout', 'PATCH', '/api/v1/payouts/00000000-0000-4000-8000-000000000000', {
      key: 'writer',
      body: { description: 'x' },
    });
    await via('updatePayout', 'PATCH', `/api/v1/payouts/${payout.id}`, {
      key: 'writer',
      body: { description: 'x' },
      headers: { 'If-Match': etag },
    });
    await via('updatePayout', 'PATCH', `/api/v1/payouts/${payout.id}`, {
      key: 'unknown',
      body: { description: 'x' },
    });
    await via('updatePayout', 'PATCH', `/api/v1/payouts/${payout.id}`, {
      key: 'reader',
      body: { description: 'x' },
    });
    await around('updatePayout', 'PATCH', `/api/v1/payouts/${payout.id}`, {
      key: 'writer',
      body: 'x',
      headers: { 'Content-Type': 'text/plain' },
    });
    await around('updatePayout', 'PATCH', `/api/v1/payouts/${payout.id}`, {
      key: 'writer',
      body: `{"description":"x"${' '.repeat(70 * 1024)}}`,
    });

    // A payout the provider declines: failed, with its error_code, and no longer changeable.
    const { payout: declined } = await create({
      recipient_account: 'FAIL_PERMANENT-prism',
      scheduled_for: null,
    });
    const failed = await eventually(
      async () => {
        const answer = await via('getPayout', 'GET', `/api/v1/payouts/${declined.id}`, { key: 'reader' });
        return answer.status === 200 && json<{ status: string }>(answer).status === 'failed'
          ? answer
          : undefined;
      },
      30_000,
      'the payout failed',
    );
    expect(json<{ error_code: string | null }>(failed).error_code).toBeTruthy();
    await via('replacePayout', 'PUT', `/api/v1/payouts/${declined.id}`, {
      key: 'writer',
      body: { amount: '1.00', recipient_account: 'A' },
    });
    await via('updatePayout', 'PATCH', `/api/v1/payouts/${declined.id}`, {
      key: 'writer',
      body: { description: 'x' },
    });
    await via('cancelPayout', 'DELETE', `/api/v1/payouts/${declined.id}`, { key: 'writer' });

    await via('cancelPayout', 'DELETE', `/api/v1/payouts/${payout.id}`, {
      key: 'writer',
      headers: { 'If-Match': '"0"' },
    });
    await via('cancelPayout', 'DELETE', '/api/v1/payouts/00000000-0000-4000-8000-000000000000', {
      key: 'writer',
    });
    await via('cancelPayout', 'DELETE', `/api/v1/payouts/${payout.id}`, { key: 'unknown' });
    await via('cancelPayout', 'DELETE', `/api/v1/payouts/${payout.id}`, { key: 'reader' });
    await around('cancelPayout', 'DELETE', '/api/v1/payouts/not-a-uuid', { key: 'writer' });
    expect(
      (await via('cancelPayout', 'DELETE', `/api/v1/payouts/${payout.id}`, { key: 'writer' })).status,
    ).toBe(200);

    // Auditors.
    const history = await via('getPayoutHistory', 'GET', `/api/v1/payouts/${payout.id}/history`, {
      key: 'auditor',
    });
    expect(history.status).toBe(200);
    await via('getPayoutHistory', 'GET', '/api/v1/payouts/00000000-0000-4000-8000-000000000000/history', {
      key: 'auditor',
    });
    await via('getPayoutHistory', 'GET', `/api/v1/payouts/${payout.id}/history`, { key: 'unknown' });
    await via('getPayoutHistory', 'GET', `/api/v1/payouts/${payout.id}/history`, { key: 'writeOnly' });
    await around('getPayoutHistory', 'GET', '/api/v1/payouts/not-a-uuid/history', { key: 'auditor' });
    const at = encodeURIComponent(payout.created_at);
    expect(
      (await via('getPayoutAsOf', 'GET', `/api/v1/payouts/${payout.id}/as-of?at=${at}`, { key: 'auditor' }))
        .status,
    ).toBe(200);
    await via('getPayoutAsOf', 'GET', `/api/v1/payouts/${payout.id}/as-of?at=0000-01-01T00:00:00Z`, {
      key: 'auditor',
    });
    await via('getPayoutAsOf', 'GET', `/api/v1/payouts/${payout.id}/as-of?at=2001-01-01T00:00:00Z`, {
      key: 'auditor',
    });
    await via('getPayoutAsOf', 'GET', `/api/v1/payouts/${payout.id}/as-of?at=${at}`, { key: 'unknown' });
    await via('getPayoutAsOf', 'GET', `/api/v1/payouts/${payout.id}/as-of?at=${at}`, { key: 'writeOnly' });
    const replayed = await via('replayPayoutEvents', 'GET', '/api/v1/payouts/audit/events', {
      key: 'auditor',
    });
    expect(replayed.headers.get('Content-Type')).toMatch(/application\/x-ndjson/);
    expect(replayed.text.split('\n').filter(Boolean).length).toBeGreaterThan(3);
    await via('replayPayoutEvents', 'GET', '/api/v1/payouts/audit/events?from_time=0000-01-01T00:00:00Z', {
      key: 'auditor',
    });
    await via('replayPayoutEvents', 'GET', '/api/v1/payouts/audit/events', { key: 'unknown' });
    await via('replayPayoutEvents', 'GET', '/api/v1/payouts/audit/events', { key: 'reader' });
    expect(
      (await via('verifyAuditTrail', 'GET', '/api/v1/payouts/audit/verify', { key: 'chief' })).status,
    ).toBe(200);
    await via('verifyAuditTrail', 'GET', '/api/v1/payouts/audit/verify', { key: 'unknown' });
    await via('verifyAuditTrail', 'GET', '/api/v1/payouts/audit/verify', { key: 'auditor' });
    // Signed anchors and the keys that verify them.
    await eventually(
      async () => {
        const answer = await request(service, 'GET', '/api/v1/payouts/audit/anchors', { key: 'chief' });
        return answer.text.trim() === '' ? undefined : true;
      },
      30_000,
      'a signed anchor',
    );
    expect(
      (await via('exportAuditAnchors', 'GET', '/api/v1/payouts/audit/anchors', { key: 'chief' })).status,
    ).toBe(200);
    await around('exportAuditAnchors', 'GET', '/api/v1/payouts/audit/anchors?after_sequence=x', {
      key: 'chief',
    });
    await via('exportAuditAnchors', 'GET', '/api/v1/payouts/audit/anchors', { key: 'unknown' });
    await via('exportAuditAnchors', 'GET', '/api/v1/payouts/audit/anchors', { key: 'auditor' });
    expect((await via('listAuditKeys', 'GET', '/api/v1/payouts/audit/keys', { key: 'auditor' })).status).toBe(
      200,
    );
    await via('listAuditKeys', 'GET', '/api/v1/payouts/audit/keys', { key: 'unknown' });
    await via('listAuditKeys', 'GET', '/api/v1/payouts/audit/keys', { key: 'reader' });

    // Reports.
    expect
      .soft((await via('getDailyReport', 'GET', '/api/v1/reports/daily', { key: 'reader' })).status)
      .toBe(200);
    await via('getDailyReport', 'GET', '/api/v1/reports/daily?from=2026-02-01&to=2026-01-01', {
      key: 'reader',
    });
    await via('getDailyReport', 'GET', '/api/v1/reports/daily', { key: 'unknown' });
    await via('getDailyReport', 'GET', '/api/v1/reports/daily', { key: 'writeOnly' });

    // Webhooks: an endpoint, its deliveries, a redelivery, a replay, their histories.
    const endpoints = '/api/v1/webhook-endpoints';
    const unknownId = '00000000-0000-4000-8000-000000000000';
    const createdEndpoint = await via('createWebhookEndpoint', 'POST', endpoints, {
      key: 'writer',
      body: { url: receiverUrl, enabled_events: ['*'], description: 'prism' },
    });
    expect(createdEndpoint.status).toBe(201);
    const endpointId = json<{ id: string }>(createdEndpoint).id;
    const endpoint = `${endpoints}/${endpointId}`;
    await via('createWebhookEndpoint', 'POST', endpoints, {
      key: 'writer',
      body: { url: 'ftp://example.com/' },
    });
    await via('createWebhookEndpoint', 'POST', endpoints, { key: 'unknown', body: { url: receiverUrl } });
    await via('createWebhookEndpoint', 'POST', endpoints, { key: 'reader', body: { url: receiverUrl } });
    await around('createWebhookEndpoint', 'POST', endpoints, {
      key: 'writer',
      body: 'url=x',
      headers: { 'Content-Type': 'text/plain' },
    });
    await around('createWebhookEndpoint', 'POST', endpoints, {
      key: 'writer',
      body: `{"url":"${receiverUrl}"${' '.repeat(70 * 1024)}}`,
    });
    // Another tenant fills its endpoints up: the one past the limit is a 409.
    for (let i = 0, status = 0; status !== 409; i++) {
      expect(i).toBeLessThan(50);
      status = (
        await via('createWebhookEndpoint', 'POST', endpoints, {
          key: 'stranger',
          body: { url: `${receiverUrl}/${i}` },
        })
      ).status;
    }

    expect((await via('listWebhookEndpoints', 'GET', endpoints, { key: 'reader' })).status).toBe(200);
    await via('listWebhookEndpoints', 'GET', endpoints, { key: 'unknown' });
    await via('listWebhookEndpoints', 'GET', endpoints, { key: 'writeOnly' });

    const readEndpoint = await via('getWebhookEndpoint', 'GET', endpoint, { key: 'reader' });
    expect(readEndpoint.status).toBe(200);
    await via('getWebhookEndpoint', 'GET', `${endpoints}/${unknownId}`, { key: 'reader' });
    await via('getWebhookEndpoint', 'GET', endpoint, { key: 'unknown' });
    await via('getWebhookEndpoint', 'GET', endpoint, { key: 'writeOnly' });
    await around('getWebhookEndpoint', 'GET', `${endpoints}/not-a-uuid`, { key: 'reader' });

    const updated = await via('updateWebhookEndpoint', 'PATCH', endpoint, {
      key: 'writer',
      body: { description: 'prism, updated' },
      headers: { 'If-Match': readEndpoint.headers.get('ETag')! },
    });
    expect(updated.status).toBe(200);
    await via('updateWebhookEndpoint', 'PATCH', endpoint, {
      key: 'writer',
      body: { url: 'ftp://example.com/' },
    });
    await via('updateWebhookEndpoint', 'PATCH', endpoint, {
      key: 'writer',
      body: { description: 'x' },
      headers: { 'If-Match': '"999"' },
    });
    await via('updateWebhookEndpoint', 'PATCH', `${endpoints}/${unknownId}`, {
      key: 'writer',
      body: { description: 'x' },
    });
    await via('updateWebhookEndpoint', 'PATCH', endpoint, { key: 'unknown', body: { description: 'x' } });
    await via('updateWebhookEndpoint', 'PATCH', endpoint, { key: 'reader', body: { description: 'x' } });
    await around('updateWebhookEndpoint', 'PATCH', endpoint, {
      key: 'writer',
      body: 'x',
      headers: { 'Content-Type': 'text/plain' },
    });
    await around('updateWebhookEndpoint', 'PATCH', endpoint, {
      key: 'writer',
      body: `{"description":"x"${' '.repeat(70 * 1024)}}`,
    });

    const rotate = `${endpoint}/rotate-secret`;
    expect((await via('rotateWebhookSecret', 'POST', rotate, { key: 'writer' })).status).toBe(200);
    await via('rotateWebhookSecret', 'POST', rotate, { key: 'writer', headers: { 'If-Match': '"999"' } });
    await around('rotateWebhookSecret', 'POST', rotate, {
      key: 'writer',
      headers: { 'If-Match': '"not-a-revision' },
    });
    await via('rotateWebhookSecret', 'POST', `${endpoints}/${unknownId}/rotate-secret`, { key: 'writer' });
    await via('rotateWebhookSecret', 'POST', rotate, { key: 'unknown' });
    await via('rotateWebhookSecret', 'POST', rotate, { key: 'reader' });

    // A payout now: its events are delivered to the endpoint.
    await create({ scheduled_for: null, recipient_account: 'PRISM-HOOK' });
    const deliveries = `${endpoint}/deliveries`;
    const deliveryId = await eventually(
      async () => {
        const answer = await via('listWebhookDeliveries', 'GET', `${deliveries}?status=succeeded`, {
          key: 'reader',
        });
        return json<{ results: { id: string }[] }>(answer).results[0]?.id;
      },
      30_000,
      'a delivery that succeeded',
    );
    await around('listWebhookDeliveries', 'GET', `${deliveries}?status=bogus`, { key: 'reader' });
    await via('listWebhookDeliveries', 'GET', `${endpoints}/${unknownId}/deliveries`, { key: 'reader' });
    await via('listWebhookDeliveries', 'GET', deliveries, { key: 'unknown' });
    await via('listWebhookDeliveries', 'GET', deliveries, { key: 'writeOnly' });

    const delivery = `/api/v1/webhook-deliveries/${deliveryId}`;
    expect((await via('redeliverWebhook', 'POST', `${delivery}/redeliver`, { key: 'writer' })).status).toBe(
      202,
    );
    await around('redeliverWebhook', 'POST', '/api/v1/webhook-deliveries/not-a-uuid/redeliver', {
      key: 'writer',
    });
    await via('redeliverWebhook', 'POST', `/api/v1/webhook-deliveries/${unknownId}/redeliver`, {
      key: 'writer',
    });
    await via('redeliverWebhook', 'POST', `${delivery}/redeliver`, { key: 'unknown' });
    await via('redeliverWebhook', 'POST', `${delivery}/redeliver`, { key: 'reader' });

    const replayEvents = `${endpoint}/replay`;
    const replayStarted = await via('replayWebhookEvents', 'POST', replayEvents, {
      key: 'writer',
      body: { from: '2026-01-01T00:00:00Z' },
    });
    expect(replayStarted.status).toBe(202);
    const replayId = json<{ id: string }>(replayStarted).id;
    await via('replayWebhookEvents', 'POST', replayEvents, { key: 'writer', body: { from: 'yesterday' } });
    await via('replayWebhookEvents', 'POST', `${endpoints}/${unknownId}/replay`, {
      key: 'writer',
      body: { from: '2026-01-01T00:00:00Z' },
    });
    await via('replayWebhookEvents', 'POST', replayEvents, {
      key: 'unknown',
      body: { from: '2026-01-01T00:00:00Z' },
    });
    await via('replayWebhookEvents', 'POST', replayEvents, {
      key: 'reader',
      body: { from: '2026-01-01T00:00:00Z' },
    });
    await around('replayWebhookEvents', 'POST', replayEvents, {
      key: 'writer',
      body: 'x',
      headers: { 'Content-Type': 'text/plain' },
    });
    await around('replayWebhookEvents', 'POST', replayEvents, {
      key: 'writer',
      body: `{"from":"2026-01-01T00:00:00Z"${' '.repeat(70 * 1024)}}`,
    });

    const replayPath = `/api/v1/webhook-replays/${replayId}`;
    expect((await via('getWebhookReplay', 'GET', replayPath, { key: 'reader' })).status).toBe(200);
    await around('getWebhookReplay', 'GET', '/api/v1/webhook-replays/not-a-uuid', { key: 'reader' });
    await via('getWebhookReplay', 'GET', `/api/v1/webhook-replays/${unknownId}`, { key: 'reader' });
    await via('getWebhookReplay', 'GET', replayPath, { key: 'unknown' });
    await via('getWebhookReplay', 'GET', replayPath, { key: 'writeOnly' });

    for (const [op, path, unknownPath, malformed] of [
      [
        'getWebhookEndpointHistory',
        `${endpoint}/history`,
        `${endpoints}/${unknownId}/history`,
        `${endpoints}/not-a-uuid/history`,
      ],
      [
        'getWebhookDeliveryHistory',
        `${delivery}/history`,
        `/api/v1/webhook-deliveries/${unknownId}/history`,
        '/api/v1/webhook-deliveries/not-a-uuid/history',
      ],
    ] as const) {
      expect((await via(op, 'GET', path, { key: 'auditor' })).status, op).toBe(200);
      await via(op, 'GET', unknownPath, { key: 'reader' });
      await around(op, 'GET', malformed, { key: 'reader' });
      await via(op, 'GET', path, { key: 'unknown' });
      await via(op, 'GET', path, { key: 'writeOnly' });
    }

    // A second endpoint to delete; the first stays for the HEAD and OPTIONS below.
    const doomed = json<{ id: string }>(
      await via('createWebhookEndpoint', 'POST', endpoints, { key: 'writer', body: { url: receiverUrl } }),
    ).id;
    await via('deleteWebhookEndpoint', 'DELETE', `${endpoints}/${doomed}`, {
      key: 'writer',
      headers: { 'If-Match': '"999"' },
    });
    await around('deleteWebhookEndpoint', 'DELETE', `${endpoints}/not-a-uuid`, { key: 'writer' });
    await via('deleteWebhookEndpoint', 'DELETE', `${endpoints}/${unknownId}`, { key: 'writer' });
    await via('deleteWebhookEndpoint', 'DELETE', `${endpoints}/${doomed}`, { key: 'unknown' });
    await via('deleteWebhookEndpoint', 'DELETE', `${endpoints}/${doomed}`, { key: 'reader' });
    expect(
      (await via('deleteWebhookEndpoint', 'DELETE', `${endpoints}/${doomed}`, { key: 'writer' })).status,
    ).toBe(204);

    // The id each path takes, by the resource it names.
    const concreteOf = (path: string) =>
      path.replace(
        '{id}',
        path.startsWith(endpoints)
          ? endpointId
          : path.startsWith('/api/v1/webhook-deliveries')
            ? deliveryId
            : path.startsWith('/api/v1/webhook-replays')
              ? replayId
              : payout.id,
      );
    // HEAD on every path that has GET, around Prism (see the top), with a key that may read them all.
    for (const [path, item] of Object.entries(spec.paths)) {
      if (!item.head) continue;
      const query = path.endsWith('/as-of') ? `?at=${encodeURIComponent(payout.created_at)}` : '';
      const head = await around(item.head.operationId, 'HEAD', `${concreteOf(path)}${query}`, {
        key: 'chief',
      });
      expect(head.status, path).toBe(200);
      expect(head.text).toBe('');
    }

    // OPTIONS on every path; a method a path does not list: Prism refuses it as the document has it
    // missing, and the service answers 405 with the Allow OPTIONS gives.
    const id = payout.id;
    for (const [path, item] of Object.entries(spec.paths)) {
      const concrete = concreteOf(path);
      const options = await via(item.options!.operationId, 'OPTIONS', concrete, { key: 'writer' });
      expect(options.status, path).toBe(204);
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => !item[m.toLowerCase()])) {
        const refused = await request(service, method, concrete, { key: 'writer' });
        expect(refused.status, `${method} ${path}`).toBe(405);
        expect.soft(refused.headers.get('Allow'), `${method} ${path}`).toBe(options.headers.get('Allow'));
        const atPrism = await request(proxy, method, concrete, { key: 'writer' });
        expect(atPrism.text, `${method} ${path}`).toContain(`${PRISM_ERROR}NO_METHOD_MATCHED_ERROR`);
      }
    }
    // OPTIONS comes after authentication under /api/v1/payouts and the webhook paths (before it on
    // /api/v1/reports).
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const key of ['unknown', 'reader'] as const) {
        await via(item.options!.operationId, 'OPTIONS', concreteOf(path), { key });
      }
    }

    // One key empties its buckets (again before each request, as they refill): 429 on every operation.
    const drain = async (method: string, path: string, body?: unknown) => {
      for (let i = 0; i < 4 * Math.max(WRITE_BUCKET, READ_BUCKET); i++) {
        if ((await request(service, method, path, { key: 'burst', body })).status === 429) return;
      }
      throw new Error(`the burst key's bucket for ${method} ${path} never emptied`);
    };
    const writes = [
      ['createPayout', 'POST', '/api/v1/payouts'],
      ['replacePayout', 'PUT', `/api/v1/payouts/${id}`],
      ['updatePayout', 'PATCH', `/api/v1/payouts/${id}`],
      ['cancelPayout', 'DELETE', `/api/v1/payouts/${id}`],
      ...Object.entries(spec.paths)
        .filter(([path]) => path.startsWith('/api/v1/payouts'))
        .map(([path, item]) => [item.options!.operationId, 'OPTIONS', path.replace('{id}', id)] as const),
    ];
    for (const [op, method, path] of writes) {
      await drain('PATCH', `/api/v1/payouts/${id}`, {});
      const body =
        method === 'DELETE' || method === 'OPTIONS' ? undefined : { amount: '1.00', recipient_account: 'A' };
      expect.soft((await via(op, method, path, { key: 'burst', body })).status, op).toBe(429);
    }
    const reads = [
      ['listPayouts', '/api/v1/payouts'],
      ['getPayout', `/api/v1/payouts/${id}`],
      ['getPayoutHistory', `/api/v1/payouts/${id}/history`],
      ['getPayoutAsOf', `/api/v1/payouts/${id}/as-of?at=${at}`],
      ['replayPayoutEvents', '/api/v1/payouts/audit/events'],
      ['verifyAuditTrail', '/api/v1/payouts/audit/verify'],
      ['exportAuditAnchors', '/api/v1/payouts/audit/anchors'],
      ['listAuditKeys', '/api/v1/payouts/audit/keys'],
      ['getDailyReport', '/api/v1/reports/daily'],
    ] as const;
    for (const [op, path] of reads) {
      await drain('GET', '/api/v1/reports/daily');
      expect.soft((await via(op, 'GET', path, { key: 'burst' })).status, op).toBe(429);
    }
    // A body each write accepts.
    const bodies: Record<string, unknown> = {
      createPayout: { amount: '1.00', recipient_account: 'A' },
      replacePayout: { amount: '1.00', recipient_account: 'A' },
      updatePayout: { description: 'x' },
      createWebhookEndpoint: { url: receiverUrl },
      updateWebhookEndpoint: { description: 'x' },
      replayWebhookEvents: { from: '2026-01-01T00:00:00Z' },
    };
    // The notifier's routes: its bucket emptied by its own requests.
    for (const [path, item] of Object.entries(spec.paths)) {
      if (!path.startsWith('/api/v1/webhook-')) continue;
      for (const [method, op] of Object.entries(item)) {
        if (method === 'head') continue;
        const upper = method.toUpperCase();
        await drain('GET', endpoints);
        const body = bodies[op.operationId];
        expect
          .soft(
            (await via(op.operationId, upper, concreteOf(path), { key: 'burst', body })).status,
            op.operationId,
          )
          .toBe(429);
      }
    }

    // PostgreSQL away: every operation that needs it answers 503 with Retry-After.
    databaseProxy.cut();
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (method === 'head' || method === 'options' || !op.responses['503']) continue;
        const query = path.endsWith('/as-of') ? `?at=${at}` : '';
        const answer = await via(op.operationId, method.toUpperCase(), `${concreteOf(path)}${query}`, {
          key: path.includes('/audit/') || path.endsWith('/history') ? 'chief' : 'writer',
          body: bodies[op.operationId],
        });
        expect.soft(answer.status, op.operationId).toBe(503);
        expect.soft(Number(answer.headers.get('Retry-After')), op.operationId).toBeGreaterThan(0);
      }
    }
    databaseProxy.restore();

    // Every status of every operation was met, through Prism or (for the reasons at the top) around it.
    const NOT_THIS_STORE = new Set(['verifyAuditTrail 501']);
    const missing: string[] = [];
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(item)) {
        for (const status of Object.keys(op.responses)) {
          const pair = `${op.operationId} ${status}`;
          if (NOT_THIS_STORE.has(pair)) continue;
          // HEAD answers what GET answers; its statuses are GET's, met through GET.
          if (method === 'head' && status !== '200') continue;
          // OPTIONS answers before the database and before a route's scopes: its 401, 429 and 204 are
          // met above, and what it shares with the path's operations (403, 503) is met through them.
          if (method === 'options' && (status === '403' || status === '503')) continue;
          if (method === 'options' && status !== '204' && !path.startsWith('/api/v1/payouts')) continue;
          if (!throughPrism.has(pair) && !direct.has(pair)) missing.push(pair);
        }
      }
    }
    expect(violations).toEqual([]);
    expect(missing).toEqual([]);
    expect(prism.log.filter((line) => /Violation:/.test(line))).toEqual([]);
  });
});
