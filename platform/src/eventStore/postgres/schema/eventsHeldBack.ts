// events_held_back: whether committed events wait behind an append that is still running.
import type { SchemaNames } from './names.ts';

export function eventsHeldBackSql(n: SchemaNames): string {
  return `create or replace function ${n.schema}.events_held_back() returns boolean language plpgsql volatile as $$
          declare
            v_horizon xid8;
          begin
            v_horizon := ${n.schema}.visible_horizon();
            return exists (select 1 from ${n.schema}.events e where e.transaction_id >= v_horizon);
          end
          $$`;
}
