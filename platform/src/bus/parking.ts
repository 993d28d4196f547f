// Parked messages: a message a consumer keeps failing on (a payout stream the event store does not
// hold, say) is not redelivered forever. Each failed handling is counted here, per consumer and
// message; at the bus's limit the message is parked: kept here with the consumer, subject, message,
// last error and counts, and given up on the bus. An operator lists them and asks for a re-drive
// (`npm run bus -w @payouts/platform`); the consumer, wherever it runs, then hands the message to
// its handler once more. Kept in PostgreSQL beside the services' other tables, so it works the same
// whichever bus adapter runs. A message deferred on purpose (DeferMessage) never counts.
import { type Kysely, type Migration, sql } from 'kysely';
import type pg from 'pg';
import { runMigrations } from '../migrations.ts';
import { BUS_SCHEMA, ensureBusSchema } from './schema.ts';

/**
 * Failed handlings before a message is parked. A failing message comes back after 1 s, 2 s, ... (at
 * most 30 s) per failure so far, so 30 failures are about seven minutes of retrying: long enough to
 * ride out a dependency's restart, short enough that a poison message stops within minutes. While
 * PostgreSQL itself is away no failure can be counted, so its outage never parks anything.
 */
export const DEFAULT_PARK_AFTER_FAILURES = 30;

export type ParkedMessage = {
  /** This record's id: what a re-drive names. */
  id: number;
  stream: string;
  consumer: string;
  subject: string;
  messageId: string;
  headers: Record<string, string>;
  data: string;
  /** The last failure's message. */
  error: string;
  /** Failed handlings; deferrals are not failures. */
  failures: number;
  /** The bus's delivery count at the last failure (deferrals included). */
  deliveries: number;
  firstFailedAt: Date;
  lastFailedAt: Date;
  /** Null while the message is still being retried on the bus. */
  parkedAt: Date | null;
  /** Set while a re-drive is asked for and not yet taken by the consumer. */
  redriveRequestedAt: Date | null;
};

export type FailedHandling = {
  stream: string;
  consumer: string;
  message: {
    id: string;
    subject: string;
    data: string;
    headers: Record<string, string>;
    deliveryCount: number;
  };
  error: string;
};

export type ParkedFilter = { stream: string; consumer?: string | undefined };

export type ParkedMessages = {
  /** Counts one failed handling; parks the message once it has failed `afterFailures` times. */
  recordFailure(
    failure: FailedHandling,
    afterFailures: number,
  ): Promise<{ failures: number; parked: boolean }>;
  /** The message was handled after all: its failures are forgotten (a parked one leaves the list). */
  forget(stream: string, consumer: string, messageId: string): Promise<void>;
  /** Parked messages, oldest first; `failing` adds those still retried on the bus. */
  list(filter: ParkedFilter & { failing?: boolean }): Promise<ParkedMessage[]>;
  /** Asks for these parked messages (all of the filter's when `ids` is absent) to be handled again. */
  requestRedrive(filter: ParkedFilter & { ids?: number[] }): Promise<number>;
  /** Takes up to `max` messages whose re-drive was asked for, so that no other replica takes them. */
  claimRedrives(stream: string, consumer: string, max: number): Promise<ParkedMessage[]>;
  /** A re-driven message its handler deferred: it is taken again after `delayMs`. */
  redriveLater(id: number, delayMs: number): Promise<void>;
  /** Parked messages per consumer of the stream. */
  countParked(stream: string): Promise<Map<string, number>>;
};

/** A parked message as operators see it (the command's --json, the operator route), its data left out. */
export function parkedSummary(message: ParkedMessage) {
  return {
    id: message.id,
    consumer: message.consumer,
    subject: message.subject,
    message_id: message.messageId,
    failures: message.failures,
    deliveries: message.deliveries,
    error: message.error,
    first_failed_at: message.firstFailedAt.toISOString(),
    last_failed_at: message.lastFailedAt.toISOString(),
    parked_at: message.parkedAt?.toISOString() ?? null,
    redrive_requested_at: message.redriveRequestedAt?.toISOString() ?? null,
  };
}

const migrations: Record<string, Migration> = {
  '001_message_failures': {
    async up(db) {
      await sql`create table bus.message_failures (
        id bigint generated always as identity primary key,
        stream text not null,
        consumer text not null,
        message_id text not null,
        subject text not null,
        headers jsonb not null,
        data text not null,
        error text not null,
        failures integer not null,
        deliveries integer not null,
        first_failed_at timestamptz not null default now(),
        last_failed_at timestamptz not null default now(),
        parked_at timestamptz,
        redrive_requested_at timestamptz,
        constraint message_failures_message unique (stream, consumer, message_id)
      )`.execute(db);
      await sql`create index message_failures_redrive on bus.message_failures (stream, consumer, redrive_requested_at)
        where redrive_requested_at is not null`.execute(db);
    },
  },
};

