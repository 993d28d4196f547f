// The embedded default event store: PostgreSQL, one append-only events table.
//
// Readers of all events must never skip an event whose transaction commits after a later position
// became visible. Positions (identity values) are taken in insert order, not commit order, so a
// reader that remembered "position 41" could miss position 40 committing a moment later. Readers here
// only read events written by transactions older than every append still running (the horizon:
// each append holds a shared advisory lock from before it has a transaction id until it ends; see
// schema/visibleHorizon.ts and schema/appendEvents.ts), ordered by (transaction id, position), and
// checkpoint that pair: everything below the horizon is final, so nothing can appear behind a checkpoint. Transactions
// that do not append (an index build, a bulk load, a long report) hold nobody back.
//
// Appends, and whole-stream reads, made while one is in flight go together as one statement
// (appendGroups.ts, streamReads.ts): under load a round trip per group instead of one per call.

import type { Kysely } from 'kysely';
import type pg from 'pg';
import { type Backoff, backoffDelayMs, pause, retry } from '../../retry.ts';
import {
  type AppendClaim,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type GlobalPosition,
  type RecordedEvent,
  START,
  WrongExpectedRevision,
} from '../port.ts';
import { type AppendRequest, appendGroupStatement, createAppendGroups, toOutcome } from './appendGroups.ts';
import { EVENT_COLUMNS, type EventRow, toRecorded } from './eventRows.ts';
import { createNotifier } from './notifier.ts';
import { createNotifySender } from './notifySender.ts';
import { migrateEventStore, notifyChannel } from './schema/index.ts';
import { createStreamReads } from './streamReads.ts';

/** A unique-violation race or a lost connection is retried this often before the error is the caller's. */
const MAX_ATTEMPTS = 4;
/** Between attempts of a read or an append after a lost connection: 100, 200, 400 ms. */
const RETRY_BACKOFF: Backoff = { firstDelayMs: 100, maxDelayMs: 400 };
/** Events per read when catching up: large enough to amortise the round trip, small enough to stream. */
const READ_BATCH = 500;
/** A live subscriber re-reads at least this often even if a notification was lost. */
const IDLE_WAIT_MS = 2_000;
/** Between a subscriber's failed reads: from 200 ms, doubling, at most 5 s. */
const SUBSCRIBE_BACKOFF: Backoff = { firstDelayMs: 200, maxDelayMs: 5_000 };
/** First re-read delay while events are held back by an open transaction; doubles up to IDLE_WAIT_MS. */
const HELD_BACK_FIRST_WAIT_MS = 50;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;
/** Expired claims are deleted at most this often per process: they only need to go eventually. */
const PURGE_CLAIMS_EVERY_MS = 60 * 60 * 1000;

export type PostgresEventStoreOptions = {
  schema?: string;
  /** Creates or upgrades the schema at start-up (default true). */
  migrate?: boolean;
  /**
   * Groups the appends, and the whole-stream reads, made while one is in flight into one statement
   * (default true; see inFlightGroups.ts). False sends each alone, for comparison in benchmarks.
   */
  grouping?: boolean;
};

