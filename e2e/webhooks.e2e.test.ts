// Webhooks as a client meets them: endpoints registered over HTTP on the assembled system (npm
// start's startSystem), payouts made and processed, and real receivers (node:http on free ports)
// that check what arrives with nothing but the secret and node:crypto.
import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, loadConfig } from '@payouts/platform';
import { createTestDatabase, eventually, type TestDatabase, uniqueBusNames } from '@payouts/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem, systemEnv } from '../start/system.ts';

const KEY_A = 'webhooks-tenant-a-key-0123456789';
const KEY_B = 'webhooks-tenant-b-key-0123456789';
const sha = (key: string) => createHash('sha256').update(key).digest('hex');
const SCOPES = 'payouts:write+payouts:read+webhooks:write+webhooks:read';

type Received = { headers: IncomingHttpHeaders; raw: string; body: WebhookBody; at: number };
type WebhookBody = {
  id: string;
  type: string;
  created_at: string;
  revision: number;
  data: { object: { id: string; status: string } & Record<string, unknown> };
};

/** A webhook receiver on a free port: records what arrives and answers what `answer` says. */
class Receiver {
  readonly received: Received[] = [];
  answer: (body: WebhookBody, index: number) => number = () => 200;
  private server: Server | null = null;
  port = 0;

  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const body = JSON.parse(raw) as WebhookBody;
        this.received.push({ headers: req.headers, raw, body, at: Date.now() });
        const status = this.answer(body, this.received.length - 1);
        res.writeHead(status, { 'Content-Type': 'text/plain' }).end(status < 300 ? 'ok' : 'not now');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  get url() {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  of(payoutId: string): Received[] {
    return this.received.filter((r) => r.body.data.object.id === payoutId);
  }
}

/** The receiver's check, written from the contract alone: HMAC-SHA256(secret, "<t>.<raw body>"). */
function signedBy(secret: string, received: Received): boolean {
  const header = String(received.headers['payouts-signature'] ?? '');
  const parts = header.split(',').map((p) => p.split('='));
  const t = parts.find(([k]) => k === 't')?.[1];
  const expected = createHmac('sha256', secret).update(`${t}.${received.raw}`).digest('hex');
  return parts.some(([k, v]) => k === 'v1' && v === expected);
}

describe('webhooks, end to end', () => {
  let database: TestDatabase;
  let system: RunningSystem;
  let base: string;
  const receivers: Receiver[] = [];

  const call = async (key: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { Authorization: `Bearer ${key}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
  };

  const receiver = async () => {
    const r = await new Receiver().start();
    receivers.push(r);
    return r;
  };

  const endpoint = async (key: string, url: string, extra: Record<string, unknown> = {}) => {
    const res = await call(key, 'POST', '/api/v1/webhook-endpoints', { url, ...extra });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string; secret: string };
  };

  const payout = async (key: string, account = 'ACC-1') => {
    const res = await call(key, 'POST', '/api/v1/payouts/', { amount: '12.50', recipient_account: account });
    expect(res.status).toBe(201);
    return res.body as { id: string };
  };

  const types = (list: Received[]) => list.map((r) => r.body.type);
  const completedOf = (r: Receiver, id: string) =>
    eventually(
      async () => (r.of(id).some((x) => x.body.type === 'payout.completed') ? r.of(id) : undefined),
      30_000,
      `payout.completed of ${id}`,
    );

  beforeAll(async () => {
    database = await createTestDatabase('webhooks');
    const config = loadConfig(systemEnv, {
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      NATS_URL: process.env.NATS_URL,
      ...uniqueBusNames(),
      API_KEYS: [`a:tenant-a:${SCOPES}:${sha(KEY_A)}`, `b:tenant-b:${SCOPES}:${sha(KEY_B)}`].join(','),
      PORT: '0',
      PROVIDER_LATENCY_MS: '5',
      // Retries in a fraction of a second instead of ten: the schedule's shape is the same.
      WEBHOOK_RETRY_BASE_MS: '200',
      RATE_LIMIT_REQUESTS: '0',
    });
    system = await startSystem(config, createLogger('webhooks-e2e', 'warn'));
    base = `http://127.0.0.1:${system.port}`;
  });

  afterAll(async () => {
    for (const r of receivers) await r.stop();
    await system?.stop();
    await database?.drop();
  });

  it('delivers every status change in revision order, signed, with the payout as GET shows it', async () => {
    const r = await receiver();
    const { id: endpointId, secret } = await endpoint(KEY_A, r.url);
    expect(secret).toMatch(/^whsec_/);
    const { id } = await payout(KEY_A);
    const got = await completedOf(r, id);
    expect(types(got)).toEqual(['payout.created', 'payout.processing', 'payout.completed']);
    const revisions = got.map((x) => x.body.revision);
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    for (const x of got) {
      expect(signedBy(secret, x), x.raw).toBe(true);
      expect(signedBy('whsec_someone-else', x)).toBe(false);
      expect(x.headers['payouts-event-id']).toBe(x.body.id);
      expect(x.headers['content-type']).toBe('application/json');
      expect(String(x.headers.traceparent)).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$/);
    }
    const last = got.at(-1)!;
    const read = await fetch(`${base}/api/v1/payouts/${id}/`, {
      headers: { Authorization: `Bearer ${KEY_A}`, 'X-Min-Revision': String(last.body.revision) },
    });
    expect(last.body.data.object).toEqual(await read.json());
    expect(read.headers.get('ETag')).toBe(`"${last.body.revision}"`);

    // The deliveries log and the audit trail say the same.
    const log = await call(
      KEY_A,
      'GET',
      `/api/v1/webhook-endpoints/${endpointId}/deliveries?payout_id=${id}`,
    );
    expect(log.status).toBe(200);
    expect(log.body.results.map((d: { event_type: string }) => d.event_type).sort()).toEqual(
      ['payout.completed', 'payout.created', 'payout.processing'].sort(),
    );
    const history = await eventually(async () => {
      const h = await call(KEY_A, 'GET', `/api/v1/webhook-deliveries/${log.body.results[0].id}/history`);
      return h.body.events.length > 0 ? h.body : undefined;
    });
    expect(history.events[0].type).toBe('WebhookDeliverySucceeded');
    expect(history.events[0].data.body_sha256).toBe(
      createHash('sha256')
        .update(r.received.find((x) => x.body.id === log.body.results[0].event_id)!.raw)
        .digest('hex'),
    );
  });

  it('sends the same event id again after two 500s, and logs three attempts', async () => {
    const r = await receiver();
    const failuresLeft = new Map<string, number>();
    r.answer = (body) => {
      if (body.type !== 'payout.created') return 200;
      const left = failuresLeft.get(body.id) ?? 2;
      failuresLeft.set(body.id, left - 1);
      return left > 0 ? 500 : 200;
    };
    const { id: endpointId } = await endpoint(KEY_A, r.url, { enabled_events: ['payout.created'] });
    const { id } = await payout(KEY_A);
    const created = await eventually(async () => {
      const got = r.of(id);
      return got.length >= 3 ? got : undefined;
    }, 30_000);
    expect(created.map((x) => x.body.id)).toEqual([
      created[0]!.body.id,
      created[0]!.body.id,
      created[0]!.body.id,
    ]);
    expect(created.map((x) => x.raw)).toEqual([created[0]!.raw, created[0]!.raw, created[0]!.raw]);
    const delivery = await eventually(async () => {
      const log = await call(
        KEY_A,
        'GET',
        `/api/v1/webhook-endpoints/${endpointId}/deliveries?status=succeeded`,
      );
      return log.body.results.find((d: { payout_id: string }) => d.payout_id === id);
    });
    expect(delivery.attempts.map((a: { response_status: number }) => a.response_status)).toEqual([
      500, 500, 200,
    ]);
    expect(delivery.attempts[0].response_body).toBe('not now');
    expect(delivery.event_id).toBe(created[0]!.body.id);
  });

  it("keeps each payout's order to one endpoint while deliveries to another keep failing", async () => {
    const failing = await receiver();
    failing.answer = () => 500;
    const healthy = await receiver();
    // The healthy receiver is slow to answer a payout's first event, which its later ones must wait for.
    healthy.answer = () => 200;
    await endpoint(KEY_A, failing.url);
    await endpoint(KEY_A, healthy.url);
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await payout(KEY_A, `ORDER-${i}`)).id);
    for (const id of ids) {
      const got = await completedOf(healthy, id);
      expect(types(got)).toEqual(['payout.created', 'payout.processing', 'payout.completed']);
    }
    expect(failing.received.length).toBeGreaterThan(0);
    // The failing endpoint got only first events: each later one waits behind its payout's first.
    for (const id of ids) expect(new Set(types(failing.of(id)))).toEqual(new Set(['payout.created']));
  });

  it('delivers everything to a receiver that was down, once it is back, in order', async () => {
    const placeholder = await new Receiver().start();
    const port = placeholder.port;
    await placeholder.stop(); // nothing listens on the port now
    const { id: endpointId } = await endpoint(KEY_A, `http://127.0.0.1:${port}/hook`);
    const ids = [(await payout(KEY_A)).id, (await payout(KEY_A)).id];
    await eventually(async () => {
      const log = await call(KEY_A, 'GET', `/api/v1/webhook-endpoints/${endpointId}/deliveries`);
      return log.body.results.some((d: { attempts: unknown[] }) => d.attempts.length >= 2) ? true : undefined;
    }, 30_000);
    const back = await new Receiver().start(port);
    receivers.push(back);
    for (const id of ids) {
      const got = await completedOf(back, id);
      expect(types(got)).toEqual(['payout.created', 'payout.processing', 'payout.completed']);
    }
    const failed = await call(
      KEY_A,
      'GET',
      `/api/v1/webhook-endpoints/${endpointId}/deliveries?status=failed`,
    );
    expect(failed.body.results).toEqual([]);
  });

  it('replays a range from before the endpoint existed, with the original ids and bodies', async () => {
    const first = await receiver();
    await endpoint(KEY_A, first.url);
    const from = new Date().toISOString();
    const old = (await payout(KEY_A, 'OLD-1')).id;
    const originals = await completedOf(first, old);
    const to = new Date().toISOString();
    const later = await receiver();
    const { id: endpointId } = await endpoint(KEY_A, later.url);
    // Created after the payout's events: it gets none of them by itself.
    const fresh = (await payout(KEY_A, 'NEW-1')).id;
    await completedOf(later, fresh);
    expect(later.of(old)).toEqual([]);

    const replay = await call(KEY_A, 'POST', `/api/v1/webhook-endpoints/${endpointId}/replay`, {
      from,
      to,
      types: ['payout.created', 'payout.completed'],
    });
    expect(replay.status, JSON.stringify(replay.body)).toBe(202);
    const replayed = await eventually(
      async () => (later.of(old).length >= 2 ? later.of(old) : undefined),
      30_000,
    );
    expect(types(replayed)).toEqual(['payout.created', 'payout.completed']);
    for (const x of replayed) {
      const original = originals.find((o) => o.body.id === x.body.id);
      expect(original?.raw).toBe(x.raw);
    }
    expect(later.of(fresh).filter((x) => x.body.type === 'payout.created')).toHaveLength(1);
    const status = await eventually(async () => {
      const s = await call(KEY_A, 'GET', `/api/v1/webhook-replays/${replay.body.id}`);
      return s.body.status === 'done' ? s.body : undefined;
    });
    expect(status.events_enqueued).toBe(2);
  });

  it('signs with both secrets for a day after a rotation', async () => {
    const r = await receiver();
    const { id: endpointId, secret: before } = await endpoint(KEY_A, r.url, {
      enabled_events: ['payout.created'],
    });
    const rotated = await call(KEY_A, 'POST', `/api/v1/webhook-endpoints/${endpointId}/rotate-secret`);
    expect(rotated.status).toBe(200);
    const after = rotated.body.secret as string;
    expect(after).toMatch(/^whsec_/);
    expect(after).not.toBe(before);
    const { id } = await payout(KEY_A);
    const [got] = await eventually(async () => (r.of(id).length > 0 ? r.of(id) : undefined), 30_000);
    expect(String(got!.headers['payouts-signature']).match(/v1=/g)).toHaveLength(2);
    expect(signedBy(before, got!)).toBe(true);
    expect(signedBy(after, got!)).toBe(true);
    // The secret is shown on create and rotate only, and the record names its id, never its value.
    const read = await call(KEY_A, 'GET', `/api/v1/webhook-endpoints/${endpointId}`);
    expect(JSON.stringify(read.body)).not.toContain('whsec_');
    const history = await call(KEY_A, 'GET', `/api/v1/webhook-endpoints/${endpointId}/history`);
    expect(history.body.events.map((e: { type: string }) => e.type)).toEqual([
      'WebhookEndpointCreated',
      'WebhookEndpointSecretRotated',
    ]);
    expect(JSON.stringify(history.body)).not.toContain(after);
  });

  it("keeps tenants apart: another tenant's endpoints, deliveries and payouts are not there", async () => {
    const r = await receiver();
    const { id: endpointId } = await endpoint(KEY_A, r.url);
    const theirs = (await payout(KEY_B, 'TENANT-B')).id;
    const mine = (await payout(KEY_A, 'TENANT-A')).id;
    await completedOf(r, mine);
    const log = await call(KEY_A, 'GET', `/api/v1/webhook-endpoints/${endpointId}/deliveries`);
    const deliveryId = log.body.results[0].id as string;
    for (const [method, path] of [
      ['GET', `/api/v1/webhook-endpoints/${endpointId}`],
      ['GET', `/api/v1/webhook-endpoints/${endpointId}/deliveries`],
      ['GET', `/api/v1/webhook-endpoints/${endpointId}/history`],
      ['PATCH', `/api/v1/webhook-endpoints/${endpointId}`],
      ['DELETE', `/api/v1/webhook-endpoints/${endpointId}`],
      ['POST', `/api/v1/webhook-endpoints/${endpointId}/rotate-secret`],
      ['POST', `/api/v1/webhook-deliveries/${deliveryId}/redeliver`],
      ['GET', `/api/v1/webhook-deliveries/${deliveryId}/history`],
    ] as const) {
      const res = await call(
        KEY_B,
        method,
        path,
        method === 'PATCH' ? { description: 'mine now' } : undefined,
      );
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    const list = await call(KEY_B, 'GET', '/api/v1/webhook-endpoints');
    expect(list.body.results.map((e: { id: string }) => e.id)).not.toContain(endpointId);
    expect(r.of(theirs)).toEqual([]);
  });

  it('disables an endpoint that answers 410 Gone and says why', async () => {
    const r = await receiver();
    r.answer = () => 410;
    const { id: endpointId } = await endpoint(KEY_A, r.url);
    await payout(KEY_A);
    const disabled = await eventually(async () => {
      const res = await call(KEY_A, 'GET', `/api/v1/webhook-endpoints/${endpointId}`);
      return res.body.status === 'disabled' ? res.body : undefined;
    }, 30_000);
    expect(disabled.disabled_reason).toBe('gone');
    expect(disabled.disabled_detail).toContain('410');
    const history = await call(KEY_A, 'GET', `/api/v1/webhook-endpoints/${endpointId}/history`);
    expect(history.body.events.at(-1)).toMatchObject({
      type: 'WebhookEndpointDisabled',
      data: { reason: 'gone' },
      metadata: { actor: 'system:notifier' },
    });
  });

  it('refuses what it cannot store as sent, naming the field', async () => {
    for (const [body, field] of [
      [{ url: 'ftp://example.com/hook' }, 'url'],
      [{ url: 'http://user:pw@127.0.0.1/hook' }, 'url'],
      [{ url: 'http://127.0.0.1/hook', enabled_events: ['payout.exploded'] }, 'enabled_events.0'],
      [{ url: 'http://127.0.0.1/hook', enabled_events: ['*', 'payout.created'] }, 'enabled_events'],
      [{ url: 'http://127.0.0.1/hook', secret: 'mine' }, 'secret'],
    ] as const) {
      const res = await call(KEY_A, 'POST', '/api/v1/webhook-endpoints', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });
});
