// head_position: the last event readers of all events can see now.
import type { SchemaNames } from './names.ts';

export function headPositionSql(n: SchemaNames): string {
  return `create or replace function ${n.schema}.head_position(out transaction_id xid8, out "position" bigint)
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
          $$`;
}
