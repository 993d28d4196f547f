// The projector: folds each payout event into its read-model row, only as the row's next revision.
// An older event is ignored (already applied); a newer one first reads the revisions it skipped from
// the event store, so an event NATS lost heals itself. Every write is guarded by the revision it
// read, so two projectors racing on one row cannot both apply.
import { type BusEvent, foldPayout, parsePayoutEvent, payoutIdFromStream } from '@payouts/contracts';
import type { EventStore } from '@payouts/platform';
import type { Kysely } from 'kysely';
import { LRUCache } from 'lru-cache';
import { type PayoutRow, payoutToRow, rowToPayout } from '../readModel/rows.ts';
import type { ReadModel } from '../readModel/schema.ts';

export type ProjectionOutcome = 'applied' | 'healed' | 'ignored';

/** Attempts when another projector moved the row between our read and our write. */
const MAX_RACES = 5;

export type ProjectOptions = {
  /** Called after each write to the read model (the live projector wakes waiting reads with it). */
  onWritten?: () => void;
  /** Rows this projector wrote last; saves reading a row back before its next event. */
  rows?: RecentRows;
};

export async function projectEvent(
  db: Kysely<ReadModel>,
  eventStore: EventStore,
  event: Pick<BusEvent, 'stream_name' | 'revision' | 'type' | 'data' | 'metadata'>,
  options: ProjectOptions = {},
): Promise<ProjectionOutcome> {
  const payoutId = payoutIdFromStream(event.stream_name);
  if (payoutId === undefined) return 'ignored';
  const revision = BigInt(event.revision);
  for (let race = 0; race < MAX_RACES; race++) {
    // The row as this projector last wrote it, if that is just one revision behind; the guarded
    // write below finds out if it no longer is (another projector, a rebuild), and the next round
    // reads the row itself.
    const remembered = race === 0 ? options.rows?.get(payoutId) : undefined;
    let row: PayoutRow | undefined;
    if (remembered && BigInt(remembered.revision) === revision - 1n) row = remembered;
    // A stream's first event creates the row: the insert is tried at once (if the row exists, the
    // insert does nothing and the event is one the row already has).
    else if (race > 0 || revision !== 0n) {
      row = await db.selectFrom('payouts').selectAll().where('id', '=', payoutId).executeTakeFirst();
    }
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
          .returningAll()
          .executeTakeFirst()
      : await db
          .insertInto('payouts')
          .values(values)
          .onConflict((oc) => oc.column('id').doNothing())
          .returningAll()
          .executeTakeFirst();
    if (written) {
      options.rows?.remember(written);
      options.onWritten?.();
      return missing.length > 1 ? 'healed' : 'applied';
    }
    if (!row && revision === 0n) return 'ignored'; // the row was there: revision 0 is behind it
    options.rows?.forget(payoutId);
  }
  throw new Error(`${event.stream_name}: lost ${MAX_RACES} races to write revision ${revision}`);
}

/**
 * The rows a projector wrote most recently, at most `capacity` of them: a payout's events come in
 * quick succession, so its next event usually finds its row here instead of reading it back.
 */
export class RecentRows {
  private readonly rows: LRUCache<string, PayoutRow>;
  constructor(capacity = 10_000) {
    this.rows = new LRUCache({ max: capacity });
  }

  get(id: string): PayoutRow | undefined {
    return this.rows.get(id);
  }

  remember(row: PayoutRow): void {
    this.rows.set(row.id, row);
  }

  forget(id: string): void {
    this.rows.delete(id);
  }
}

function schemaVersionOf(metadata: Record<string, unknown>): number {
  return typeof metadata.schema_version === 'number' ? metadata.schema_version : 1;
}
