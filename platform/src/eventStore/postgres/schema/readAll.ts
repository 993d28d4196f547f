// read_all: events after a (transaction id, position) pair in that order, below the horizon. The
// horizon is fixed by one statement and the events read by a later one, with a newer snapshot.
import type { SchemaNames } from './names.ts';

export function readAllSql(n: SchemaNames): string {
  return `create or replace function ${n.schema}.read_all(
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
          $$`;
}
