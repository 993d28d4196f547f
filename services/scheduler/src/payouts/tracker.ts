// Keeps `scheduler_payouts` up to date from the event store: reads every payout event after its
// checkpoint (readAll is commit-safe, so nothing is skipped) and folds it with the same rules the
// processor decides with. Re-reading an event changes nothing: a row only takes a higher revision.
import {
  evolveProcessing,
  PAYOUT_STREAM_PREFIX,
  type ProcessingState,
  parsePayoutEvent,
  payoutIdFromStream,
} from '@payouts/contracts';
import type { CheckpointStore, EventStore, RecordedEvent } from '@payouts/platform';
import type pg from 'pg';

/** Events read per round trip; a catch-up after a long outage reads in rounds of this. */
const BATCH = 1_000;

export type PayoutTracker = { catchUp(): Promise<number> };

export function createPayoutTracker(deps: {
  pool: pg.Pool;
  eventStore: EventStore;
  checkpoints: CheckpointStore;
  checkpointName: string;
}): PayoutTracker {
  return {
    async catchUp() {
      let folded = 0;
      let from = await deps.checkpoints.load(deps.checkpointName);
      for (;;) {
        const events = await deps.eventStore.readAll({
          from,
          maxCount: BATCH,
          streamPrefix: PAYOUT_STREAM_PREFIX,
        });
        if (events.length === 0) return folded;
        await foldBatch(deps.pool, events);
        from = events.at(-1)!.position;
        await deps.checkpoints.save(deps.checkpointName, from);
        folded += events.length;
        if (events.length < BATCH) return folded;
      }
    },
  };
}

type Row = { payout_id: string; revision: string; state: ProcessingState };

async function foldBatch(pool: pg.Pool, events: RecordedEvent[]): Promise<void> {
  const byPayout = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    const id = payoutIdFromStream(event.streamName);
    if (id === undefined) continue;
    byPayout.set(id, [...(byPayout.get(id) ?? []), event]);
  }
  const { rows } = await pool.query<Row>(
    'select payout_id, revision, state from scheduler_payouts where payout_id = any($1::uuid[])',
    [[...byPayout.keys()]],
  );
  const known = new Map(rows.map((r) => [r.payout_id, r]));
  for (const [id, payoutEvents] of byPayout) {
    const row = known.get(id);
    let state: ProcessingState = row?.state ?? null;
    let revision = row ? BigInt(row.revision) : -1n;
    let lastEventAt: string | null = null;
    for (const event of payoutEvents) {
      if (event.revision <= revision) continue; // folded before
      if (event.revision !== revision + 1n) {
        throw new Error(`${event.streamName}: revision ${event.revision} follows ${revision}`);
      }
      const version = typeof event.metadata.schema_version === 'number' ? event.metadata.schema_version : 1;
      const parsed = parsePayoutEvent(event.type, event.data, version);
      state = evolveProcessing(state, parsed);
      revision = event.revision;
      lastEventAt = parsed.data.occurred_at;
    }
    if (state === null || lastEventAt === null) continue;
    await upsert(pool, state, revision, lastEventAt);
  }
}

async function upsert(
  pool: pg.Pool,
  state: NonNullable<ProcessingState>,
  revision: bigint,
  lastEventAt: string,
) {
  const p = state.payout;
  await pool.query(
    `insert into scheduler_payouts (payout_id, tenant_id, status, amount, currency, scheduled_for,
       next_attempt_at, dispatched_at, created_at, last_event_at, revision, totals_dirty, state)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, true, $12)
     on conflict (payout_id) do update set tenant_id = excluded.tenant_id, status = excluded.status,
       amount = excluded.amount, currency = excluded.currency, scheduled_for = excluded.scheduled_for,
       next_attempt_at = excluded.next_attempt_at, dispatched_at = excluded.dispatched_at,
       last_event_at = excluded.last_event_at, revision = excluded.revision, totals_dirty = true,
       state = excluded.state
     where scheduler_payouts.revision < excluded.revision`,
    [
      p.id,
      p.tenant_id,
      p.status,
      p.amount,
      p.currency,
      p.scheduled_for,
      state.next_attempt_at,
      state.dispatched_at,
      p.created_at,
      lastEventAt,
      revision.toString(),
      JSON.stringify(state),
    ],
  );
}
