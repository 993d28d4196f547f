// The projector: folds each payout event into its read-model row, only as the row's next revision.
// An older event is ignored (already applied); a newer one first reads the revisions it skipped from
// the event store, so an event NATS lost heals itself. Every write is guarded by the revision it
// read, so two projectors racing on one row cannot both apply.
import { type BusEvent, foldPayout, parsePayoutEvent, payoutIdFromStream } from '@payouts/contracts';
import type { EventStore } from '@payouts/platform';
import { type Kysely, sql } from 'kysely';
import { PROJECTED_CHANNEL } from '../payouts/readYourWrites.ts';
import { payoutToRow, rowToPayout } from '../readModel/rows.ts';
import type { ReadModel } from '../readModel/schema.ts';

export type ProjectionOutcome = 'applied' | 'healed' | 'ignored';

/** Attempts when another projector moved the row between our read and our write. */
const MAX_RACES = 5;

export async function projectEvent(
  db: Kysely<ReadModel>,
  eventStore: EventStore,
  event: Pick<BusEvent, 'stream_name' | 'revision' | 'type' | 'data' | 'metadata'>,
): Promise<ProjectionOutcome> {
  const payoutId = payoutIdFromStream(event.stream_name);
  if (payoutId === undefined) return 'ignored';
  const revision = BigInt(event.revision);
  for (let race = 0; race < MAX_RACES; race++) {
    const row = await db.selectFrom('payouts').selectAll().where('id', '=', payoutId).executeTakeFirst();
    const current = row ? BigInt(row.revision) : -1n;
    if (revision <= current) return 'ignored';
    const missing =
      revision === current + 1n
        ? [event]
        : (await eventStore.readStream(event.stream_name, { fromRevision: current + 1n })).filter(
            (e) => e.revision <= revision,
          );
    if (BigInt(missing.length) !== revision - current) {
      throw new Error(`${event.stream_name}: the event store has no revisions ${current + 1n}..${revision}`);
    }
    const state = foldPayout(
      missing.map((e) => parsePayoutEvent(e.type, e.data, schemaVersionOf(e.metadata))),
      row ? rowToPayout(row) : null,
    );
    if (state === null) throw new Error(`${event.stream_name}: folding produced no payout`);
    const values = payoutToRow(state, revision);
    const written = row
      ? await db
          .updateTable('payouts')
          .set({ ...values, projected_at: new Date() })
          .where('id', '=', payoutId)
          .where('revision', '=', current.toString())
          .executeTakeFirst()
      : await db
          .insertInto('payouts')
          .values(values)
          .onConflict((oc) => oc.column('id').doNothing())
          .executeTakeFirst();
    const count = 'numUpdatedRows' in written ? written.numUpdatedRows : written.numInsertedOrUpdatedRows;
    if (count === 1n) {
      // Wakes reads waiting for this revision (read-your-writes); the payload is only a hint.
      await sql`select pg_notify(${PROJECTED_CHANNEL}, ${payoutId})`.execute(db);
      return missing.length > 1 ? 'healed' : 'applied';
    }
  }
  throw new Error(`${event.stream_name}: lost ${MAX_RACES} races to write revision ${revision}`);
}

function schemaVersionOf(metadata: Record<string, unknown>): number {
  return typeof metadata.schema_version === 'number' ? metadata.schema_version : 1;
}
