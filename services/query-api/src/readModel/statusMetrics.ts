// payouts_by_status: how many payouts the read model holds in each status, for dashboards and alerts
// (a growing `processing` count is a stuck processor). Counted when Prometheus scrapes, at most once
// per COUNT_REUSE_MS per process, under a statement timeout, so that a large table costs one bounded
// query per half minute rather than one per scrape of every replica.
import { collectedGauge } from '@payouts/platform';
import { type Kysely, sql } from 'kysely';
import type { ReadModel } from './schema.ts';

/** Scrapes come every 15 s by default; a count this old is still a fair picture. */
const COUNT_REUSE_MS = 30_000;
/** A count that takes longer than this is skipped: the metric must never load the database. */
const COUNT_TIMEOUT_MS = 5_000;
const STATUSES = ['pending', 'processing', 'completed', 'failed', 'cancelled'] as const;

let source:
  | { db: Kysely<ReadModel>; reuseMs: number; at: number; counts: Promise<Map<string, number>> | undefined }
  | undefined;

collectedGauge('payouts_by_status', 'Payouts in the read model by status', ['status'], async (gauge) => {
  if (!source) return;
  if (!source.counts || Date.now() - source.at >= source.reuseMs) {
    const current = source;
    const counts = countByStatus(current.db);
    current.at = Date.now();
    current.counts = counts;
    // A failed count is retried at the next scrape, not served for the next half minute.
    counts.catch(() => {
      if (current.counts === counts) current.counts = undefined;
    });
  }
  const counts = await source.counts!;
  for (const status of new Set([...STATUSES, ...counts.keys()])) {
    gauge.set({ status }, counts.get(status) ?? 0);
  }
});

async function countByStatus(db: Kysely<ReadModel>): Promise<Map<string, number>> {
  const rows = await db.transaction().execute(async (trx) => {
    await sql`set local statement_timeout = ${sql.lit(COUNT_TIMEOUT_MS)}`.execute(trx);
    return trx
      .selectFrom('payouts')
      .select(['status', (eb) => eb.fn.countAll<string>().as('count')])
      .groupBy('status')
      .execute();
  });
  return new Map(rows.map((row) => [row.status, Number(row.count)]));
}

/** Makes this process report the payouts in `db` (the latest call wins: one read model per process). */
export function reportPayoutsByStatus(db: Kysely<ReadModel>, options: { reuseMs?: number } = {}): void {
  source = { db, reuseMs: options.reuseMs ?? COUNT_REUSE_MS, at: 0, counts: undefined };
}
