// event_hash: tamper evidence. Each event's hash covers the previous event's hash and its own content.
import type { SchemaNames } from './names.ts';

export function eventHashSql(n: SchemaNames): string {
  return `create or replace function ${n.schema}.event_hash(
            prev bytea, stream_name text, revision bigint, event_id uuid, type text, data jsonb, metadata jsonb
          ) returns bytea language sql immutable as $$
            select sha256(prev || convert_to(concat_ws(E'\\x1f', stream_name, revision::text, event_id::text,
              type, data::text, metadata::text), 'UTF8'))
          $$`;
}
