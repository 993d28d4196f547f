// The embedded bus: the bus port on PostgreSQL tables (schema.ts), for `npm start` on a machine with
// no NATS. `npm start` always has a PostgreSQL (the configured one, the local one, or the embedded
// one), so the bus keeps its messages, consumers and unacknowledged deliveries there: durable
// consumers resume after a restart, and any process on the same database shares them. Consumers
// wake on LISTEN/NOTIFY when a publish commits; a delivery due again (ack wait over, nak delay
// passed) is picked up by the next fetch, which an idle consumer makes when the earliest one is due.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { createNotifier } from '../../eventStore/postgres/notifier.ts';
import { createInFlightGroups, type Outcome } from '../../inFlightGroups.ts';
import type { Logger } from '../../logger.ts';
import {
  type Bus,
  type BusDelivery,
  BusGone,
  type BusNames,
  type ConsumeOptions,
  type Parking,
  type PublishAck,
} from '../port.ts';
import { CONSUMER_GONE, migrateEmbeddedBus, publishChannel, STREAM_GONE } from './schema.ts';
import { subjectPattern } from './subjectFilter.ts';

/** Messages published together in one statement at most (the relay keeps up to 128 in flight). */
const MAX_PUBLISH_GROUP = 256;
const MAX_SETTLE_GROUP = 1_000;
/**
 * Longest an idle consumer waits without a notification: a notification lost with the listening
 * connection costs at most this much delay, never a message.
 */
const IDLE_POLL_MS = 5_000;
/** Pause before a consumer fetches again after a failed fetch (the database away for a moment). */
const FETCH_RETRY_MS = 1_000;
/** Kept as long as NATS keeps them (nats.ts): the bus is a transport, not a record. */
const MAX_AGE_MS = 7 * 24 * 3600 * 1_000;
const PURGE_EVERY_MS = 3_600_000;

export type PostgresBusOptions = {
  /** For the LISTEN connection that wakes consumers. */
  connectionString: string;
  logger: Logger;
  parking?: Parking | null;
};

type Settlement = { consumer: string; seq: number /** -1: acknowledged (or terminated). */; delayMs: number };

type FetchedRow = {
  d_seq: string;
  d_subject: string;
  d_message_id: string;
  d_headers: Record<string, string>;
  d_data: string;
  d_deliveries: number;
};

