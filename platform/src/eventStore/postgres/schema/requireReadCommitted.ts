// require_read_committed: readers of all events refuse to run under one snapshot per transaction.
import type { SchemaNames } from './names.ts';

export function requireReadCommittedSql(n: SchemaNames): string {
  return `create or replace function ${n.schema}.require_read_committed() returns void language plpgsql as $$
          begin
            -- One snapshot for the whole transaction would read the events with the snapshot taken
            -- before the horizon was fixed, and could skip an append that committed in between.
            if current_setting('transaction_isolation') <> 'read committed' then
              raise exception using errcode = 'ES400',
                message = 'readers of all events must run in read committed isolation';
            end if;
          end
          $$`;
}
