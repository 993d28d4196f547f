// The scheduler's payout jobs. Each takes the time it runs at (tests pass their own), finds its
// payouts in `scheduler_payouts`, and acts only through the event store, with the processing rules
// deciding: a dispatch is an appended PayoutProcessingRequested that the relay publishes and the
// processor reacts to, never a message sent around them. Every job is safe to run twice: a dispatch
// names the time since which the payout must not have been dispatched already, so a second run
// appends nothing; the totals are recomputed whole for each day they cover.
//
// The SQL below restates the processing rules to find candidates (due: `isDue` in
// contracts/src/payout/processing.ts; in flight or waiting to retry: `next_attempt_at`, as
// nextProcessingStep.ts reads it) because it must pick a few hundred rows out of millions with an
// index, which a TypeScript predicate over every row cannot. It only nominates: each dispatch is
// decided by the same pure rules on the payout's stream (RequestProcessing refuses one that is not
// pending, not due, or dispatched since), so a divergence between the two dispatches nothing wrong,
// it only wastes a look. The thresholds (stale after, stuck after) are the scheduler's own settings.
import {
  PayoutRejected,
  type ProcessingRequestReason,
  payoutProcessingDecider,
  payoutStreamName,
} from '@payouts/contracts';
import { type EventStore, handleCommand, inTransaction, WrongExpectedRevision } from '@payouts/platform';

/** Appends lost to another writer (a client's update, the processor) in a row before a payout waits for the next run. */
const CONFLICT_RETRIES = 3;

import type pg from 'pg';

const SCHEDULER_ACTOR = 'system:scheduler';

/** Payouts one run dispatches at most; the next run takes the rest. */
const DISPATCH_BATCH = 500;

export type JobResult = Record<string, number>;

export type PayoutJobs = {
  /** Scheduled payouts whose time has come, not released since: PayoutProcessingRequested(scheduled_release). */
  releaseScheduled(now: Date): Promise<JobResult>;
  /** Due pending payouts nothing happened to for `pendingStaleAfterMs`: dispatched again. */
  redispatchPending(now: Date): Promise<JobResult>;
  /**
   * Payouts in processing nothing happened to for `processingStuckAfterMs`: dispatched to the
   * processor, which asks the provider what it did (the provider is the processor's to talk to) and
   * settles the payout from that answer, paying only if the provider never saw it.
   */
  resolveStuckProcessing(now: Date): Promise<JobResult>;
  /**
   * Daily totals per tenant, currency and status of the payouts created each day (UTC), recomputed
   * whole for every day whose payouts changed since the last run. Computed from the scheduler's own
   * view, which is folded from the event store, rather than from query-api's read model: the totals
   * then follow the source of truth, do not lag with the projector or change during a read-model
   * rebuild, and the scheduler reads no other service's table.
   */
  dailyTotals(now: Date): Promise<JobResult>;
};

export type PayoutJobsOptions = {
  pendingStaleAfterMs: number;
  processingStuckAfterMs: number;
};

