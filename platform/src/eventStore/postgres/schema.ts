// The PostgreSQL event store's schema, under its own numbered migrations (never edited once landed).
// Order for readers of all events is (transaction_id, position): see readAll in postgresEventStore.ts.
import { type Kysely, type Migration, Migrator, sql } from 'kysely';

export function eventStoreMigrations(schema: string): Record<string, Migration> {
  const s = sql.id(schema);
  const lock = appendLockKeys(schema);
  const raw = (text: string) =>
    sql.raw(
      text
        .replaceAll('{schema}', `"${schema}"`)
        .replaceAll('{schema_name}', schema)
        .replaceAll('{channel}', notifyChannel(schema))
        .replaceAll('{lock_class}', String(lock.classId))
        .replaceAll('{lock_key}', String(lock.objectId)),
    );
  return {
    '001_events': {
      async up(db) {
        await sql`create table ${s}.streams (
          stream_name text primary key,
          revision bigint not null,
          last_hash bytea not null
        )`.execute(db);
        await sql`create table ${s}.events (
          position bigint generated always as identity primary key,
          transaction_id xid8 not null default pg_current_xact_id(),
          stream_name text not null,
          revision bigint not null,
          event_id uuid not null,
          type text not null,
          data jsonb not null,
          metadata jsonb not null,
          recorded_at timestamptz not null default now(),
          hash bytea not null,
          constraint events_event_id_unique unique (event_id),
          constraint events_stream_revision_unique unique (stream_name, revision)
        )`.execute(db);
        await sql`create index events_commit_order on ${s}.events (transaction_id, position)`.execute(db);
        await sql`create index events_recorded_at on ${s}.events (recorded_at)`.execute(db);
        // Tamper evidence: each event's hash covers the previous event's hash and its own content.
        await raw(`create function {schema}.event_hash(
            prev bytea, stream_name text, revision bigint, event_id uuid, type text, data jsonb, metadata jsonb
          ) returns bytea language sql immutable as $$
            select sha256(prev || convert_to(concat_ws(E'\\x1f', stream_name, revision::text, event_id::text,
              type, data::text, metadata::text), 'UTF8'))
          $$`).execute(db);
        // One round trip per append, whatever the number of events. Raises ES409 on a wrong expected
        // revision (detail: the actual revision, -1 for no stream) and ES422 when some of the event
        // ids are already stored elsewhere; returns duplicate = true when all of them already are.
        await raw(`create function {schema}.append_events(
            p_stream text, p_expected text, p_ids uuid[], p_types text[], p_data jsonb[], p_metadata jsonb[]
          ) returns table (next_revision bigint, commit_position xid8, prepare_position bigint, duplicate boolean)
          language plpgsql as $$
          declare
            v_current bigint;
            v_hash bytea;
            v_position bigint;
            v_stored int;
          begin
            select count(*) into v_stored from {schema}.events e where e.event_id = any(p_ids);
            if v_stored > 0 then
              if v_stored = cardinality(p_ids) and not exists (
                select 1 from {schema}.events e where e.event_id = any(p_ids) and e.stream_name <> p_stream
              ) then
                return query select max(e.revision), max(e.transaction_id), max(e.position), true
                  from {schema}.events e where e.event_id = any(p_ids);
                return;
              end if;
              raise exception using errcode = 'ES422', message = 'event ids already stored in another append';
            end if;
            select st.revision, st.last_hash into v_current, v_hash
              from {schema}.streams st where st.stream_name = p_stream for update;
            if not found then
              v_current := -1;
              v_hash := ''::bytea;
            end if;
            if (p_expected = 'no_stream' and v_current <> -1)
               or (p_expected = 'exists' and v_current = -1)
               or (p_expected not in ('no_stream', 'exists', 'any') and v_current <> p_expected::bigint) then
              raise exception using errcode = 'ES409', message = 'wrong expected revision', detail = v_current::text;
            end if;
            for i in 1 .. cardinality(p_ids) loop
              v_current := v_current + 1;
              v_hash := {schema}.event_hash(v_hash, p_stream, v_current, p_ids[i], p_types[i], p_data[i], p_metadata[i]);
              insert into {schema}.events (stream_name, revision, event_id, type, data, metadata, hash)
                values (p_stream, v_current, p_ids[i], p_types[i], p_data[i], p_metadata[i], v_hash)
                returning position into v_position;
            end loop;
            insert into {schema}.streams (stream_name, revision, last_hash) values (p_stream, v_current, v_hash)
              on conflict (stream_name) do update set revision = excluded.revision, last_hash = excluded.last_hash;
            perform pg_notify('{channel}', '');
            return query select v_current, pg_current_xact_id(), v_position, false;
          end
          $$`).execute(db);
      },
    },
    // NOTIFY inside the append serialised every append's commit, fsync included, behind one
    // server-wide lock (PostgreSQL's notification queue lock), so appends stopped scaling with
    // writers. The adapter now notifies after the append committed, coalesced and without waiting
    // for a flush (see notifySender.ts); the function no longer notifies.
    '002_notify_after_commit': {
      async up(db) {
        await raw(`create or replace function {schema}.append_events(
            p_stream text, p_expected text, p_ids uuid[], p_types text[], p_data jsonb[], p_metadata jsonb[]
          ) returns table (next_revision bigint, commit_position xid8, prepare_position bigint, duplicate boolean)
          language plpgsql as $$
          declare
            v_current bigint;
            v_hash bytea;
            v_position bigint;
            v_stored int;
          begin
            select count(*) into v_stored from {schema}.events e where e.event_id = any(p_ids);
            if v_stored > 0 then
              if v_stored = cardinality(p_ids) and not exists (
                select 1 from {schema}.events e where e.event_id = any(p_ids) and e.stream_name <> p_stream
              ) then
                return query select max(e.revision), max(e.transaction_id), max(e.position), true
                  from {schema}.events e where e.event_id = any(p_ids);
                return;
              end if;
              raise exception using errcode = 'ES422', message = 'event ids already stored in another append';
            end if;
            select st.revision, st.last_hash into v_current, v_hash
              from {schema}.streams st where st.stream_name = p_stream for update;
            if not found then
              v_current := -1;
              v_hash := ''::bytea;
            end if;
            if (p_expected = 'no_stream' and v_current <> -1)
               or (p_expected = 'exists' and v_current = -1)
               or (p_expected not in ('no_stream', 'exists', 'any') and v_current <> p_expected::bigint) then
              raise exception using errcode = 'ES409', message = 'wrong expected revision', detail = v_current::text;
            end if;
            for i in 1 .. cardinality(p_ids) loop
              v_current := v_current + 1;
              v_hash := {schema}.event_hash(v_hash, p_stream, v_current, p_ids[i], p_types[i], p_data[i], p_metadata[i]);
              insert into {schema}.events (stream_name, revision, event_id, type, data, metadata, hash)
                values (p_stream, v_current, p_ids[i], p_types[i], p_data[i], p_metadata[i], v_hash)
                returning position into v_position;
            end loop;
            insert into {schema}.streams (stream_name, revision, last_hash) values (p_stream, v_current, v_hash)
              on conflict (stream_name) do update set revision = excluded.revision, last_hash = excluded.last_hash;
            return query select v_current, pg_current_xact_id(), v_position, false;
          end
          $$`).execute(db);
      },
    },
    // Readers of all events used to read below pg_snapshot_xmin, which every open transaction on
    // the server holds back, appends or not: an index build or a bulk load anywhere stalled every
    // relay and projector. Now appends hold a shared advisory lock, and readers stop below the
    // oldest transaction that holds it (visible_horizon). Reads run as plpgsql functions so that
    // the horizon is fixed by one statement and the events are read by a later one, with a newer
    // snapshot: everything below the horizon had committed before that snapshot was taken.
    '003_append_lock_horizon': {
      async up(db) {
        await raw(`create or replace function {schema}.append_events(
            p_stream text, p_expected text, p_ids uuid[], p_types text[], p_data jsonb[], p_metadata jsonb[]
          ) returns table (next_revision bigint, commit_position xid8, prepare_position bigint, duplicate boolean)
          language plpgsql as $$
          declare
            v_current bigint;
            v_hash bytea;
            v_position bigint;
            v_stored int;
          begin
            -- Readers of all events wait only for transactions that hold this lock (see
            -- visible_horizon), so it must be taken before the transaction has an id: the id is
            -- then younger than the lock, and no appender can hide behind an older id.
            if current_setting('event_store.appending_{schema_name}', true) is distinct from 'on' then
              if pg_current_xact_id_if_assigned() is not null then
                raise exception using errcode = 'ES400',
                  message = 'append_events must come before any other write of its transaction';
              end if;
              perform pg_advisory_xact_lock_shared({lock_class}, {lock_key});
              perform set_config('event_store.appending_{schema_name}', 'on', true);
            end if;
            select count(*) into v_stored from {schema}.events e where e.event_id = any(p_ids);
            if v_stored > 0 then
              if v_stored = cardinality(p_ids) and not exists (
                select 1 from {schema}.events e where e.event_id = any(p_ids) and e.stream_name <> p_stream
              ) then
                return query select max(e.revision), max(e.transaction_id), max(e.position), true
                  from {schema}.events e where e.event_id = any(p_ids);
                return;
              end if;
              raise exception using errcode = 'ES422', message = 'event ids already stored in another append';
            end if;
            select st.revision, st.last_hash into v_current, v_hash
              from {schema}.streams st where st.stream_name = p_stream for update;
            if not found then
              v_current := -1;
              v_hash := ''::bytea;
            end if;
            if (p_expected = 'no_stream' and v_current <> -1)
               or (p_expected = 'exists' and v_current = -1)
               or (p_expected not in ('no_stream', 'exists', 'any') and v_current <> p_expected::bigint) then
              raise exception using errcode = 'ES409', message = 'wrong expected revision', detail = v_current::text;
            end if;
            for i in 1 .. cardinality(p_ids) loop
              v_current := v_current + 1;
              v_hash := {schema}.event_hash(v_hash, p_stream, v_current, p_ids[i], p_types[i], p_data[i], p_metadata[i]);
              insert into {schema}.events (stream_name, revision, event_id, type, data, metadata, hash)
                values (p_stream, v_current, p_ids[i], p_types[i], p_data[i], p_metadata[i], v_hash)
                returning position into v_position;
            end loop;
            insert into {schema}.streams (stream_name, revision, last_hash) values (p_stream, v_current, v_hash)
              on conflict (stream_name) do update set revision = excluded.revision, last_hash = excluded.last_hash;
            return query select v_current, pg_current_xact_id(), v_position, false;
          end
          $$`).execute(db);
        await raw(`create function {schema}.visible_horizon() returns xid8 language sql volatile as $$
            with next as (select pg_snapshot_xmax(pg_current_snapshot())::text::bigint as x),
            appenders as (
              select holder.transactionid::text::bigint as xid32
              from pg_locks lock
              join pg_locks holder on holder.pid = lock.pid and holder.locktype = 'transactionid'
                and holder.mode = 'ExclusiveLock' and holder.granted
              where lock.locktype = 'advisory' and lock.classid = {lock_class} and lock.objid = {lock_key}
                and lock.objsubid = 2 and lock.granted
            ),
            full_ids as (
              -- pg_locks shows 32-bit ids: widen each to the 64-bit id nearest the next one.
              select next.x + (((a.xid32 - (next.x & 4294967295)) + 2147483648) % 4294967296 + 4294967296)
                % 4294967296 - 2147483648 as id
              from appenders a, next
            )
            select (least((select x from next), (select min(id) from full_ids)))::text::xid8
          $$`).execute(db);
        await raw(`create function {schema}.read_all(
            p_after_xid xid8, p_after_position bigint, p_limit int, p_prefix text
          ) returns setof {schema}.events language plpgsql volatile as $$
          declare
            v_horizon xid8;
          begin
            perform {schema}.require_read_committed();
            v_horizon := {schema}.visible_horizon();
            return query select * from {schema}.events e
              where (e.transaction_id, e.position) > (p_after_xid, p_after_position)
                and e.transaction_id < v_horizon
                and (p_prefix is null or starts_with(e.stream_name, p_prefix))
              order by e.transaction_id, e.position
              limit p_limit;
          end
          $$`).execute(db);
        await raw(`create function {schema}.head_position(out transaction_id xid8, out "position" bigint)
          language plpgsql volatile as $$
          declare
            v_horizon xid8;
          begin
            perform {schema}.require_read_committed();
            v_horizon := {schema}.visible_horizon();
            select e.transaction_id, e.position into transaction_id, "position" from {schema}.events e
              where e.transaction_id < v_horizon
              order by e.transaction_id desc, e.position desc limit 1;
          end
          $$`).execute(db);
        await raw(`create function {schema}.backlog(
            p_after_xid xid8, p_after_position bigint, p_limit int, p_prefix text,
            out events int, out oldest timestamptz
          ) language plpgsql volatile as $$
          declare
            v_horizon xid8;
          begin
            perform {schema}.require_read_committed();
            v_horizon := {schema}.visible_horizon();
            select count(*)::int, min(w.recorded_at) into events, oldest from (
              select e.recorded_at from {schema}.events e
              where (e.transaction_id, e.position) > (p_after_xid, p_after_position)
                and e.transaction_id < v_horizon
                and (p_prefix is null or starts_with(e.stream_name, p_prefix))
              order by e.transaction_id, e.position
              limit p_limit) w;
          end
          $$`).execute(db);
        await raw(`create function {schema}.events_held_back() returns boolean language plpgsql volatile as $$
          declare
            v_horizon xid8;
          begin
            v_horizon := {schema}.visible_horizon();
            return exists (select 1 from {schema}.events e where e.transaction_id >= v_horizon);
          end
          $$`).execute(db);
        await raw(`create function {schema}.require_read_committed() returns void language plpgsql as $$
          begin
            -- One snapshot for the whole transaction would read the events with the snapshot taken
            -- before the horizon was fixed, and could skip an append that committed in between.
            if current_setting('transaction_isolation') <> 'read committed' then
              raise exception using errcode = 'ES400',
                message = 'readers of all events must run in read committed isolation';
            end if;
          end
          $$`).execute(db);
      },
    },
    // One round trip and one commit for many appends: the adapter groups the appends that arrive
    // while a statement is in flight (appendGroups.ts). Each item is checked and written exactly as
    // append_events does, in the order given, but a wrong expected revision or event ids stored
    // elsewhere is that item's status rather than an error, so it leaves the other items alone.
    // Items that share a stream see each other's events, as if appended one after the other.
    '004_append_groups': {
      async up(db) {
        await raw(`create function {schema}.append_group(
            p_streams text[], p_expected text[], p_counts int[],
            p_ids uuid[], p_types text[], p_data jsonb[], p_metadata jsonb[]
          ) returns table (item int, status text, next_revision bigint, commit_position xid8, prepare_position bigint)
          language plpgsql as $$
          declare
            v_first int := 1;
            v_last int;
            v_ids uuid[];
            v_stream text;
            v_expected text;
            v_current bigint;
            v_hash bytea;
            v_position bigint;
            v_stored int;
          begin
            -- The same lock, taken the same way, as append_events (migration 003).
            if current_setting('event_store.appending_{schema_name}', true) is distinct from 'on' then
              if pg_current_xact_id_if_assigned() is not null then
                raise exception using errcode = 'ES400',
                  message = 'append_group must come before any other write of its transaction';
              end if;
              perform pg_advisory_xact_lock_shared({lock_class}, {lock_key});
              perform set_config('event_store.appending_{schema_name}', 'on', true);
            end if;
            for i in 1 .. cardinality(p_streams) loop
              item := i;
              v_stream := p_streams[i];
              v_expected := p_expected[i];
              v_last := v_first + p_counts[i] - 1;
              v_ids := p_ids[v_first:v_last];
              status := null;
              commit_position := null;
              prepare_position := null;
              select count(*) into v_stored from {schema}.events e where e.event_id = any(v_ids);
              if v_stored > 0 then
                if v_stored = cardinality(v_ids) and not exists (
                  select 1 from {schema}.events e where e.event_id = any(v_ids) and e.stream_name <> v_stream
                ) then
                  status := 'duplicate';
                  select max(e.revision), max(e.transaction_id), max(e.position)
                    into next_revision, commit_position, prepare_position
                    from {schema}.events e where e.event_id = any(v_ids);
                else
                  status := 'ids_elsewhere';
                  next_revision := null;
                end if;
              else
                select st.revision, st.last_hash into v_current, v_hash
                  from {schema}.streams st where st.stream_name = v_stream for update;
                if not found then
                  v_current := -1;
                  v_hash := ''::bytea;
                end if;
                if (v_expected = 'no_stream' and v_current <> -1)
                   or (v_expected = 'exists' and v_current = -1)
                   or (v_expected not in ('no_stream', 'exists', 'any') and v_current <> v_expected::bigint) then
                  status := 'conflict';
                  next_revision := v_current;
                else
                  for j in v_first .. v_last loop
                    v_current := v_current + 1;
                    v_hash := {schema}.event_hash(v_hash, v_stream, v_current, p_ids[j], p_types[j], p_data[j], p_metadata[j]);
                    insert into {schema}.events (stream_name, revision, event_id, type, data, metadata, hash)
                      values (v_stream, v_current, p_ids[j], p_types[j], p_data[j], p_metadata[j], v_hash)
                      returning position into v_position;
                  end loop;
                  insert into {schema}.streams (stream_name, revision, last_hash) values (v_stream, v_current, v_hash)
                    on conflict (stream_name) do update set revision = excluded.revision, last_hash = excluded.last_hash;
                  status := 'appended';
                  next_revision := v_current;
                  commit_position := pg_current_xact_id();
                  prepare_position := v_position;
                end if;
              end if;
              return next;
              v_first := v_last + 1;
            end loop;
          end
          $$`).execute(db);
      },
    },
  };
}

/**
 * The shared advisory lock every append holds until it commits (two-key form, both positive so that
 * pg_locks shows them as they are). Frozen: changing it would hide running appends from readers.
 */
export function appendLockKeys(schema: string): { classId: number; objectId: number } {
  // FNV-1a, 31 bits: stable across versions and processes, unlike anything seeded.
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(schema, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return { classId: 0x45535452 /* "ESTR" */, objectId: hash & 0x7fffffff };
}

/** LISTEN/NOTIFY channel that wakes live subscribers of this store. */
export function notifyChannel(schema: string): string {
  return `${schema}_events_appended`;
}

export async function migrateEventStore(db: Kysely<unknown>, schema: string): Promise<void> {
  const migrator = new Migrator({
    db,
    migrationTableSchema: schema,
    provider: { getMigrations: async () => eventStoreMigrations(schema) },
  });
  await sql`create schema if not exists ${sql.id(schema)}`.execute(db).catch(ignoreConcurrentCreate);
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

function ignoreConcurrentCreate(err: { code?: string }): void {
  if (err.code !== '23505' && err.code !== '42P06') throw err;
}