async function migrateParking(db: Kysely<unknown>): Promise<void> {
  await ensureBusSchema(db);
  await runMigrations(db, 'parking', migrations, BUS_SCHEMA);
}

type Row = {
  id: string;
  stream: string;
  consumer: string;
  subject: string;
  message_id: string;
  headers: Record<string, string>;
  data: string;
  error: string;
  failures: number;
  deliveries: number;
  first_failed_at: Date;
  last_failed_at: Date;
  parked_at: Date | null;
  redrive_requested_at: Date | null;
};

function fromRow(row: Row): ParkedMessage {
  return {
    id: Number(row.id),
    stream: row.stream,
    consumer: row.consumer,
    subject: row.subject,
    messageId: row.message_id,
    headers: row.headers,
    data: row.data,
    error: row.error,
    failures: row.failures,
    deliveries: row.deliveries,
    firstFailedAt: row.first_failed_at,
    lastFailedAt: row.last_failed_at,
    parkedAt: row.parked_at,
    redriveRequestedAt: row.redrive_requested_at,
  };
}

/** An error's message is kept whole up to this length: enough for any cause, not a stack dump. */
const MAX_ERROR_LENGTH = 2_000;

export async function createParkedMessages(pool: pg.Pool, db: Kysely<unknown>): Promise<ParkedMessages> {
  await migrateParking(db);
  return {
    async recordFailure(failure, afterFailures) {
      const { message } = failure;
      const { rows } = await pool.query<{ failures: number; parked: boolean }>(
        `insert into bus.message_failures as f
           (stream, consumer, message_id, subject, headers, data, error, failures, deliveries, parked_at)
         values ($1, $2, $3, $4, $5, $6, $7, 1, $8, case when 1 >= $9 then now() end)
         on conflict (stream, consumer, message_id) do update set
           failures = f.failures + 1,
           error = excluded.error,
           deliveries = excluded.deliveries,
           last_failed_at = now(),
           parked_at = coalesce(f.parked_at, case when f.failures + 1 >= $9 then now() end)
         returning failures, parked_at is not null as parked`,
        [
          failure.stream,
          failure.consumer,
          message.id,
          message.subject,
          JSON.stringify(message.headers),
          message.data,
          failure.error.slice(0, MAX_ERROR_LENGTH),
          message.deliveryCount,
          afterFailures,
        ],
      );
      return rows[0]!;
    },
    async forget(stream, consumer, messageId) {
      await pool.query(
        'delete from bus.message_failures where stream = $1 and consumer = $2 and message_id = $3',
        [stream, consumer, messageId],
      );
    },
    async list(filter) {
      const { rows } = await pool.query<Row>(
        `select * from bus.message_failures
         where stream = $1 and ($2::text is null or consumer = $2) and ($3 or parked_at is not null)
         order by id`,
        [filter.stream, filter.consumer ?? null, filter.failing ?? false],
      );
      return rows.map(fromRow);
    },
    async requestRedrive(filter) {
      const { rowCount } = await pool.query(
        `update bus.message_failures set redrive_requested_at = now()
         where stream = $1 and parked_at is not null
           and ($2::text is null or consumer = $2) and ($3::bigint[] is null or id = any($3))`,
        [filter.stream, filter.consumer ?? null, filter.ids ?? null],
      );
      return rowCount ?? 0;
    },
    async claimRedrives(stream, consumer, max) {
      const { rows } = await pool.query<Row>(
        `update bus.message_failures f set redrive_requested_at = null
         from (
           select id from bus.message_failures
           where stream = $1 and consumer = $2 and redrive_requested_at <= now()
           order by id limit $3
           for update skip locked
         ) due
         where f.id = due.id
         returning f.*`,
        [stream, consumer, max],
      );
      return rows.map(fromRow).sort((a, b) => a.id - b.id);
    },
    async redriveLater(id, delayMs) {
      await pool.query(
        `update bus.message_failures set redrive_requested_at = now() + $2 * interval '1 millisecond'
         where id = $1`,
        [id, Math.max(0, Math.ceil(delayMs))],
      );
    },
    async countParked(stream) {
      const { rows } = await pool.query<{ consumer: string; count: string }>(
        `select consumer, count(*) from bus.message_failures
         where stream = $1 and parked_at is not null group by consumer`,
        [stream],
      );
      return new Map(rows.map((r) => [r.consumer, Number(r.count)]));
    },
  };
}
