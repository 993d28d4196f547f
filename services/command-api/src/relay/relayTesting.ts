// What the relay's tests share: an event store and checkpoints in a fresh database, a JetStream
// stream of their own, and a way to read back everything the bus holds.
import type { JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { type BusEvent, PAYOUT_STREAM_PREFIX } from '@payouts/contracts';
import {
  type Bus,
  type CheckpointStore,
  connectNats,
  createCheckpointStore,
  createKysely,
  createLogger,
  createNatsBus,
  createPool,
  createPostgresEventStore,
  type EventStore,
  ensurePayoutStream,
  publishEvent,
  type RecordedEvent,
} from '@payouts/platform';
import { createTestDatabase, eventually, TEST_NATS_URL, uniqueBusNames } from '@payouts/platform/testing';
import type pg from 'pg';

export const silentLogger = createLogger('relay-test', 'silent');

export type RelayTestbed = {
  databaseUrl: string;
  pool: pg.Pool;
  store: EventStore;
  checkpoints: CheckpointStore;
  nc: NatsConnection;
  jsm: JetStreamManager;
  /** The relay's bus, on this testbed's own stream. */
  bus: Bus;
  /** Publishes to this testbed's stream, as the relay's JetStream publisher does. */
  publish(event: RecordedEvent): Promise<unknown>;
  close(): Promise<void>;
};

export async function openRelayTestbed(natsUrl = TEST_NATS_URL): Promise<RelayTestbed> {
  const database = await createTestDatabase('relay');
  const pool = createPool(database.url, silentLogger);
  const db = createKysely<unknown>(pool);
  const store = await createPostgresEventStore(pool, db);
  const checkpoints = await createCheckpointStore(pool);
  const names = uniqueBusNames();
  const busNames = { stream: names.NATS_STREAM, subjectPrefix: names.NATS_SUBJECT_PREFIX };
  const nc = await connectNats(natsUrl, 'relay-test', silentLogger);
  const jsm = await ensurePayoutStream(nc, busNames);
  const bus = await createNatsBus(nc, busNames);
  return {
    databaseUrl: database.url,
    pool,
    store,
    checkpoints,
    nc,
    jsm,
    bus,
    publish: (event) => publishEvent(bus, event),
    async close() {
      await jsm.streams.delete(bus.stream).catch(() => {});
      await nc.close();
      await store.close();
      await db.destroy();
      await database.drop();
    },
  };
}

export type BusMessage = { seq: number; msgId: string | undefined; subject: string; event: BusEvent };

/** Everything the bus stream holds, in stream order. */
export async function readBus(jsm: JetStreamManager, stream: string): Promise<BusMessage[]> {
  const { state } = await jsm.streams.info(stream);
  const messages: BusMessage[] = [];
  if (state.messages === 0) return messages;
  for (let seq = state.first_seq; seq <= state.last_seq; seq++) {
    const m = await jsm.streams.getMessage(stream, { seq });
    if (!m) continue;
    messages.push({
      seq: m.seq,
      msgId: m.header?.get('Nats-Msg-Id'),
      subject: m.subject,
      event: m.json<BusEvent>(),
    });
  }
  return messages;
}

/** How many messages the bus stream holds now. */
export async function busCount(jsm: JetStreamManager, stream: string): Promise<number> {
  return (await jsm.streams.info(stream)).state.messages;
}

/** The Nats-Msg-Id of the newest message on the bus stream. */
export async function lastBusMessageId(jsm: JetStreamManager, stream: string): Promise<string | undefined> {
  const { state } = await jsm.streams.info(stream);
  if (state.messages === 0) return undefined;
  return (await jsm.streams.getMessage(stream, { seq: state.last_seq }))?.header?.get('Nats-Msg-Id');
}

/**
 * The payout events of the store in global order (what the bus must hold, in the same order), once
 * at least `count` are visible: readers of all events may trail appends while an older append to
 * the store is still running.
 */
export async function storedPayoutEventsAtLeast(store: EventStore, count: number): Promise<RecordedEvent[]> {
  return eventually(
    async () => {
      const stored = await storedPayoutEvents(store);
      return stored.length >= count ? stored : undefined;
    },
    30_000,
    `${count} stored payout events`,
  );
}

/** The payout events of the store in global order, as far as readers of all events see them now. */
export async function storedPayoutEvents(store: EventStore): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for (;;) {
    const batch = await store.readAll({
      from: all.at(-1)?.position ?? null,
      maxCount: 1_000,
      streamPrefix: PAYOUT_STREAM_PREFIX,
    });
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}