/** Creates its tables if needed and the stream if missing. */
export async function openPostgresBus(
  pool: pg.Pool,
  db: Kysely<unknown>,
  names: BusNames,
  options: PostgresBusOptions,
): Promise<Bus> {
  await migrateEmbeddedBus(db);
  const { stream } = names;
  const logger = options.logger;
  const notifier = createNotifier(options.connectionString, publishChannel(stream));
  let closed = false;

  const publishGroup = createInFlightGroups<
    { id: string; subject: string; headers: string; data: string },
    PublishAck
  >(async (group): Promise<Outcome<PublishAck>[]> => {
    const { rows } = await pool.query<{ published_id: string; was_duplicate: boolean }>(
      'select published_id, was_duplicate from bus.publish($1, $2, $3, $4, $5)',
      [
        stream,
        group.map((m) => m.id),
        group.map((m) => m.subject),
        group.map((m) => m.headers),
        group.map((m) => m.data),
      ],
    );
    if (rows.length !== group.length) {
      throw new Error(`bus.publish answered ${rows.length} outcomes for ${group.length} messages`);
    }
    return rows.map((row) => ({ ok: true, value: { duplicate: row.was_duplicate } }));
  }, MAX_PUBLISH_GROUP);

  // Acknowledgements and naks go together, a statement per group, as NATS sends them without waiting.
  const settling = new Set<Promise<void>>();
  const settleGroup = createInFlightGroups<Settlement, void>(async (group) => {
    const last = new Map<string, Settlement>(); // an ack and a nak of one delivery: the later wins
    for (const s of group) last.set(`${s.consumer}\u0000${s.seq}`, s);
    const settlements = [...last.values()];
    await pool.query(
      `with s as (
         select * from unnest($2::text[], $3::bigint[], $4::integer[]) as s(consumer, seq, delay_ms)
       ), acked as (
         delete from bus.deliveries d using s
         where s.delay_ms < 0 and d.stream = $1 and d.consumer = s.consumer and d.seq = s.seq
       )
       update bus.deliveries d set redeliver_at = clock_timestamp() + s.delay_ms * interval '1 millisecond'
       from s
       where s.delay_ms >= 0 and d.stream = $1 and d.consumer = s.consumer and d.seq = s.seq`,
      [
        stream,
        settlements.map((s) => s.consumer),
        settlements.map((s) => s.seq),
        settlements.map((s) => s.delayMs),
      ],
    );
    return group.map(() => ({ ok: true, value: undefined }));
  }, MAX_SETTLE_GROUP);
  // A consumer of this process waiting for its next due delivery is woken when a nak of its own
  // makes one due sooner (another process's naks are found by the next poll).
  const waiting = new Set<() => void>();
  const wakeAfter = (delayMs: number) => {
    const timer = setTimeout(() => {
      for (const wake of [...waiting]) wake();
    }, delayMs);
    timer.unref();
  };
  const settle = (settlement: Settlement) => {
    const done = settleGroup(settlement).then(
      () => {
        if (settlement.delayMs >= 0) wakeAfter(settlement.delayMs);
      },
      (err: unknown) =>
        // Not lost: the delivery goes out again when its ack wait is over.
        logger.warn({ err: (err as Error).message, consumer: settlement.consumer }, 'bus: settling failed'),
    );
    settling.add(done);
    void done.finally(() => settling.delete(done));
  };

  const ensureStream = async (): Promise<string> => {
    // Created by another process after the statement's snapshot was taken: read it again.
    for (let attempt = 0; attempt < 5; attempt++) {
      const created = await createStreamOrRead();
      if (created !== undefined) return created;
    }
    throw new Error(`bus stream ${stream}: created and deleted again while it was being created`);
  };
  const createStreamOrRead = async (): Promise<string | undefined> => {
    const { rows } = await pool.query<{ created: string }>(
      `with created as (
         insert into bus.streams (name, created)
         values ($1, to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
         on conflict (name) do nothing
         returning created
       )
       select created from created union all select created from bus.streams where name = $1`,
      [stream],
    );
    return rows[0]?.created;
  };

  const fetch = async (durable: string, max: number): Promise<FetchedRow[]> => {
    try {
      return (await pool.query<FetchedRow>('select * from bus.fetch($1, $2, $3)', [stream, durable, max]))
        .rows;
    } catch (err) {
      if (isGone(err)) throw new BusGone(`consumer ${durable} on ${stream}: ${(err as Error).message}`);
      throw err;
    }
  };

  /** Milliseconds until this consumer's earliest delivery is due again (IDLE_POLL_MS if none). */
  const nextDueMs = async (durable: string): Promise<number> => {
    const { rows } = await pool.query<{ ms: number | null }>(
      `select ceil(extract(epoch from min(redeliver_at) - clock_timestamp()) * 1000)::integer as ms
       from bus.deliveries where stream = $1 and consumer = $2`,
      [stream, durable],
    );
    const ms = rows[0]?.ms;
    return ms === null || ms === undefined ? IDLE_POLL_MS : Math.max(0, Math.min(ms, IDLE_POLL_MS));
  };

  const delivery = (durable: string, row: FetchedRow): BusDelivery => {
    const seq = Number(row.d_seq);
    return {
      subject: row.d_subject,
      data: row.d_data,
      id: row.d_message_id,
      seq,
      deliveryCount: row.d_deliveries,
      header: (name) => row.d_headers[name],
      ack: () => settle({ consumer: durable, seq, delayMs: -1 }),
      nak: (delayMs) => settle({ consumer: durable, seq, delayMs: Math.max(0, Math.ceil(delayMs)) }),
      term: () => settle({ consumer: durable, seq, delayMs: -1 }),
    };
  };

  async function* consume(options: ConsumeOptions): AsyncGenerator<BusDelivery> {
    const { durable, signal } = options;
    await pool
      .query(
        `insert into bus.consumers (stream, name, filter_subject, filter_pattern, ack_wait_ms)
         values ($1, $2, $3, $4, $5)
         on conflict (stream, name) do update set filter_subject = excluded.filter_subject,
           filter_pattern = excluded.filter_pattern, ack_wait_ms = excluded.ack_wait_ms`,
        [stream, durable, options.filterSubject, subjectPattern(options.filterSubject), options.ackWaitMs],
      )
      .catch((err: { code?: string; message?: string }) => {
        // 23503: the stream row the consumer refers to is not there.
        throw err.code === '23503' ? new BusGone(`stream ${stream} does not exist`) : err;
      });
    while (!signal.aborted) {
      const since = notifier.generation();
      let rows: FetchedRow[];
      try {
        rows = await fetch(durable, options.maxMessages);
      } catch (err) {
        if (err instanceof BusGone || signal.aborted) throw err;
        logger.warn({ err: (err as Error).message, consumer: durable }, 'bus: fetching failed; trying again');
        await sleep(FETCH_RETRY_MS, undefined, { signal }).catch(() => {});
        continue;
      }
      let handedOut = 0;
      try {
        for (const row of rows) {
          if (signal.aborted) break;
          handedOut += 1;
          yield delivery(durable, row);
        }
      } finally {
        // Fetched but not handed out (stopped meanwhile): out again at once, not after the ack wait.
        for (const row of rows.slice(handedOut))
          settle({ consumer: durable, seq: Number(row.d_seq), delayMs: 0 });
      }
      if (rows.length < options.maxMessages && !signal.aborted) {
        const waitMs = await nextDueMs(durable).catch(() => FETCH_RETRY_MS);
        if (waitMs > 0) {
          const woken = new AbortController();
          const wake = () => woken.abort();
          waiting.add(wake);
          try {
            await notifier.wait(since, waitMs, AbortSignal.any([signal, woken.signal]));
          } finally {
            waiting.delete(wake);
          }
        }
      }
    }
  }

  const identity = async (): Promise<string | null> => {
    const { rows } = await pool.query<{ created: string }>(
      'select created from bus.streams where name = $1',
      [stream],
    );
    return rows[0]?.created ?? null;
  };

  const purge = setInterval(() => {
    pool
      .query(
        `delete from bus.messages where stream = $1 and stored_at < now() - $2 * interval '1 millisecond'`,
        [stream, MAX_AGE_MS],
      )
      .catch((err: unknown) =>
        logger.warn({ err: (err as Error).message }, 'bus: purging old messages failed'),
      );
  }, PURGE_EVERY_MS);
  purge.unref();

  // The stream's subjects, as nats.ts configures its NATS stream: a message outside them has no
  // stream to go to.
  const streamSubjects = new RegExp(subjectPattern(`${names.subjectPrefix}.events.>`));

  await ensureStream();
  return {
    kind: 'postgres',
    stream,
    subjectPrefix: names.subjectPrefix,
    parking: options.parking ?? null,
    async publish(message) {
      if (closed) throw new Error('the bus is closed');
      if (!streamSubjects.test(message.subject)) {
        throw new Error(
          `no stream takes subject ${message.subject} (stream ${stream}: ${names.subjectPrefix}.events.>)`,
        );
      }
      try {
        return await publishGroup({
          id: message.id,
          subject: message.subject,
          headers: JSON.stringify(message.headers ?? {}),
          data: message.data,
        });
      } catch (err) {
        if (isGone(err)) throw new BusGone(`stream ${stream} does not exist`);
        throw err;
      }
    },
    ensureStream,
    streamIdentity: identity,
    async deleteStream() {
      // Consumers waiting for messages wake, find their consumer gone, and end.
      await pool.query('with deleted as (delete from bus.streams where name = $1) select pg_notify($2, $1)', [
        stream,
        publishChannel(stream),
      ]);
    },
    consume,
    async consumerLag(durable) {
      const { rows } = await pool.query<{ pending: string; ack_pending: string }>(
        `select
           (select count(*) from bus.messages m
            where m.stream = c.stream and m.seq > c.delivered_seq and m.subject ~ c.filter_pattern) as pending,
           (select count(*) from bus.deliveries d where d.stream = c.stream and d.consumer = c.name) as ack_pending
         from bus.consumers c where c.stream = $1 and c.name = $2`,
        [stream, durable],
      );
      const row = rows[0];
      if (!row) throw new BusGone(`consumer ${durable} on ${stream} does not exist`);
      return { pending: Number(row.pending), ackPending: Number(row.ack_pending) };
    },
    async ping() {
      await pool.query('select 1');
    },
    async close() {
      closed = true;
      clearInterval(purge);
      await Promise.allSettled([...settling]);
      await notifier.close();
    },
  };
}

function isGone(err: unknown): boolean {
  const code = (err as { code?: string } | undefined)?.code;
  return code === STREAM_GONE || code === CONSUMER_GONE;
}
