// The relay on a bus whose stream is wiped (deleted, or deleted and created again by someone else):
// it notices through the bus port, on either adapter, and publishes every event again from the start
// of the event store, so the new stream holds them all.
import { randomUUID } from 'node:crypto';
import { payoutStreamName } from '@payouts/contracts';
import {
  type Bus,
  type BusDelivery,
  createLogger,
  type Infrastructure,
  openInfrastructure,
  type Running,
} from '@payouts/platform';
import {
  createTestDatabase,
  eventually,
  TEST_NATS_URL,
  type TestDatabase,
  uniqueBusNames,
} from '@payouts/platform/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRelay } from '../start.ts';

describe.each(['nats', 'postgres'] as const)('the relay on a wiped %s bus stream', (kind) => {
  let database: TestDatabase;
  let infra: Infrastructure;
  let relay: Running;

  beforeEach(async () => {
    database = await createTestDatabase('bus_reset');
    infra = await openInfrastructure(
      {
        DATABASE_URL: database.url,
        NATS_URL: TEST_NATS_URL,
        ...uniqueBusNames(),
        EVENT_STORE: 'postgres',
        EVENT_STORE_SCHEMA: 'event_store',
      },
      createLogger('bus-reset-test', 'silent'),
      'bus-reset-test',
      { bus: kind },
    );
    relay = await startRelay(infra);
  });
  afterEach(async () => {
    await relay?.stop();
    await infra?.bus.deleteStream().catch(() => {});
    await infra?.close();
    await database?.drop();
  });

  async function appendPayouts(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      ids.push(id);
      await infra.eventStore.append(
        payoutStreamName(randomUUID()),
        [{ id, type: 'PayoutRequested', data: {}, metadata: {} }],
        'no_stream',
      );
    }
    return ids;
  }

  /** The message ids the stream holds now, read by a consumer of its own. */
  async function held(bus: Bus, count: number): Promise<string[]> {
    const got: BusDelivery[] = [];
    const controller = new AbortController();
    const consuming = (async () => {
      for await (const d of bus.consume({
        durable: `reader-${randomUUID().slice(0, 8)}`,
        filterSubject: `${bus.subjectPrefix}.events.>`,
        ackWaitMs: 30_000,
        maxMessages: 100,
        signal: controller.signal,
      })) {
        got.push(d);
        d.ack();
        if (got.length >= count) controller.abort();
      }
    })();
    await eventually(
      async () => (got.length >= count ? true : undefined),
      30_000,
      `${count} messages`,
    ).finally(() => controller.abort());
    await consuming;
    return got.map((d) => d.id).sort();
  }

  it('publishes everything again when the stream was deleted', async () => {
    const before = await appendPayouts(3);
    expect(await held(infra.bus, 3)).toEqual([...before].sort());
    const identity = await infra.bus.streamIdentity();
    await infra.bus.deleteStream();
    // The next publish finds no stream: the relay starts over, creating it.
    const after = await appendPayouts(1);
    await eventually(
      async () => ((await infra.bus.streamIdentity()) ?? identity) !== identity || undefined,
      30_000,
      'the relay to create the stream again',
    );
    expect(await held(infra.bus, 4)).toEqual([...before, ...after].sort());
  });

  it('publishes everything again when someone else created the stream anew', async () => {
    const before = await appendPayouts(2);
    expect(await held(infra.bus, 2)).toEqual([...before].sort());
    await infra.bus.deleteStream();
    await infra.bus.ensureStream(); // another process was quicker than the relay's next publish
    expect(await held(infra.bus, 2)).toEqual([...before].sort());
  });
});