export async function createPostgresEventStore(
  pool: pg.Pool,
  db: Kysely<unknown>,
  options: PostgresEventStoreOptions = {},
): Promise<EventStore> {
  const schema = options.schema ?? 'event_store';
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid event store schema name: ${schema}`);
  if (options.migrate !== false) await migrateEventStore(db, schema);
  const t = `"${schema}"`;
  const grouping = options.grouping !== false;
  const connectionString = (pool.options as { connectionString?: string }).connectionString;
  if (!connectionString) throw new Error('the event store pool needs a connectionString');
  const notifier = createNotifier(connectionString, notifyChannel(schema));

  /** Reads are safe to repeat, so a connection lost under one is retried before anyone hears of it. */
  async function read<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
    return retry(async () => (await pool.query<R>(text, values)).rows, {
      backoff: RETRY_BACKOFF,
      maxAttempts: MAX_ATTEMPTS,
      retryAfterMs: (err, _attempt, backoffMs) => (isConnectionLost(err) ? backoffMs : null),
    });
  }

  async function appendOnce(
    streamName: string,
    events: EventToAppend[],
    expected: ExpectedRevision,
    claim: AppendClaim | undefined,
  ): Promise<AppendResult> {
    if (claim) {
      // append_events takes no claim: a claimed append alone is a group of one.
      const request = { streamName, events, expected, claim };
      const { rows } = await pool.query<Parameters<typeof toOutcome>[1]>(
        appendGroupStatement(schema, [request]),
      );
      const outcome = toOutcome(request, rows[0]!);
      if (!outcome.ok) throw outcome.error;
      return outcome.value;
    }
    const { rows } = await pool.query<AppendRow>(appendEventsStatement(schema, streamName, events, expected));
    return toAppendResult(rows[0]!);
  }

  let lastClaimPurgeMs = 0;
  /**
   * Deletes expired claims, at most hourly, when claims are being written. An expired claim no
   * longer binds anything (an append takes it over), so a purge that fails only leaves rows for the
   * next one, an hour later, and is not worth failing the append that triggered it.
   */
  function purgeExpiredClaims(): void {
    if (Date.now() - lastClaimPurgeMs < PURGE_CLAIMS_EVERY_MS) return;
    lastClaimPurgeMs = Date.now();
    pool.query(`delete from ${t}.claims where expires_at < now()`).catch(() => {});
  }

  // Wakes live subscribers (here and in other processes) once appends have committed: coalesced,
  // so the notification rate stays bounded whatever the append rate.
  const appended = createNotifySender(pool, notifyChannel(schema));

  /** Whether committed events wait behind a transaction that is still running. */
  async function eventsHeldBack(): Promise<boolean> {
    const rows = await read<{ held: boolean }>(`select ${t}.events_held_back() as held`);
    return rows[0]?.held ?? false;
  }

  /** One append in its own statement: when its group failed as a whole, or grouping is off. */
  async function appendAlone({ streamName, events, expected, claim }: AppendRequest): Promise<AppendResult> {
    return retry(
      async () => {
        try {
          const result = await appendOnce(streamName, events, expected, claim);
          appended.notify();
          return result;
        } catch (err) {
          const e = err as { code?: string; detail?: string };
          if (e.code === 'ES409') {
            const actual = BigInt(e.detail ?? '-1');
            throw new WrongExpectedRevision(streamName, expected, actual < 0n ? 'no_stream' : actual);
          }
          if (e.code === 'ES422') throw new Error(`stream ${streamName}: ${String((err as Error).message)}`);
          throw err;
        }
      },
      {
        backoff: RETRY_BACKOFF,
        maxAttempts: MAX_ATTEMPTS,
        // A unique violation means another writer created the stream or stored these very events
        // at the same moment (go again at once); a lost connection may or may not have committed.
        // Either way the next attempt sees the outcome: the events already stored (returned as
        // they are, since event ids make an append idempotent) or the stream's new revision (a
        // typed conflict). A deadlock (claims are not locked in a global order) rolled back the
        // whole transaction: going again is as safe as the first try.
        retryAfterMs: (err, _attempt, backoffMs) => {
          const code = (err as { code?: string }).code;
          return code === '23505' || code === '40P01' ? 0 : isConnectionLost(err) ? backoffMs : null;
        },
      },
    );
  }

  const appendGrouped = createAppendGroups(pool, schema, appendAlone, () => appended.notify());

  const readStreamGrouped = createStreamReads(schema, (text, values) => read<EventRow>(text, values));

  const store: EventStore = {
    kind: 'postgres',

    append(streamName, events, expected, options) {
      if (events.length === 0) return Promise.reject(new Error('append needs at least one event'));
      const claim = options?.claim;
      if (claim) purgeExpiredClaims();
      const request = { streamName, events, expected, claim };
      return grouping ? appendGrouped(request) : appendAlone(request);
    },

    async readStream(streamName, { fromRevision = 0n, maxCount } = {}) {
      if (grouping && maxCount === undefined) return readStreamGrouped({ streamName, fromRevision });
      const rows = await read<EventRow>(
        `select ${EVENT_COLUMNS} from ${t}.events where stream_name = $1 and revision >= $2
         order by revision limit $3`,
        [streamName, fromRevision.toString(), maxCount ?? Number.MAX_SAFE_INTEGER],
      );
      return rows.map(toRecorded);
    },

    async readAll({ from, maxCount = READ_BATCH, streamPrefix } = {}) {
      const after = from ?? START;
      const rows = await read<EventRow>(
        `select ${EVENT_COLUMNS} from ${t}.read_all($1::xid8, $2::bigint, $3::int, $4::text)`,
        [after.commit.toString(), after.prepare.toString(), maxCount, streamPrefix ?? null],
      );
      return rows.map(toRecorded);
    },

    async headPosition() {
      const rows = await read<{ transaction_id: string | null; position: string | null }>(
        `select transaction_id, position from ${t}.head_position()`,
      );
      const row = rows[0];
      return row?.transaction_id && row.position
        ? { commit: BigInt(row.transaction_id), prepare: BigInt(row.position) }
        : START;
    },

    async backlog({ from, streamPrefix, limit }) {
      const after = from ?? START;
      const rows = await read<{ events: number; oldest: Date | null }>(
        `select events, oldest from ${t}.backlog($1::xid8, $2::bigint, $3::int, $4::text)`,
        [after.commit.toString(), after.prepare.toString(), limit, streamPrefix ?? null],
      );
      return { events: rows[0]?.events ?? 0, oldestRecordedAt: rows[0]?.oldest ?? null };
    },

    async subscribeToAll(handler, { from, streamPrefix, signal, onRetry }) {
      let checkpoint: GlobalPosition = from ?? START;
      let failures = 0;
      let heldBackWaitMs = HELD_BACK_FIRST_WAIT_MS;
      while (!signal.aborted) {
        const seen = notifier.generation();
        let batch: RecordedEvent[];
        let heldBack = false;
        try {
          batch = await store.readAll({ from: checkpoint, maxCount: READ_BATCH, streamPrefix });
          if (batch.length === 0) heldBack = await eventsHeldBack();
          failures = 0;
        } catch (err) {
          failures += 1;
          onRetry?.(err, failures);
          await pause(backoffDelayMs(SUBSCRIBE_BACKOFF, failures), signal);
          continue;
        }
        if (batch.length === 0) {
          // Committed events held back by an older append still running become readable when it
          // ends, and that append may notify nobody (it may not run through this adapter, or may
          // roll back): look again soon, backing off, instead of sleeping until the idle timeout.
          if (heldBack) {
            await notifier.wait(seen, heldBackWaitMs, signal);
            heldBackWaitMs = Math.min(heldBackWaitMs * 2, IDLE_WAIT_MS);
          } else {
            await notifier.wait(seen, IDLE_WAIT_MS, signal);
          }
          continue;
        }
        heldBackWaitMs = HELD_BACK_FIRST_WAIT_MS;
        await handler(batch);
        checkpoint = batch.at(-1)!.position;
        // A short batch was everything readable when it was read: read again on the next append's
        // notification rather than at once, which under a steady stream of appends would be an
        // empty read (and a held-back check) for every batch. An append that notifies nobody is
        // still found within HELD_BACK_FIRST_WAIT_MS.
        if (batch.length < READ_BATCH) await notifier.wait(seen, HELD_BACK_FIRST_WAIT_MS, signal);
      }
    },

    async close() {
      await appended.close();
      await notifier.close();
    },
  };
  return store;
}

type AppendRow = { next_revision: string; commit_position: string; prepare_position: string };

/**
 * The one statement that appends: all events in one round trip, the expected revision checked under
 * the stream's row lock. Exported so that a test can run it inside a transaction it holds open.
 */
export function appendEventsStatement(
  schema: string,
  streamName: string,
  events: EventToAppend[],
  expected: ExpectedRevision,
): { text: string; values: unknown[] } {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid event store schema name: ${schema}`);
  return {
    text: `select * from "${schema}".append_events($1, $2, $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[])`,
    values: [
      streamName,
      typeof expected === 'bigint' ? expected.toString() : expected,
      events.map((e) => e.id),
      events.map((e) => e.type),
      events.map((e) => JSON.stringify(e.data)),
      events.map((e) => JSON.stringify(e.metadata)),
    ],
  };
}

function toAppendResult(row: AppendRow): AppendResult {
  return {
    nextRevision: BigInt(row.next_revision),
    position: { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) },
  };
}

/** The server went away or ended the session: the statement may or may not have run. */
function isConnectionLost(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  if (typeof e?.code === 'string' && (/^57P0[123]$/.test(e.code) || e.code.startsWith('08'))) return true;
  if (e?.code === 'ECONNRESET' || e?.code === 'ECONNREFUSED' || e?.code === 'EPIPE') return true;
  return /Connection terminated|connection (is )?closed|Client has encountered a connection error/i.test(
    e?.message ?? '',
  );
}
