// Writes the projector's rows in batches: while one statement is in flight, the rows that arrive
// wait and then go together as one multi-row upsert (platform's inFlightGroups), so under load the
// read model costs one round trip per batch instead of one per event, and when idle a row goes at
// once, alone.
//
// The upsert writes a row at revision N over any row at a lower revision and leaves a row at N or
// beyond alone. That is safe whatever the table holds, because a row at revision N is a pure fold
// of the stream's events 0..N: whoever computes it computes the same row.
import { createInFlightGroups } from '@payouts/platform';
import type { Insertable, Kysely } from 'kysely';
import type { PayoutsTable, ReadModel } from '../readModel/schema.ts';

/** A read-model row as the projector writes it (`projected_at` is set when its batch goes). */
type RowValues = Omit<Insertable<PayoutsTable>, 'projected_at'>;

export type RowWriter = {
  /**
   * Resolves true when this write put the row in the table, or a later revision of the same row
   * that replaced it while both waited for their batch did; false when the table already held that
   * revision or a later one. Rejects when the batch's statement failed.
   */
  write(values: RowValues): Promise<boolean>;
};

/** Rows per statement at most: PostgreSQL takes 65,535 parameters, a row here takes 17. */
const MAX_BATCH = 500;

export function createRowWriter(db: Kysely<ReadModel>, maxBatch = MAX_BATCH): RowWriter {
  // The writes that arrive while a statement is in flight go together as the next one
  // (inFlightGroups.ts). One statement may not touch a row twice, so of one row's revisions in a
  // group only the latest is written, and whoever asked for an earlier one learns its fate.
  const write = createInFlightGroups<RowValues, boolean>(async (group) => {
    const latest = new Map<string, RowValues>();
    for (const values of group) {
      const had = latest.get(values.id);
      if (!had || BigInt(had.revision) < BigInt(values.revision)) latest.set(values.id, values);
    }
    const written = await upsert(db, [...latest.values()]);
    return group.map((values) => ({
      ok: true,
      value: written.get(values.id) === latest.get(values.id)!.revision,
    }));
  }, maxBatch);
  return { write };
}

/** One statement for the batch; returns the revision written per id (absent where none was). */
async function upsert(db: Kysely<ReadModel>, batch: RowValues[]): Promise<Map<string, string>> {
  const projectedAt = new Date();
  // Rows in id order, so that two writers (a lease changing hands) lock them in the same order.
  const rows = batch
    .map((values) => ({ ...values, projected_at: projectedAt }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const written = await db
    .insertInto('payouts')
    .values(rows)
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet((eb) => ({
          tenant_id: eb.ref('excluded.tenant_id'),
          status: eb.ref('excluded.status'),
          amount: eb.ref('excluded.amount'),
          currency: eb.ref('excluded.currency'),
          recipient_account: eb.ref('excluded.recipient_account'),
          description: eb.ref('excluded.description'),
          error_message: eb.ref('excluded.error_message'),
          error_code: eb.ref('excluded.error_code'),
          provider_reference: eb.ref('excluded.provider_reference'),
          metadata: eb.ref('excluded.metadata'),
          scheduled_for: eb.ref('excluded.scheduled_for'),
          attempts: eb.ref('excluded.attempts'),
          created_at: eb.ref('excluded.created_at'),
          updated_at: eb.ref('excluded.updated_at'),
          revision: eb.ref('excluded.revision'),
          projected_at: eb.ref('excluded.projected_at'),
        }))
        .whereRef('payouts.revision', '<', 'excluded.revision'),
    )
    .returning(['id', 'revision'])
    .execute();
  return new Map(written.map((r) => [r.id, r.revision]));
}
