// Migration 003_append_lock_horizon, as it landed: never edited (migrations.unit.test.ts pins its text). A database
// that has not run it yet runs exactly this; what the schema is now lives in the files one folder up.
import type { SchemaNames } from '../names.ts';

// Readers of all events used to read below pg_snapshot_xmin, which every open transaction on
// the server holds back, appends or not: an index build or a bulk load anywhere stalled every
// relay and projector. Now appends hold a shared advisory lock, and readers stop below the
// oldest transaction that holds it (visible_horizon). Reads run as plpgsql functions so that
// the horizon is fixed by one statement and the events are read by a later one, with a newer
// snapshot: everything below the horizon had committed before that snapshot was taken.
export function migration003AppendLockHorizon(n: SchemaNames): string[] {
  return [
    `create or replace function ${n.schema}.append_events(
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
            if current_setting('event_store.appending_${n.schemaName}', true) is distinct from 'on' then
              if pg_current_xact_id_if_assigned() is not null then
                raise exception using errcode = 'ES400',
                  message = 'append_events must come before any other write of its transaction';
              end if;
              perform pg_advisory_xact_lock_shared(${n.lockClass}, ${n.lockKey});
              perform set_config('event_store.appending_${n.schemaName}', 'on', true);
            end if;
            select count(*) into v_stored from ${n.schema}.events e where e.event_id = any(p_ids);
            if v_stored > 0 then
              if v_stored = cardinality(p_ids) and not exists (
                select 1 from ${n.schema}.events e where e.event_id = any(p_ids) and e.stream_name <> p_stream
              ) then
                return query select max(e.revision), max(e.transaction_id), max(e.position), true
                  from ${n.schema}.events e where e.event_id = any(p_ids);
                return;
              end if;
              raise exception using errcode = 'ES422', message = 'event ids already stored in another append';
            end if;
            select st.revision, st.last_hash into v_current, v_hash
              from ${n.schema}.streams st where st.stream_name = p_stream for update;
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
              v_hash := ${n.schema}.event_hash(v_hash, p_stream, v_current, p_ids[i], p_types[i], p_data[i], p_metadata[i]);
              insert into ${n.schema}.events (stream_name, revision, event_id, type, data, metadata, hash)
                values (p_stream, v_current, p_ids[i], p_types[i], p_data[i], p_metadata[i], v_hash)
                returning position into v_position;
            end loop;
            insert into ${n.schema}.streams (stream_name, revision, last_hash) values (p_stream, v_current, v_hash)
              on conflict (stream_name) do update set revision = excluded.revision, last_hash = excluded.last_hash;
            return query select v_current, pg_current_xact_id(), v_position, false;
          end
          $$`,
    `create function ${n.schema}.visible_horizon() returns xid8 language sql volatile as $$
            with next as (select pg_snapshot_xmax(pg_current_snapshot())::text::bigint as x),
            appenders as (
              select holder.transactionid::text::bigint as xid32
              from pg_locks lock
              join pg_locks holder on holder.pid = lock.pid and holder.locktype = 'transactionid'
                and holder.mode = 'ExclusiveLock' and holder.granted
              where lock.locktype = 'advisory' and lock.classid = ${n.lockClass} and lock.objid = ${n.lockKey}
                and lock.objsubid = 2 and lock.granted
            ),
            full_ids as (
              -- pg_locks shows 32-bit ids: widen each to the 64-bit id nearest the next one.
              select next.x + (((a.xid32 - (next.x & 4294967295)) + 2147483648) % 4294967296 + 4294967296)
                % 4294967296 - 2147483648 as id
              from appenders a, next
            )
            select (least((select x from next), (select min(id) from full_ids)))::text::xid8
          $$`,
    `create function ${n.schema}.read_all(
            p_after_xid xid8, p_after_position bigint, p_limit int, p_prefix text
          ) returns setof ${n.schema}.events language plpgsql volatile as $$
          declare
            v_horizon xid8;
          begin
            perform ${n.schema}.require_read_committed();
            v_horizon := ${n.schema}.visible_horizon();
            return query select * from ${n.schema}.events e
              where (e.transaction_id, e.position) > (p_after_xid, p_after_position)
                and e.transaction_id < v_horizon
                and (p_prefix is null or starts_with(e.stream_name, p_prefix))
              order by e.transaction_id, e.position
              limit p_limit;
          end
          $$`,
    `create function ${n.schema}.head_position(out transaction_id xid8, out "position" bigint)
          language plpgsql volatile as $$
          declare
            v_horizon xid8;
          begin
            perform ${n.schema}.require_read_committed();
            v_horizon := ${n.schema}.visible_horizon();
            select e.transaction_id, e.position into transaction_id, "position" from ${n.schema}.events e
              where e.transaction_id < v_horizon
              order by e.transaction_id desc, e.position desc limit 1;
          end
          $$`,
    `create function ${n.schema}.backlog(
            p_after_xid xid8, p_after_position bigint, p_limit int, p_prefix text,
            out events int, out oldest timestamptz
          ) language plpgsql volatile as $$
          declare
            v_horizon xid8;
          begin
            perform ${n.schema}.require_read_committed();
            v_horizon := ${n.schema}.visible_horizon();
            select count(*)::int, min(w.recorded_at) into events, oldest from (
              select e.recorded_at from ${n.schema}.events e
              where (e.transaction_id, e.position) > (p_after_xid, p_after_position)
                and e.transaction_id < v_horizon
                and (p_prefix is null or starts_with(e.stream_name, p_prefix))
              order by e.transaction_id, e.position
              limit p_limit) w;
          end
          $$`,
    `create function ${n.schema}.events_held_back() returns boolean language plpgsql volatile as $$
          declare
            v_horizon xid8;
          begin
            v_horizon := ${n.schema}.visible_horizon();
            return exists (select 1 from ${n.schema}.events e where e.transaction_id >= v_horizon);
          end
          $$`,
    `create function ${n.schema}.require_read_committed() returns void language plpgsql as $$
          begin
            -- One snapshot for the whole transaction would read the events with the snapshot taken
            -- before the horizon was fixed, and could skip an append that committed in between.
            if current_setting('transaction_isolation') <> 'read committed' then
              raise exception using errcode = 'ES400',
                message = 'readers of all events must run in read committed isolation';
            end if;
          end
          $$`,
  ];
}
