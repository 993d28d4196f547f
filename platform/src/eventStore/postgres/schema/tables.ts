// The event store's tables and their indexes, as they are now. Readers of all events order by
// (transaction_id, position): see readAll in ../postgresEventStore.ts. Claims are the unique
// (scope, key) → value records an append may write with its events (port.ts, AppendClaim).
import type { SchemaNames } from './names.ts';

export function tablesSql(n: SchemaNames): string[] {
  return [
    `create table ${n.schema}.streams (
          stream_name text primary key,
          revision bigint not null,
          last_hash bytea not null
        )`,
    `create table ${n.schema}.events (
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
        )`,
    `create index events_commit_order on ${n.schema}.events (transaction_id, position)`,
    `create index events_recorded_at on ${n.schema}.events (recorded_at)`,
    `create table ${n.schema}.claims (
          scope text not null,
          key text not null,
          value text not null,
          claimed_at timestamptz not null default now(),
          expires_at timestamptz not null,
          primary key (scope, key)
        )`,
    `create index claims_expires_at on ${n.schema}.claims (expires_at)`,
  ];
}
