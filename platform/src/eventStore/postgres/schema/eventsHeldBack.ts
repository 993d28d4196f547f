// events_held_back: whether committed events wait behind an append that is still running. Asked by
// an idle reader of all events (readAll's subscription) each time it finds nothing new, so it must
// cost the same at any size: the newest commit-order key is one step down the events_commit_order
// index. (`exists (… where transaction_id >= horizon)` was the first form: a function's statement is
// planned once for any horizon, and that generic plan scanned the whole table; migration 006.)
import type { SchemaNames } from './names.ts';

export function eventsHeldBackSql(n: SchemaNames): string {
  return `create or replace function ${n.schema}.events_held_back() returns boolean language plpgsql volatile as $$
          declare
            v_horizon xid8;
          begin
            v_horizon := ${n.schema}.visible_horizon();
            return coalesce((
              select e.transaction_id from ${n.schema}.events e order by e.transaction_id desc limit 1
            ) >= v_horizon, false);
          end
          $$`;
}
