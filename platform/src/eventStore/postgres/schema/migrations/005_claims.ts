// Migration 005_claims, as it landed: never edited (migrations.unit.test.ts pins its text). A database
// that has not run it yet runs exactly this; what the schema is now lives in the files one folder up.
import type { SchemaNames } from '../names.ts';

// An Idempotency-Key used to cost three statements: reserve the key, append, store the response.
// Claims let an append write a unique (scope, key) -> value record in its own transaction, so the
// key is bound to its request body by the append itself. append_group takes each item's claim
// (null for none), checked after the expected revision and written before the events; the old
// signature is dropped so that only one append_group exists.
export function migration005Claims(n: SchemaNames): string[] {
  return [
    `create table ${n.schema}.claims (
          scope text not null,
          key text not null,
          value text not null,
          claimed_at timestamptz not null default now(),
          expires_at timestamptz not null,
          primary key (scope, key)
        )`,
    `create index claims_expires_at on ${n.schema}.claims (expires_at)`,
    `drop function ${n.schema}.append_group(text[], text[], int[], uuid[], text[], jsonb[], jsonb[])`,
    `create function ${n.schema}.append_group(
            p_streams text[], p_expected text[], p_counts int[],
            p_ids uuid[], p_types text[], p_data jsonb[], p_metadata jsonb[],
            p_claim_scopes text[], p_claim_keys text[], p_claim_values text[], p_claim_expire_ms bigint[]
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
            v_held text;
          begin
            -- The same lock, taken the same way, as append_events (migration 003).
            if current_setting('event_store.appending_${n.schemaName}', true) is distinct from 'on' then
              if pg_current_xact_id_if_assigned() is not null then
                raise exception using errcode = 'ES400',
                  message = 'append_group must come before any other write of its transaction';
              end if;
              perform pg_advisory_xact_lock_shared(${n.lockClass}, ${n.lockKey});
              perform set_config('event_store.appending_${n.schemaName}', 'on', true);
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
              select count(*) into v_stored from ${n.schema}.events e where e.event_id = any(v_ids);
              if v_stored > 0 then
                if v_stored = cardinality(v_ids) and not exists (
                  select 1 from ${n.schema}.events e where e.event_id = any(v_ids) and e.stream_name <> v_stream
                ) then
                  status := 'duplicate';
                  select max(e.revision), max(e.transaction_id), max(e.position)
                    into next_revision, commit_position, prepare_position
                    from ${n.schema}.events e where e.event_id = any(v_ids);
                else
                  status := 'ids_elsewhere';
                  next_revision := null;
                end if;
              else
                select st.revision, st.last_hash into v_current, v_hash
                  from ${n.schema}.streams st where st.stream_name = v_stream for update;
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
                  v_held := null;
                  if p_claim_keys[i] is not null then
                    -- A free or expired claim is written (taken over); a live one is left as it is,
                    -- and read back: the same value goes on, another stops this item. A concurrent
                    -- claimer of the same key waits here for the first one's commit.
                    insert into ${n.schema}.claims as c (scope, key, value, expires_at)
                      values (p_claim_scopes[i], p_claim_keys[i], p_claim_values[i],
                              now() + p_claim_expire_ms[i] * interval '1 millisecond')
                      on conflict (scope, key) do update
                        set value = excluded.value, claimed_at = excluded.claimed_at, expires_at = excluded.expires_at
                        where c.expires_at <= now()
                      returning c.value into v_held;
                    if v_held is null then
                      select c.value into v_held from ${n.schema}.claims c
                        where c.scope = p_claim_scopes[i] and c.key = p_claim_keys[i];
                    end if;
                  end if;
                  if v_held is distinct from p_claim_values[i] and p_claim_keys[i] is not null then
                    status := 'claim_conflict';
                    next_revision := v_current;
                  else
                    for j in v_first .. v_last loop
                      v_current := v_current + 1;
                      v_hash := ${n.schema}.event_hash(v_hash, v_stream, v_current, p_ids[j], p_types[j], p_data[j], p_metadata[j]);
                      insert into ${n.schema}.events (stream_name, revision, event_id, type, data, metadata, hash)
                        values (v_stream, v_current, p_ids[j], p_types[j], p_data[j], p_metadata[j], v_hash)
                        returning position into v_position;
                    end loop;
                    insert into ${n.schema}.streams (stream_name, revision, last_hash) values (v_stream, v_current, v_hash)
                      on conflict (stream_name) do update set revision = excluded.revision, last_hash = excluded.last_hash;
                    status := 'appended';
                    next_revision := v_current;
                    commit_position := pg_current_xact_id();
                    prepare_position := v_position;
                  end if;
                end if;
              end if;
              return next;
              v_first := v_last + 1;
            end loop;
          end
          $$`,
  ];
}
