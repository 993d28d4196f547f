// The projector: folds each payout event into its read-model row, only as the row's next revision.
// An older event is ignored (already applied); a newer one first reads the revisions it skipped from
// the event store, so an event NATS lost heals itself. A row at revision N is a pure fold of events
// 0..N, so the write (rowWriter.ts) replaces any row at a lower revision and leaves one at N or
// beyond alone: two projectors racing on one row write the same thing, and the later loses nothing.
import {
  type BusEvent,
  foldPayout,
  type Payout,
  parsePayoutEvent,
  payoutIdFromStream,
} from '@payouts/contracts';
import { type EventStore, parseRecorded } from '@payouts/platform';
import type { Kysely } from 'kysely';
import { LRUCache } from 'lru-cache';
import { payoutToRow, rowToPayout } from '../readModel/rows.ts';
import type { ReadModel } from '../readModel/schema.ts';
import { createRowWriter, type RowWriter } from './rowWriter.ts';

export type ProjectionOutcome = 'applied' | 'healed' | 'ignored';

/** A payout as folded up to `revision`. */
export type FoldedPayout = { revision: bigint; payout: Payout };

export type ProjectOptions = {
  /** Called after each write to the read model (the live projector wakes waiting reads with it). */
  onWritten?: () => void;
  /** Payouts this projector folded last; saves reading a row back before its next event. */
  recent?: RecentPayouts;
  /** Batches the writes of concurrent calls; without it each call writes alone. */
  writer?: RowWriter;
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
  const known = await foldedBefore(db, payoutId, revision, options.recent);
  const current = known?.revision ?? -1n;
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
  const payout = foldPayout(
    missing.map((e) => parseRecorded(parsePayoutEvent, e)),
    known?.payout ?? null,
  );
  if (payout === null) throw new Error(`${event.stream_name}: folding produced no payout`);
  // Remembered before it is written, so that the payout's next event can fold on it while this
  // write waits for its batch: whatever the write's fate, the fold at this revision is right.
  options.recent?.remember(payoutId, { revision, payout });
  let written: boolean;
  try {
    written = await (options.writer ?? createRowWriter(db)).write(payoutToRow(payout, revision));
  } catch (err) {
    options.recent?.forget(payoutId);
    throw err;
  }
  if (!written) return 'ignored'; // the table had this revision or a later one already
  options.onWritten?.();
  return missing.length > 1 ? 'healed' : 'applied';
}

/**
 * The payout as the table (or this projector's memory of it) has it before `revision`: remembered
 * when that is the revision just before; nothing for a stream's first event (its write creates the
 * row, or finds it there and changes nothing); read from the table otherwise.
 */
async function foldedBefore(
  db: Kysely<ReadModel>,
  payoutId: string,
  revision: bigint,
  recent: RecentPayouts | undefined,
): Promise<FoldedPayout | null> {
  const remembered = recent?.get(payoutId);
  if (remembered && remembered.revision === revision - 1n) return remembered;
  if (revision === 0n) return null;
  const row = await db.selectFrom('payouts').selectAll().where('id', '=', payoutId).executeTakeFirst();
  return row ? { revision: BigInt(row.revision), payout: rowToPayout(row) } : null;
}

/**
 * The payouts a projector folded most recently, at most `capacity` of them: a payout's events come
 * in quick succession, so its next event usually finds it here instead of reading its row back.
 */
export class RecentPayouts {
  private readonly folded: LRUCache<string, FoldedPayout>;
  constructor(capacity = 10_000) {
    this.folded = new LRUCache({ max: capacity });
  }

  get(id: string): FoldedPayout | undefined {
    return this.folded.get(id);
  }

  /** Keeps the later of what it had and `folded` (a redelivered event folds an earlier revision). */
  remember(id: string, folded: FoldedPayout): void {
    const had = this.folded.get(id);
    if (had && had.revision > folded.revision) return;
    this.folded.set(id, folded);
  }

  forget(id: string): void {
    this.folded.delete(id);
  }
}
