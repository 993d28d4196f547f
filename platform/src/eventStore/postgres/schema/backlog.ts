// backlog: how many events (up to a limit) wait after a position, and when the oldest was recorded.
import type { SchemaNames } from './names.ts';

export function backlogSql(n: SchemaNames): string {
  return `create or replace function ${n.schema}.backlog(
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
          $$`;
}
