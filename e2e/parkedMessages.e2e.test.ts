// A poison message through the assembled system, on each bus: another deployment sharing the stream
// publishes an event of a payout this event store does not hold. The projector fails on it a bounded
// number of times, parks it (gauge, metric, the operators' command lists it) and goes on with the
// rest; once the database holds the payout (restored), a re-drive asked for on the command line
// brings the read model up to that event and empties the list.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type PayoutResource, payoutStreamName } from '@payouts/contracts';
import {
  type Bus,
  createKysely,
  createLogger,
  createParkedMessages,
  createPool,
  createPostgresEventStore,
  type EventToAppend,
  loadConfig,
  openNatsBus,
  openPostgresBus,
  type ParkedMessages,
  publishEvent,
} from '@payouts/platform';
import {
  createTestDatabase,
  eventually,
  TEST_NATS_URL,
  type TestDatabase,
  uniqueBusNames,
} from '@payouts/platform/testing';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem, systemEnv } from '../start/system.ts';

const API_KEY = 'e2e-parked-key-0123456789';
const PARK_AFTER_FAILURES = 3;
const root = join(import.meta.dirname, '..');
const logger = createLogger('e2e-parked', 'silent');

describe.each(['nats', 'postgres'] as const)('a poison message on the %s bus', (kind) => {
  let database: TestDatabase;
  let system: RunningSystem;
  let base: string;
  let pool: pg.Pool;
  let db: Kysely<unknown>;
  let parked: ParkedMessages;
  /** The other deployment's publisher, on the same stream. */
  let other: Bus;
  const names = uniqueBusNames();
  const auth = { Authorization: `Bearer ${API_KEY}` };

  beforeAll(async () => {
    database = await createTestDatabase('e2e_parked');
    const config = loadConfig(systemEnv, {
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      NATS_URL: TEST_NATS_URL,
      ...names,
      DEV_API_KEY: API_KEY,
      PORT: '0',
      PROVIDER_LATENCY_MS: '10',
      BUS_PARK_AFTER_FAILURES: String(PARK_AFTER_FAILURES),
    });
    system = await startSystem(config, createLogger('e2e-parked', 'silent'), { bus: kind });
    base = `http://127.0.0.1:${system.port}`;
    pool = createPool(database.url, logger);
    db = createKysely<unknown>(pool);
    parked = await createParkedMessages(pool, db);
    const busNames = { stream: names.NATS_STREAM, subjectPrefix: names.NATS_SUBJECT_PREFIX };
    other =
      kind === 'nats'
        ? await openNatsBus(TEST_NATS_URL, busNames, 'other-deployment', logger)
        : await openPostgresBus(pool, db, busNames, { connectionString: database.url, logger });
  });

  afterAll(async () => {
    await system?.stop();
    await other?.deleteStream().catch(() => {});
    await other?.close();
    await db?.destroy();
    await database?.drop();
  });

  /** Runs the operators' command as its own process, as an operator would. */
  async function busCommand(...args: string[]) {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(root, 'platform/src/bus/cli/bus.ts'), ...args],
      { cwd: root, env: { ...process.env, DATABASE_URL: database.url, NATS_STREAM: names.NATS_STREAM } },
    );
    return { stdout, stderr };
  }

  async function metric(name: string, labels: string): Promise<number | undefined> {
    const text = await (await fetch(`${base}/metrics`)).text();
    const value = new RegExp(`^${name}\\{${labels}\\} (\\d+)$`, 'm').exec(text)?.[1];
    return value === undefined ? undefined : Number(value);
  }

  it('is parked after the set number of failures, listed, and re-driven once the payout is restored', async () => {
    // The payout as the other deployment's event store has it; this one has none of it.
    const payoutId = randomUUID();
    const stream = payoutStreamName(payoutId);
    const events = payoutEvents(payoutId);
    const cancelled = events[2]!;
    // Counters are the process's: both buses' systems run in this one.
    const parkedBefore =
      (await metric('bus_consumer_handled_total', 'consumer="projector",outcome="parked"')) ?? 0;
    const redrivenBefore =
      (await metric('bus_consumer_handled_total', 'consumer="projector",outcome="redriven"')) ?? 0;
    await publishEvent(other, {
      ...cancelled,
      streamName: stream,
      revision: 2n,
      position: { commit: 1n, prepare: 1n },
      recordedAt: new Date(),
    });

    const record = await eventually(
      async () => (await parked.list({ stream: names.NATS_STREAM }))[0],
      60_000,
      'the poison message parked',
    );
    expect(record).toMatchObject({
      consumer: 'projector',
      subject: `${names.NATS_SUBJECT_PREFIX}.events.PayoutCancelled`,
      messageId: cancelled.id,
      failures: PARK_AFTER_FAILURES,
    });
    expect(record.error).toContain('the event store has no revisions 0..2');
    const gaugeLabels = `stream="${names.NATS_STREAM}",consumer="projector"`;
    // The operator routes are a worker's (its metrics port), never beside the public API.
    expect((await fetch(`${base}/bus/parked`)).status).toBe(404);
    expect(await metric('bus_parked_messages', gaugeLabels)).toBe(1);
    expect(await metric('bus_consumer_handled_total', 'consumer="projector",outcome="parked"')).toBe(
      parkedBefore + 1,
    );

    // Everything else still flows.
    const created = await fetch(`${base}/api/v1/payouts/`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ amount: '5.00', recipient_account: 'ACC-PARKED' }),
    }).then((r) => r.json() as Promise<{ id: string }>);
    await eventually(
      async () => {
        const payout = await fetch(`${base}/api/v1/payouts/${created.id}/`, { headers: auth });
        return payout.ok && ((await payout.json()) as PayoutResource).status === 'completed'
          ? true
          : undefined;
      },
      30_000,
      'a new payout completed meanwhile',
    );

    const listed = await busCommand('parked');
    expect(listed.stdout).toContain(`#${record.id} projector`);
    expect(listed.stdout).toContain(`message ${cancelled.id}`);
    expect(listed.stdout).toContain(`failed ${PARK_AFTER_FAILURES} times`);

    // The database is restored: this event store holds the payout now. The relay publishes its
    // events; the bus drops the last as a duplicate of the parked one, so the read model stops short.
    const store = await createPostgresEventStore(pool, db);
    await store.append(stream, events, 'no_stream');
    await store.close();
    const readRevision = async () => {
      const response = await fetch(`${base}/api/v1/payouts/${payoutId}/`, { headers: auth });
      return response.ok ? response.headers.get('ETag') : null;
    };
    await eventually(async () => ((await readRevision()) === '"1"' ? true : undefined), 30_000, 'revision 1');

    const redriven = await busCommand('redrive', '--consumer', 'projector');
    expect(redriven.stdout).toContain('asked to re-drive 1 parked message');
    await eventually(async () => ((await readRevision()) === '"2"' ? true : undefined), 30_000, 'revision 2');
    const payout = (await fetch(`${base}/api/v1/payouts/${payoutId}/`, { headers: auth }).then((r) =>
      r.json(),
    )) as PayoutResource;
    expect(payout.status).toBe('cancelled');
    // The record leaves the list, and the count of re-driven messages moves, once the handler is
    // done: just after the row it wrote shows.
    await eventually(
      async () =>
        (await metric('bus_consumer_handled_total', 'consumer="projector",outcome="redriven"')) ===
        redrivenBefore + 1
          ? true
          : undefined,
      10_000,
      'the re-driven message counted',
    );
    expect(await parked.list({ stream: names.NATS_STREAM, failing: true })).toEqual([]);
    expect(await metric('bus_parked_messages', gaugeLabels)).toBe(0);
    expect(await metric('bus_consumer_handled_total', 'consumer="projector",outcome="redriven"')).toBe(
      redrivenBefore + 1,
    );
    // Parking takes 1 s + 2 s of retries, each command a process of its own: a loaded machine needs more
    // than the default minute.
  }, 180_000);
});

/** A payout requested, changed and cancelled by tenant `dev` (the DEV_API_KEY's). */
function payoutEvents(payoutId: string): EventToAppend[] {
  const at = (seconds: number) => new Date(Date.now() - 60_000 + seconds * 1_000).toISOString();
  const event = (type: string, data: Record<string, unknown>): EventToAppend => {
    const id = randomUUID();
    return {
      id,
      type,
      data: { payout_id: payoutId, ...data },
      metadata: {
        event_id: id,
        correlation_id: `corr-${id.slice(0, 8)}`,
        causation_id: null,
        actor: 'dev',
        traceparent: null,
        schema_version: 1,
      },
    };
  };
  return [
    event('PayoutRequested', {
      tenant_id: 'dev',
      amount: '42.00',
      currency: 'RUB',
      recipient_account: '40817810099910004312',
      description: null,
      metadata: {},
      scheduled_for: null,
      occurred_at: at(0),
    }),
    event('PayoutUpdated', { changes: { amount: '43.00' }, occurred_at: at(1) }),
    event('PayoutCancelled', { reason: null, occurred_at: at(2) }),
  ];
}
