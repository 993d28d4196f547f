// Writes the projector's rows in batches: while one statement is in flight, the rows that arrive
// wait and then go together as one multi-row upsert, so under load the read model costs one round
// trip per batch instead of one per event, and when idle a row goes at once, alone.
//
// The upsert writes a row at revision N over any row at a lower revision and leaves a row at N or
// beyond alone. That is safe whatever the table holds, because a row at revision N is a pure fold
// of the stream's events 0..N: whoever computes it computes the same row.
import type { Insertable, Kysely } from 'kysely';
import type { PayoutsTable, ReadModel } from '../readModel/schema.ts';

/** A read-model row as the projector writes it (`projected_at` is set when its batch goes). */
export type RowValues = Omit<Insertable<PayoutsTable>, 'projected_at'>;

export type RowWriter = {
  /**
   * Resolves true when this write put the row in the table, or a later revision of the same row
   * that replaced it while both waited for their batch did; false when the table already held that
   * revision or a later one. Rejects when the batch's statement failed.
   */
  write(values: RowValues): Promise<boolean>;
};

/** Rows per statement at most: PostgreSQL takes 65,535 parameters, a row here takes 17. */
export const MAX_BATCH = 500;

type Pending = {
  values: RowValues;
  waiters: Array<{ resolve: (w: boolean) => void; reject: (e: unknown) => void }>;
};

export function createRowWriter(db: Kysely<ReadModel>, maxBatch = MAX_BATCH): RowWriter {
  // Keyed by payout id: a later revision of a row still waiting replaces it (one statement may not
  // touch a row twice), and whoever waited for the earlier one learns the fate of the later.
  const queued = new Map<string, Pending>();
  let writing = false;

  async function flush(): Promise<void> {
    writing = true;
    while (queued.size > 0) {
      const batch = [...queued.values()].slice(0, maxBatch);
      for (const p of batch) queued.delete(p.values.id);
      try {
        const written = await upsert(db, batch);
        for (const p of batch) {
          const ok = written.get(p.values.id) === p.values.revision;
          for (const w of p.waiters) w.resolve(ok);
        }
      } catch (err) {
        for (const p of batch) for (const w of p.waiters) w.reject(err);
      }
    }
    writing = false;
  }

  return {
    write(values) {
      return new Promise<boolean>((resolve, reject) => {
        const waiting = queued.get(values.id);
        if (waiting && BigInt(waiting.values.revision) >= BigInt(values.revision)) {
          waiting.waiters.push({ resolve, reject });
        } else {
          queued.set(values.id, { values, waiters: [...(waiting?.waiters ?? []), { resolve, reject }] });
        }
        if (!writing) void flush();
      });
    },
  };
}

/** One statement for the batch; returns the revision written per id (absent where none was). */
async function upsert(db: Kysely<ReadModel>, batch: Pending[]): Promise<Map<string, string>> {
  const projectedAt = new Date();
  // Rows in id order, so that two writers (a lease changing hands) lock them in the same order.
  const rows = batch
    .map((p) => ({ ...p.values, projected_at: projectedAt }))
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
