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
import { type CheckpointStore, type EventStore, parseRecorded, type RecordedEvent } from '@payouts/platform';
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
  const changed: UpsertRow[] = [];
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
      const parsed = parseRecorded(parsePayoutEvent, event);
      state = evolveProcessing(state, parsed);
      revision = event.revision;
      lastEventAt = parsed.data.occurred_at;
    }
    if (state === null || lastEventAt === null) continue;
    changed.push(toUpsertRow(state, revision, lastEventAt));
  }
  if (changed.length > 0) await upsert(pool, changed);
}

type UpsertRow = {
  payout_id: string;
  tenant_id: string;
  status: string;
  amount: string;
  currency: string;
  scheduled_for: string | null;
  next_attempt_at: string | null;
  dispatched_at: string | null;
  created_at: string;
  last_event_at: string;
  revision: string;
  state: NonNullable<ProcessingState>;
};

function toUpsertRow(state: NonNullable<ProcessingState>, revision: bigint, lastEventAt: string): UpsertRow {
  const p = state.payout;
  return {
    payout_id: p.id,
    tenant_id: p.tenant_id,
    status: p.status,
    amount: p.amount,
    currency: p.currency,
    scheduled_for: p.scheduled_for,
    next_attempt_at: state.next_attempt_at,
    dispatched_at: state.dispatched_at,
    created_at: p.created_at,
    last_event_at: lastEventAt,
    revision: revision.toString(),
    state,
  };
}

/** One statement for the whole batch: a catch-up costs a round trip per batch, not per payout. */
async function upsert(pool: pg.Pool, rows: UpsertRow[]): Promise<void> {
  await pool.query(
    `insert into scheduler_payouts (payout_id, tenant_id, status, amount, currency, scheduled_for,
       next_attempt_at, dispatched_at, created_at, last_event_at, revision, totals_dirty, state)
     select r.payout_id, r.tenant_id, r.status, r.amount, r.currency, r.scheduled_for, r.next_attempt_at,
       r.dispatched_at, r.created_at, r.last_event_at, r.revision, true, r.state
     from jsonb_to_recordset($1::jsonb) as r(payout_id uuid, tenant_id text, status text, amount numeric,
       currency text, scheduled_for timestamptz, next_attempt_at timestamptz, dispatched_at timestamptz,
       created_at timestamptz, last_event_at timestamptz, revision bigint, state jsonb)
     on conflict (payout_id) do update set tenant_id = excluded.tenant_id, status = excluded.status,
       amount = excluded.amount, currency = excluded.currency, scheduled_for = excluded.scheduled_for,
       next_attempt_at = excluded.next_attempt_at, dispatched_at = excluded.dispatched_at,
       last_event_at = excluded.last_event_at, revision = excluded.revision, totals_dirty = true,
       state = excluded.state
     where scheduler_payouts.revision < excluded.revision`,
    [JSON.stringify(rows)],
  );
}