export function createPayoutJobs(
  deps: { pool: pg.Pool; eventStore: EventStore },
  options: PayoutJobsOptions,
): PayoutJobs {
  const dispatchAll = async (
    rows: { payout_id: string; since: Date | null }[],
    reason: ProcessingRequestReason,
    now: Date,
  ): Promise<JobResult> => {
    const result = { found: rows.length, dispatched: 0, skipped: 0 };
    for (const row of rows) {
      const appended = await dispatch(deps.eventStore, row.payout_id, reason, row.since, now);
      if (appended) result.dispatched++;
      else result.skipped++;
    }
    return result;
  };

  return {
    async releaseScheduled(now) {
      const { rows } = await deps.pool.query<{ payout_id: string; since: Date }>(
        `select payout_id, scheduled_for as since from scheduler_payouts
         where status = 'pending' and scheduled_for <= $1
           and (dispatched_at is null or dispatched_at < scheduled_for)
         order by scheduled_for limit $2`,
        [now, DISPATCH_BATCH],
      );
      return dispatchAll(rows, 'scheduled_release', now);
    },

    async redispatchPending(now) {
      const staleBefore = new Date(now.getTime() - options.pendingStaleAfterMs);
      const { rows } = await deps.pool.query<{ payout_id: string; since: Date }>(
        `select payout_id, $2::timestamptz as since from scheduler_payouts
         where status = 'pending' and (scheduled_for is null or scheduled_for <= $1)
           and last_event_at < $2
         order by last_event_at limit $3`,
        [now, staleBefore, DISPATCH_BATCH],
      );
      return dispatchAll(rows, 'stale_pending', now);
    },

    async resolveStuckProcessing(now) {
      const stuckBefore = new Date(now.getTime() - options.processingStuckAfterMs);
      // A payout waiting for its next attempt is not stuck until that attempt is overdue too.
      const { rows } = await deps.pool.query<{ payout_id: string; since: Date }>(
        `select payout_id, $1::timestamptz as since from scheduler_payouts
         where status = 'processing' and greatest(last_event_at, coalesce(next_attempt_at, last_event_at)) < $1
         order by last_event_at limit $2`,
        [stuckBefore, DISPATCH_BATCH],
      );
      return dispatchAll(rows, 'stuck_processing', now);
    },

    async dailyTotals(now) {
      return inTransaction(deps.pool, async (client) => {
        // The days to recompute, and their rows locked so nothing marks them meanwhile unseen.
        const { rows: days } = await client.query<{ tenant_id: string; day: string }>(
          `select distinct tenant_id, (created_at at time zone 'UTC')::date::text as day
           from scheduler_payouts where totals_dirty`,
        );
        if (days.length === 0) {
          return { days: 0, rows: 0 };
        }
        const tenants = days.map((d) => d.tenant_id);
        const dayList = days.map((d) => d.day);
        await client.query(
          `create temporary table dirty_days on commit drop as
           select * from unnest($1::text[], $2::date[]) as d(tenant_id, day)`,
          [tenants, dayList],
        );
        await client.query(
          `update scheduler_payouts p set totals_dirty = false from dirty_days d
           where p.tenant_id = d.tenant_id and (p.created_at at time zone 'UTC')::date = d.day`,
        );
        await client.query(
          `delete from daily_payout_totals t using dirty_days d where t.tenant_id = d.tenant_id and t.day = d.day`,
        );
        const inserted = await client.query(
          `insert into daily_payout_totals (day, tenant_id, currency, status, payout_count, amount_total, computed_at)
           select (p.created_at at time zone 'UTC')::date, p.tenant_id, p.currency, p.status, count(*), sum(p.amount), $1
           from scheduler_payouts p join dirty_days d
             on p.tenant_id = d.tenant_id and (p.created_at at time zone 'UTC')::date = d.day
           group by 1, 2, 3, 4`,
          [now],
        );
        return { days: days.length, rows: inserted.rowCount ?? 0 };
      });
    },
  };
}

/** Appends PayoutProcessingRequested unless the payout moved on or was dispatched since `since`. */
async function dispatch(
  eventStore: EventStore,
  payoutId: string,
  reason: ProcessingRequestReason,
  since: Date | null,
  now: Date,
): Promise<boolean> {
  try {
    const result = await handleCommand(
      eventStore,
      payoutProcessingDecider,
      payoutStreamName(payoutId),
      { type: 'RequestProcessing', data: { reason, not_dispatched_since: since }, now },
      {
        correlation_id: `scheduler:${reason}:${payoutId}`,
        causation_id: null,
        actor: SCHEDULER_ACTOR,
        traceparent: null,
      },
      { conflictRetries: CONFLICT_RETRIES },
    );
    return result.events.length > 0;
  } catch (err) {
    // The payout moved on since the scheduler's view saw it, or kept being written to: either way
    // the next run sees it as it is now.
    if (err instanceof PayoutRejected || err instanceof WrongExpectedRevision) return false;
    throw err;
  }
}
