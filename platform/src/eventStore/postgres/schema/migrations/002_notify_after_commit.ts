// Migration 002_notify_after_commit, as it landed: never edited (migrations.unit.test.ts pins its text). A database
// that has not run it yet runs exactly this; what the schema is now lives in the files one folder up.
import type { SchemaNames } from '../names.ts';

// NOTIFY inside the append serialised every append's commit, fsync included, behind one
// server-wide lock (PostgreSQL's notification queue lock), so appends stopped scaling with
// writers. The adapter now notifies after the append committed, coalesced and without waiting
// for a flush (see notifySender.ts); the function no longer notifies.
export function migration002NotifyAfterCommit(n: SchemaNames): string[] {
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
  ];
}
