// visible_horizon: the oldest transaction id a reader of all events must not read past: the oldest
// transaction still holding the append lock, or the next id when none does. Everything below it is
// final, so nothing can appear behind a reader's checkpoint. Only this database's appenders count:
// advisory locks are cluster-wide in pg_locks, and a store of the same schema name in another
// database of the cluster must not hold this one's readers back (migration 006).
import type { SchemaNames } from './names.ts';

export function visibleHorizonSql(n: SchemaNames): string {
  return `create or replace function ${n.schema}.visible_horizon() returns xid8 language sql volatile as $$
            with next as (select pg_snapshot_xmax(pg_current_snapshot())::text::bigint as x),
            appenders as (
              select holder.transactionid::text::bigint as xid32
              from pg_locks lock
              join pg_locks holder on holder.pid = lock.pid and holder.locktype = 'transactionid'
                and holder.mode = 'ExclusiveLock' and holder.granted
              where lock.locktype = 'advisory' and lock.classid = ${n.lockClass} and lock.objid = ${n.lockKey}
                and lock.objsubid = 2 and lock.granted
                and lock.database = (select d.oid from pg_database d where d.datname = current_database())
            ),
            full_ids as (
              -- pg_locks shows 32-bit ids: widen each to the 64-bit id nearest the next one.
              select next.x + (((a.xid32 - (next.x & 4294967295)) + 2147483648) % 4294967296 + 4294967296)
                % 4294967296 - 2147483648 as id
              from appenders a, next
            )
            select (least((select x from next), (select min(id) from full_ids)))::text::xid8
          $$`;
}
