// The embedded bus's tables, in the `bus` schema, under numbered migrations (never edited once
// landed). A stream is a row with its last sequence; messages are numbered under that row's lock, so
// they commit in sequence order and a reader never sees message n+1 without message n. A durable
// consumer is a row with the sequence it has handed out up to; each message handed out and not yet
// acknowledged is a delivery row with the time it goes out again (ack wait over, or a nak's delay).
import { type Kysely, type Migration, sql } from 'kysely';
import { runMigrations } from '../../migrations.ts';
import { BUS_SCHEMA, ensureBusSchema } from '../schema.ts';

/** SQLSTATEs the functions raise: the stream, or the consumer, does not exist. */
export const STREAM_GONE = 'BUS01';
export const CONSUMER_GONE = 'BUS02';

/** The LISTEN/NOTIFY channel a publish to `stream` wakes (PostgreSQL cuts channel names at 63 bytes). */
export function publishChannel(stream: string): string {
  return `bus:${stream}`.slice(0, 63);
}

const migrations: Record<string, Migration> = {
  '001_embedded_bus': {
    async up(db) {
      await sql`create table bus.streams (
        name text primary key,
        -- Changes when the stream is deleted and created again: the relay then republishes all.
        created text not null,
        last_seq bigint not null default 0
      )`.execute(db);
      await sql`create table bus.messages (
        stream text not null references bus.streams (name) on delete cascade,
        seq bigint not null,
        subject text not null,
        message_id text not null,
        headers jsonb not null,
        data text not null,
        stored_at timestamptz not null default now(),
        primary key (stream, seq),
        constraint messages_message_id_unique unique (stream, message_id)
      )`.execute(db);
      await sql`create index messages_stored_at on bus.messages (stream, stored_at)`.execute(db);
      await sql`create table bus.consumers (
        stream text not null references bus.streams (name) on delete cascade,
        name text not null,
        filter_subject text not null,
        -- filter_subject as a regular expression (subjectFilter.ts).
        filter_pattern text not null,
        ack_wait_ms integer not null,
        -- Every message up to here was handed out (or did not match the filter).
        delivered_seq bigint not null default 0,
        primary key (stream, name)
      )`.execute(db);
      await sql`create table bus.deliveries (
        stream text not null,
        consumer text not null,
        seq bigint not null,
        deliveries integer not null,
        redeliver_at timestamptz not null,
        primary key (stream, consumer, seq),
        foreign key (stream, consumer) references bus.consumers (stream, name) on delete cascade,
        foreign key (stream, seq) references bus.messages (stream, seq) on delete cascade
      )`.execute(db);
      await sql`create index deliveries_due on bus.deliveries (stream, consumer, redeliver_at)`.execute(db);

      // One round trip for a group of messages: numbered under the stream's row lock in the order
      // given, a message id already stored (or earlier in the group) dropped as a duplicate.
      await sql
        .raw(`create function bus.publish(
          p_stream text, p_ids text[], p_subjects text[], p_headers text[], p_data text[]
        ) returns table (published_id text, was_duplicate boolean)
        language plpgsql as $$
        declare
          v_last bigint;
          v_stored bigint;
        begin
          select s.last_seq into v_last from bus.streams s where s.name = p_stream for no key update;
          if not found then
            raise exception 'bus stream % does not exist', p_stream using errcode = '${STREAM_GONE}';
          end if;
          insert into bus.messages (stream, seq, subject, message_id, headers, data)
          select p_stream, v_last + row_number() over (order by f.ord), f.subject, f.id, f.headers::jsonb, f.data
          from (
            select distinct on (t.id) t.*
            from unnest(p_ids, p_subjects, p_headers, p_data) with ordinality as t(id, subject, headers, data, ord)
            where not exists (select 1 from bus.messages m where m.stream = p_stream and m.message_id = t.id)
            order by t.id, t.ord
          ) f;
          get diagnostics v_stored = row_count;
          if v_stored > 0 then
            update bus.streams s set last_seq = v_last + v_stored where s.name = p_stream;
            perform pg_notify(left('bus:' || p_stream, 63), '');
          end if;
          return query
            select t.id, m.seq is null or m.seq <= v_last or t.ord > min(t.ord) over (partition by t.id)
            from unnest(p_ids) with ordinality as t(id, ord)
            left join bus.messages m on m.stream = p_stream and m.message_id = t.id
            order by t.ord;
        end
        $$`)
        .execute(db);

      // Hands out up to p_max deliveries: first those due again (ack wait over, nak delay passed),
      // then messages past the consumer's sequence that match its filter. Fetchers of one consumer
      // never get the same message at once: due deliveries are taken with skip locked, new ones
      // under the consumer's row lock.
      await sql
        .raw(`create function bus.fetch(p_stream text, p_consumer text, p_max integer)
        returns table (d_seq bigint, d_subject text, d_message_id text, d_headers jsonb, d_data text, d_deliveries integer)
        language plpgsql as $$
        declare
          v_consumer bus.consumers%rowtype;
          v_redelivered integer;
          v_room integer;
          v_upto bigint;
          v_seqs bigint[];
        begin
          select * into v_consumer from bus.consumers c where c.stream = p_stream and c.name = p_consumer;
          if not found then
            raise exception 'bus consumer % on % does not exist', p_consumer, p_stream using errcode = '${CONSUMER_GONE}';
          end if;
          return query
            with due as (
              select d.seq from bus.deliveries d
              where d.stream = p_stream and d.consumer = p_consumer and d.redeliver_at <= clock_timestamp()
              order by d.redeliver_at, d.seq
              limit p_max
              for update skip locked
            ), bumped as (
              update bus.deliveries d
              set deliveries = d.deliveries + 1,
                redeliver_at = clock_timestamp() + v_consumer.ack_wait_ms * interval '1 millisecond'
              from due
              where d.stream = p_stream and d.consumer = p_consumer and d.seq = due.seq
              returning d.seq, d.deliveries
            )
            select m.seq, m.subject, m.message_id, m.headers, m.data, b.deliveries
            from bumped b join bus.messages m on m.stream = p_stream and m.seq = b.seq
            order by m.seq;
          get diagnostics v_redelivered = row_count;
          v_room := p_max - v_redelivered;
          if v_room <= 0 then
            return;
          end if;
          select * into v_consumer from bus.consumers c
          where c.stream = p_stream and c.name = p_consumer
          for no key update;
          if not found then
            raise exception 'bus consumer % on % does not exist', p_consumer, p_stream using errcode = '${CONSUMER_GONE}';
          end if;
          -- Read before the messages: every message up to it has committed (numbered under the lock).
          select s.last_seq into v_upto from bus.streams s where s.name = p_stream;
          select coalesce(array_agg(x.seq order by x.seq), '{}') into v_seqs
          from (
            select m.seq from bus.messages m
            where m.stream = p_stream and m.seq > v_consumer.delivered_seq and m.seq <= v_upto
              and m.subject ~ v_consumer.filter_pattern
            order by m.seq
            limit v_room
          ) x;
          insert into bus.deliveries (stream, consumer, seq, deliveries, redeliver_at)
          select p_stream, p_consumer, s, 1, clock_timestamp() + v_consumer.ack_wait_ms * interval '1 millisecond'
          from unnest(v_seqs) s;
          update bus.consumers c
          set delivered_seq = case when cardinality(v_seqs) < v_room then v_upto else v_seqs[cardinality(v_seqs)] end
          where c.stream = p_stream and c.name = p_consumer;
          return query
            select m.seq, m.subject, m.message_id, m.headers, m.data, 1
            from bus.messages m
            where m.stream = p_stream and m.seq = any(v_seqs)
            order by m.seq;
        end
        $$`)
        .execute(db);
    },
  },
};

export async function migrateEmbeddedBus(db: Kysely<unknown>): Promise<void> {
  await ensureBusSchema(db);
  await runMigrations(db, 'embedded', migrations, BUS_SCHEMA);
}
