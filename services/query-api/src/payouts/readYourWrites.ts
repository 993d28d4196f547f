// Read-your-writes: a read that names a revision waits, bounded, until the read model has reached it.
// The projector announces each write on a LISTEN/NOTIFY channel, so a waiting read re-checks its row
// when something was projected rather than on a tight poll; it also re-checks every
// RECHECK_MS in case a notification was lost with its connection.
import { READ_WAIT_MAX_MS } from '@payouts/contracts';
import type { Notifier } from '@payouts/platform';

/** The channel the projector notifies after each write to the read model. */
export const PROJECTED_CHANNEL = 'read_model_payout_projected';

/** A lost notification delays a waiting read by at most this much. */
const RECHECK_MS = 250;

export type Projections = Pick<Notifier, 'generation' | 'wait'>;

/** Without a listener (tests of the HTTP layer alone), waiting degrades to re-checking every RECHECK_MS. */
export const pollingProjections: Projections = {
  generation: () => 0,
  wait: (_since, timeoutMs, signal) =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    }),
};

/**
 * Loads the row until its revision is at least `minRevision` or `maxWaitMs` (at most
 * READ_WAIT_MAX_MS) has passed. `stale` says the row (or its absence) is older than asked.
 */
export async function loadAtRevision<R extends { revision: string }>(
  load: () => Promise<R | undefined>,
  options: {
    minRevision: bigint | null;
    projections: Projections;
    signal: AbortSignal;
    maxWaitMs?: number | undefined;
  },
): Promise<{ row: R | undefined; stale: boolean }> {
  const { minRevision, projections, signal } = options;
  const deadline = Date.now() + Math.min(options.maxWaitMs ?? READ_WAIT_MAX_MS, READ_WAIT_MAX_MS);
  for (;;) {
    const seen = projections.generation();
    const row = await load();
    if (minRevision === null || (row && BigInt(row.revision) >= minRevision)) return { row, stale: false };
    const remaining = deadline - Date.now();
    if (remaining <= 0 || signal.aborted) return { row, stale: true };
    await projections.wait(seen, Math.min(remaining, RECHECK_MS), signal);
  }
}
