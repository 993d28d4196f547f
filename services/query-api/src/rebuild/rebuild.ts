// Rebuild: replays every payout event from the event store into a fresh table shaped like `payouts`
// (same columns and indexes), then switches over in one transaction while the API keeps serving.
//
// The live projector keeps writing the old table during the replay. At the switch the old table is
// locked against writes (reads go on), and any row the live projector moved past what the replay saw
// is carried over, so nothing it applied meanwhile is lost; a projector write blocked by the lock then
// lands in the new table. The replay folds with the projector's own evolve and row mapping, so a
// rebuilt row equals a projected one.
//
// The replay ends when the store has nothing more to read. Events a still-open transaction holds back
// (see readAll) are not lost by ending then: the live projector applies them, and the carry-over
// brings them in. The flip side: a row the live table has and the replay never reached is kept.
import {
  foldPayout,
  PAYOUT_STREAM_PREFIX,
  type PayoutEvent,
  parsePayoutEvent,
  payoutIdFromStream,
} from '@payouts/contracts';
import { type EventStore, parseRecorded, type RecordedEvent } from '@payouts/platform';
import { type Kysely, sql, type Transaction } from 'kysely';
import { payoutToRow, rowToPayout } from '../readModel/rows.ts';
import type { ReadModel } from '../readModel/schema.ts';

/** Events per read and per write round: amortises round trips, keeps memory flat at any size. */
const REBUILD_BATCH = 2_000;
const FRESH_TABLE = 'payouts_rebuild';

export type RebuildResult = { events: number; payouts: number; carriedOver: number };

export async function rebuildReadModel(
  db: Kysely<ReadModel>,
  eventStore: EventStore,
  options: { onProgress?: (eventsDone: number) => void; batchSize?: number } = {},
): Promise<RebuildResult> {
  const batchSize = options.batchSize ?? REBUILD_BATCH;
  // One pinned session: it holds the rebuild lock, so two rebuilds never share the fresh table.
  return db.connection().execute(async (conn) => {
    const locked = await sql<{
      ok: boolean;
    }>`select pg_try_advisory_lock(hashtextextended('query-api:rebuild', 0)) as ok`.execute(conn);
    if (!locked.rows[0]?.ok) throw new Error('another rebuild is running');
    try {
      await sql`drop table if exists ${sql.table(FRESH_TABLE)}`.execute(conn);
      await sql`create table ${sql.table(FRESH_TABLE)} (like payouts including all)`.execute(conn);
      let events = 0;
      let from: RecordedEvent['position'] | null = null;
      for (;;) {
        const batch = await eventStore.readAll({
          from,
          maxCount: batchSize,
          streamPrefix: PAYOUT_STREAM_PREFIX,
        });
        if (batch.length === 0) break;
        await applyBatch(conn, batch);
        events += batch.length;
        options.onProgress?.(events);
        from = batch.at(-1)!.position;
      }
      const switched = await conn.transaction().execute((trx) => switchOver(trx));
      return { events, ...switched };
    } finally {
      await sql`select pg_advisory_unlock(hashtextextended('query-api:rebuild', 0))`.execute(conn);
    }
  });
}

/** Folds one batch into the fresh table: read the rows it touches, evolve them, write them back. */
async function applyBatch(db: Kysely<ReadModel>, batch: RecordedEvent[]): Promise<void> {
  const byPayout = new Map<string, RecordedEvent[]>();
  for (const event of batch) {
    const id = payoutIdFromStream(event.streamName);
    if (id === undefined) continue;
    byPayout.set(id, [...(byPayout.get(id) ?? []), event]);
  }
  if (byPayout.size === 0) return;
  const existing = await db
    .selectFrom(FRESH_TABLE)
    .selectAll()
    .where('id', 'in', [...byPayout.keys()])
    .execute();
  const rows = new Map(existing.map((r) => [r.id, r]));
  const values = [...byPayout].map(([id, events]) => {
    const row = rows.get(id);
    let expected = row ? BigInt(row.revision) + 1n : 0n;
    const folded: PayoutEvent[] = [];
    for (const e of events) {
      // Read-all order keeps each stream's revisions in order; anything else is a broken store.
      if (e.revision !== expected) {
        throw new Error(`${e.streamName}: replay met revision ${e.revision} where ${expected} was next`);
      }
      expected += 1n;
      folded.push(parseRecorded(parsePayoutEvent, e));
    }
    const state = foldPayout(folded, row ? rowToPayout(row) : null);
    if (state === null) throw new Error(`payout-${id}: folding produced no payout`);
    return payoutToRow(state, expected - 1n);
  });
  const columns = Object.keys(values[0]!) as (keyof (typeof values)[number])[];
  await db
    .insertInto(FRESH_TABLE)
    .values(values)
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet((eb) => Object.fromEntries(columns.map((c) => [c, eb.ref(`excluded.${c}`)]))),
    )
    .execute();
}

/** In one transaction: carry over what the live projector applied meanwhile, swap the tables and index names. */
async function switchOver(trx: Transaction<ReadModel>): Promise<{ payouts: number; carriedOver: number }> {
  await sql`lock table payouts in exclusive mode`.execute(trx);
  await sql`delete from ${sql.table(FRESH_TABLE)} n using payouts o
    where n.id = o.id and o.revision > n.revision`.execute(trx);
  const added = await sql`insert into ${sql.table(FRESH_TABLE)} select o.* from payouts o
    where not exists (select 1 from ${sql.table(FRESH_TABLE)} n where n.id = o.id)`.execute(trx);
  const oldIndexes = await indexesOf(trx, 'payouts');
  await sql`drop table payouts`.execute(trx);
  await sql`alter table ${sql.table(FRESH_TABLE)} rename to payouts`.execute(trx);
  // `like ... including all` named the copies after the fresh table; give them the names migrations know.
  const newIndexes = await indexesOf(trx, 'payouts');
  for (const [definition, name] of newIndexes) {
    const wanted = oldIndexes.get(definition);
    if (wanted === undefined) throw new Error(`rebuild: no index in payouts matches ${definition}`);
    await sql`alter index ${sql.id(name)} rename to ${sql.id(wanted)}`.execute(trx);
  }
  const count = await sql<{ n: string }>`select count(*) as n from payouts`.execute(trx);
  return {
    payouts: Number(count.rows[0]?.n ?? 0),
    carriedOver: Number(added.numAffectedRows ?? 0n),
  };
}

/** Index definition without its name and table -> index name. */
async function indexesOf(trx: Transaction<ReadModel>, table: string): Promise<Map<string, string>> {
  const { rows } = await sql<{ name: string; definition: string }>`
    select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
    from pg_index i join pg_class c on c.oid = i.indexrelid
    where i.indrelid = ${table}::regclass`.execute(trx);
  return new Map(rows.map((r) => [r.definition.replace(/INDEX \S+ ON \S+/, 'INDEX ON'), r.name]));
}
