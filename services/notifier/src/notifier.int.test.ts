// The notifier in production mode with a clock the test moves: targets refused when saved and again
// when sent (a name that resolves somewhere else by then is not followed inside), a delivery given up
// when its retry window ends, and an endpoint disabled after failing for WEBHOOK_DISABLE_AFTER_HOURS.
// Payout events go in through the intake as the bus would bring them.

import { createHash, randomUUID } from 'node:crypto';
import { payoutDecider, payoutStreamName } from '@payouts/contracts';
import {
  type CommandContext,
  createLogger,
  handleCommand,
  type Infrastructure,
  loadConfig,
  openInfrastructure,
  toBusEvent,
} from '@payouts/platform';
import { createTestDatabase, eventually, type TestDatabase, uniqueBusNames } from '@payouts/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifierEnv } from './config.ts';
import { queryEndpointsEnabled } from './intake/endpointsEnabled.ts';
import { takeInPayoutEvent } from './intake/intake.ts';
import { notifierOptions, type RunningNotifier, startNotifier } from './start.ts';

const HOUR = 3600_000;
const KEY = 'notifier-int-key-0123456789';
const sha = (key: string) => createHash('sha256').update(key).digest('hex');
const context: CommandContext = {
  correlation_id: 'test',
  causation_id: null,
  actor: 'test',
  traceparent: null,
};

let database: TestDatabase;
let infra: Infrastructure;
let notifier: RunningNotifier;
let now = Date.parse('2026-03-01T00:00:00Z');
/** What rebind.example resolves to: public while the endpoint is saved, private when it is called. */
let rebindTo = '93.184.216.34';

beforeAll(async () => {
  database = await createTestDatabase('notifier');
  const config = loadConfig(notifierEnv, {
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    NATS_URL: process.env.NATS_URL,
    ...uniqueBusNames(),
    API_KEYS: `ops:acme:webhooks:write+webhooks:read:${sha(KEY)}`,
    WEBHOOK_ALLOWED_HOSTS: 'hooks.internal',
    WEBHOOK_RETRY_BASE_MS: '60000',
    WEBHOOK_RETRY_HOURS: '1',
    WEBHOOK_DISABLE_AFTER_HOURS: '2',
  });
  infra = await openInfrastructure(config, createLogger('notifier-int', 'silent'), 'test');
  const options = notifierOptions(config);
  notifier = await startNotifier(
    infra,
    [{ id: 'ops', tenant: 'acme', scopes: ['webhooks:write', 'webhooks:read'], sha256: sha(KEY) }],
    {
      ...options,
      policy: {
        ...options.policy,
        resolve: async (host) => {
          if (host === 'rebind.example') return [{ address: rebindTo, family: 4 }];
          if (host === 'hooks.internal') return [{ address: '10.20.30.40', family: 4 }];
          throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
        },
      },
      clock: () => new Date(now),
      random: () => 0,
      pollMs: 50,
      maintenanceMs: 100,
    },
  );
});

afterAll(async () => {
  await notifier?.stop();
  await infra?.close();
  await database?.drop();
});

const request = async (method: string, path: string, body?: unknown) => {
  const res = await notifier.app.request(path, {
    method,
    headers: { Authorization: `Bearer ${KEY}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  // biome-ignore lint/suspicious/noExplicitAny: a test reads whatever JSON came back
  return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, any> };
};

/** Requests a payout in the event store and hands its first event to the intake, as the bus would. */
async function payoutRequested(): Promise<string> {
  const id = randomUUID();
  await handleCommand(
    infra.eventStore,
    payoutDecider,
    payoutStreamName(id),
    {
      type: 'RequestPayout',
      data: {
        payout_id: id,
        tenant_id: 'acme',
        amount: '10.00',
        recipient_account: 'A-1',
        description: null,
        metadata: {},
        scheduled_for: null,
      },
      now: new Date(now),
    },
    context,
    { expected: 'no_stream' },
  );
  const [event] = await infra.eventStore.readStream(payoutStreamName(id));
  const bus = toBusEvent(event!);
  await takeInPayoutEvent(
    {
      pool: infra.pool,
      eventStore: infra.eventStore,
      clock: () => new Date(now),
      endpointsEnabled: queryEndpointsEnabled(infra.pool),
    },
    bus,
  );
  return id;
}

const deliveriesOf = async (endpointId: string) =>
  (await request('GET', `/api/v1/webhook-endpoints/${endpointId}/deliveries`)).body.results as {
    id: string;
    status: string;
    failure_reason: string | null;
    attempts: { error: string | null }[];
  }[];

describe('the notifier in production', () => {
  it('refuses targets that are not https or reach inside, naming url', async () => {
    for (const url of [
      'http://rebind.example/hook',
      'https://127.0.0.1/hook',
      'https://169.254.169.254/latest/meta-data/',
      'https://10.0.0.1/hook',
      'https://[::1]/hook',
      'https://[::ffff:192.168.0.1]/hook',
      'https://nowhere.example/hook',
    ]) {
      const res = await request('POST', '/api/v1/webhook-endpoints', { url });
      expect(res.status, url).toBe(400);
      expect(res.body.errors, url).toEqual([{ field: 'url', message: expect.any(String) }]);
    }
    // A private address is fine for a host the operator listed.
    expect(
      (await request('POST', '/api/v1/webhook-endpoints', { url: 'https://hooks.internal/x' })).status,
    ).toBe(201);
  });

  it('checks again when sending: a name now resolving inside is refused, retried, then given up', async () => {
    rebindTo = '93.184.216.34';
    const created = await request('POST', '/api/v1/webhook-endpoints', {
      url: 'https://rebind.example/hook',
    });
    expect(created.status).toBe(201);
    const endpointId = created.body.id as string;
    rebindTo = '10.0.0.5';
    await payoutRequested();
    const [first] = await eventually(async () => {
      const list = await deliveriesOf(endpointId);
      return list[0]?.attempts.length === 1 ? list : undefined;
    });
    expect(first!.attempts[0]!.error).toBe(
      'refused: host rebind.example resolves to 10.0.0.5 is a private address',
    );
    expect(first!.status).toBe('pending');

    now += 1.5 * HOUR; // past the one-hour retry window
    const [given] = await eventually(async () => {
      const list = await deliveriesOf(endpointId);
      return list[0]?.status === 'failed' ? list : undefined;
    });
    expect(given!.attempts).toHaveLength(2);
    expect(given!.failure_reason).toMatch(/no success in 2 attempts/);
    const history = await eventually(async () => {
      const h = await request('GET', `/api/v1/webhook-deliveries/${given!.id}/history`);
      return h.body.events.length > 0 ? h.body : undefined;
    });
    expect(history.events[0]).toMatchObject({
      type: 'WebhookDeliveryFailed',
      data: { attempts: expect.any(Array) },
    });
    expect(history.events[0].data.attempts).toHaveLength(2);

    // Failing since the first attempt: past two hours, the next failure disables the endpoint.
    now += 1 * HOUR;
    await payoutRequested();
    const disabled = await eventually(async () => {
      const res = await request('GET', `/api/v1/webhook-endpoints/${endpointId}`);
      return res.body.status === 'disabled' ? res.body : undefined;
    });
    expect(disabled.disabled_reason).toBe('failing');
    expect(disabled.disabled_detail).toMatch(/every delivery failed since/);
  });
});
