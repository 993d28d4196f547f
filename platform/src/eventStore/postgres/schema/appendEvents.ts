// append_events, as it is now: one round trip per append, whatever the number of events. Takes the
// append lock (see visibleHorizon.ts), raises ES409 on a wrong expected revision (detail: the actual
// revision, -1 for no stream) and ES422 when some of the event ids are already stored elsewhere;
// returns duplicate = true when all of them already are. The adapter notifies after commit.
import type { SchemaNames } from './names.ts';

export function appendEventsSql(n: SchemaNames): string {
  return `create or replace function ${n.schema}.append_events(
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
          $$`;
}
