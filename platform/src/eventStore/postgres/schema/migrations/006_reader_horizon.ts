// Migration 006_reader_horizon, as it landed: never edited (migrations.unit.test.ts pins its text).
// A database that has not run it yet runs exactly this; what the schema is now lives in the files one
// folder up.
import type { SchemaNames } from '../names.ts';

// Two fixes to what readers of all events wait for.
// - visible_horizon counted every database's appenders: advisory locks are cluster-wide in pg_locks,
//   so an append running in another database's store of the same schema name held this store's
//   readers back (readAll showed nothing past it; a subscription waited). Now only this database's.
// - events_held_back asked `exists (select 1 from events where transaction_id >= horizon)`. PL/pgSQL
//   plans that statement once for any horizon, and the generic plan, expecting a third of the table
//   to match, scanned the events table in full: 8 ms at 200,000 events, each time an idle reader of
//   all events found nothing new. The newest commit-order key answers the same from the index.
export function migration006ReaderHorizon(n: SchemaNames): string[] {
  return [
    `create or replace function ${n.schema}.visible_horizon() returns xid8 language sql volatile as $$
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
          $$`,
    `create or replace function ${n.schema}.events_held_back() returns boolean language plpgsql volatile as $$
          declare
            v_horizon xid8;
          begin
            v_horizon := ${n.schema}.visible_horizon();
            return coalesce((
              select e.transaction_id from ${n.schema}.events e order by e.transaction_id desc limit 1
            ) >= v_horizon, false);
          end
          $$`,
  ];
}
