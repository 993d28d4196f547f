// NATS connection and the payout events stream. NATS is a transport, not a record: everything on it
// can be republished from the event store, so the stream keeps a bounded history.
import { type JetStreamManager, jetstreamManager, RetentionPolicy, StorageType } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { Logger } from '../logger.ts';
import type { BusNames } from './port.ts';

/** Duplicates within this window (same Nats-Msg-Id = event id) are dropped by JetStream itself. */
const DUPLICATE_WINDOW_NS = 2 * 60 * 1_000_000_000;
/** The bus is not the record: a week of events is plenty to cover any consumer outage. */
const MAX_AGE_NS = 7 * 24 * 3600 * 1_000_000_000;

export async function connectNats(servers: string, name: string, logger: Logger): Promise<NatsConnection> {
  // A service started while NATS is away waits for it instead of failing: the bus is a transport,
  // and everything it carries can wait in the event store.
  const nc = await connect({
    servers,
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 1_000,
    waitOnFirstConnect: true,
    // nats.js otherwise builds two errors (stack traces included) for every request, in case it
    // fails: each JetStream publish and ack wait is a request, and at a few hundred payouts a
    // second that was about 4% of the process's CPU. A failed request still says what failed.
    noAsyncTraces: true,
  });
  (async () => {
    for await (const status of nc.status()) {
      if (status.type === 'disconnect' || status.type === 'reconnect')
        logger.warn({ nats: status.type }, 'nats connection');
    }
  })().catch(() => {});
  return nc;
}

export async function ensurePayoutStream(nc: NatsConnection, names: BusNames): Promise<JetStreamManager> {
  const jsm = await jetstreamManager(nc);
  const config = {
    name: names.stream,
    subjects: [`${names.subjectPrefix}.events.>`],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    duplicate_window: DUPLICATE_WINDOW_NS,
    max_age: MAX_AGE_NS,
  };
  try {
    await jsm.streams.info(names.stream);
    await jsm.streams.update(names.stream, config);
  } catch (err) {
    if (!isNotFound(err)) throw err;
    await jsm.streams.add(config).catch(async (addErr: unknown) => {
      // Another process created it meanwhile.
      await jsm.streams.info(names.stream).catch(() => {
        throw addErr;
      });
    });
  }
  return jsm;
}

export function isNotFound(err: unknown): boolean {
  const e = err as { code?: string | number; message?: string; api_error?: { err_code?: number } };
  return (
    e?.api_error?.err_code === 10059 ||
    e?.api_error?.err_code === 10014 ||
    /not found/i.test(e?.message ?? '')
  );
}
