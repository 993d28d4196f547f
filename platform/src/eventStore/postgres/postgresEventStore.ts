// The embedded default event store: PostgreSQL, one append-only events table.
//
// Readers of all events must never skip an event whose transaction commits after a later position
// became visible. Positions (identity values) are taken in insert order, not commit order, so a
// reader that remembered "position 41" could miss position 40 committing a moment later. Readers here
// only read events written by transactions older than every transaction still running
// (`pg_snapshot_xmin`), ordered by (transaction id, position), and checkpoint that pair: everything
// below the snapshot's xmin is final, so nothing can appear behind a checkpoint.

import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import {
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type GlobalPosition,
  type RecordedEvent,
  START,
  WrongExpectedRevision,
} from '../port.ts';
import { createNotifier } from './notifier.ts';
import { migrateEventStore, notifyChannel } from './schema.ts';

/** Events per read when catching up: large enough to amortise the round trip, small enough to stream. */
const READ_BATCH = 500;
/** A live subscriber re-reads at least this often even if a notification was lost. */
const IDLE_WAIT_MS = 2_000;
const MAX_RETRY_DELAY_MS = 5_000;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

export type PostgresEventStoreOptions = {
  schema?: string;
  /** Creates or upgrades the schema at start-up (default true). */
  migrate?: boolean;
};

type EventRow = {
  position: string;
  transaction_id: string;
  stream_name: string;
  revision: string;
  event_id: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  recorded_at: Date;
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
  const connectionString = (pool.options as { connectionString?: string }).connectionString;
  if (!connectionString) throw new Error('the event store pool needs a connectionString');
  const notifier = createNotifier(connectionString, notifyChannel(schema));

  const COLUMNS =
    'position, transaction_id, stream_name, revision, event_id, type, data, metadata, recorded_at';

  async function currentRevision(streamName: string): Promise<bigint | 'no_stream'> {
    const { rows } = await pool.query<{ revision: string }>(
      `select revision from ${t}.streams where stream_name = $1`,
      [streamName],
    );
    return rows[0] ? BigInt(rows[0].revision) : 'no_stream';
  }

  async function appendOnce(
    streamName: string,
    events: EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const { rows } = await pool.query<{
      next_revision: string;
      commit_position: string;
      prepare_position: string;
    }>(`select * from ${t}.append_events($1, $2, $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[])`, [
      streamName,
      typeof expected === 'bigint' ? expected.toString() : expected,
      events.map((e) => e.id),
      events.map((e) => e.type),
      events.map((e) => JSON.stringify(e.data)),
      events.map((e) => JSON.stringify(e.metadata)),
    ]);
    const row = rows[0]!;
    return {
      nextRevision: BigInt(row.next_revision),
      position: { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) },
    };
  }

  const store: EventStore = {
    kind: 'postgres',

    async append(streamName, events, expected) {
      if (events.length === 0) throw new Error('append needs at least one event');
      for (let attempt = 1; ; attempt++) {
        try {
          return await appendOnce(streamName, events, expected);
        } catch (err) {
          const e = err as { code?: string; constraint?: string; detail?: string };
          if (e.code === 'ES409') {
            const actual = BigInt(e.detail ?? '-1');
            throw new WrongExpectedRevision(streamName, expected, actual < 0n ? 'no_stream' : actual);
          }
          // Two writers created the stream (or re-sent the same events) at once: the loser's retry
          // either sees its events already stored or the stream's new revision.
          const raced = e.code === '23505' && attempt < 3;
          if (raced && (expected === 'any' || e.constraint === 'events_event_id_unique')) continue;
          if (e.code === '23505' && e.constraint === 'events_stream_revision_unique') {
            throw new WrongExpectedRevision(streamName, expected, await currentRevision(streamName));
          }
          if (e.code === 'ES422') throw new Error(`stream ${streamName}: ${String((err as Error).message)}`);
          throw err;
        }
      }
    },

    async readStream(streamName, { fromRevision = 0n, maxCount = Number.MAX_SAFE_INTEGER } = {}) {
      const { rows } = await pool.query<EventRow>(
        `select ${COLUMNS} from ${t}.events where stream_name = $1 and revision >= $2
         order by revision limit $3`,
        [streamName, fromRevision.toString(), maxCount],
      );
      return rows.map(toRecorded);
    },

    async readAll({ from, maxCount = READ_BATCH, streamPrefix } = {}) {
      const after = from ?? START;
      const { rows } = await pool.query<EventRow>(
        `select ${COLUMNS} from ${t}.events
         where (transaction_id, position) > ($1::xid8, $2::bigint)
           and transaction_id < pg_snapshot_xmin(pg_current_snapshot())
           and ($4::text is null or starts_with(stream_name, $4::text))
         order by transaction_id, position
         limit $3`,
        [after.commit.toString(), after.prepare.toString(), maxCount, streamPrefix ?? null],
      );
      return rows.map(toRecorded);
    },

    async headPosition() {
      const { rows } = await pool.query<{ transaction_id: string; position: string }>(
        `select transaction_id, position from ${t}.events
         where transaction_id < pg_snapshot_xmin(pg_current_snapshot())
         order by transaction_id desc, position desc limit 1`,
      );
      const row = rows[0];
      return row ? { commit: BigInt(row.transaction_id), prepare: BigInt(row.position) } : START;
    },

    async subscribeToAll(handler, { from, streamPrefix, signal, onRetry }) {
      let checkpoint: GlobalPosition = from ?? START;
      let failures = 0;
      while (!signal.aborted) {
        const seen = notifier.generation();
        let batch: RecordedEvent[];
        try {
          batch = await store.readAll({ from: checkpoint, maxCount: READ_BATCH, streamPrefix });
          failures = 0;
        } catch (err) {
          failures += 1;
          onRetry?.(err, failures);
          await sleep(Math.min(100 * 2 ** failures, MAX_RETRY_DELAY_MS), undefined, { signal }).catch(
            () => {},
          );
          continue;
        }
        if (batch.length === 0) {
          await notifier.wait(seen, IDLE_WAIT_MS, signal);
          continue;
        }
        await handler(batch);
        checkpoint = batch.at(-1)!.position;
      }
    },

    async close() {
      await notifier.close();
    },
  };
  return store;
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    streamName: row.stream_name,
    revision: BigInt(row.revision),
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    position: { commit: BigInt(row.transaction_id), prepare: BigInt(row.position) },
    recordedAt: row.recorded_at,
  };
}
