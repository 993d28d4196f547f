// What the chaos run must prove at the end, read straight from the event store and the read model.
import { foldPayout, parsePayoutEvent, payoutIdFromStream, TERMINAL_STATUSES } from '@payouts/contracts';
import type { EventStore, RecordedEvent } from '@payouts/platform';
import type pg from 'pg';

export type CheckResult = { name: string; ok: boolean; detail: string };

const TERMINAL_EVENTS = new Set(['PayoutCompleted', 'PayoutFailed', 'PayoutCancelled']);

export async function readAllEvents(store: EventStore): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for (;;) {
    const batch = await store.readAll({ from: all.at(-1)?.position ?? null, maxCount: 5_000 });
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

export function groupByStream(events: RecordedEvent[]): Map<string, RecordedEvent[]> {
  const streams = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    if (payoutIdFromStream(event.streamName) === undefined) continue;
    const list = streams.get(event.streamName) ?? [];
    list.push(event);
    streams.set(event.streamName, list);
  }
  for (const list of streams.values()) list.sort((a, b) => (a.revision < b.revision ? -1 : 1));
  return streams;
}

function fold(events: RecordedEvent[]) {
  return foldPayout(
    events.map((e) =>
      parsePayoutEvent(
        e.type,
        e.data,
        typeof e.metadata.schema_version === 'number' ? e.metadata.schema_version : 1,
      ),
    ),
  );
}

function sample(items: string[]): string {
  return items.length === 0
    ? ''
    : `: ${items.slice(0, 5).join(', ')}${items.length > 5 ? ` and ${items.length - 5} more` : ''}`;
}

export function terminalCheck(streams: Map<string, RecordedEvent[]>): CheckResult {
  const stuck = [...streams].filter(([, events]) => !TERMINAL_STATUSES.has(fold(events)!.status));
  const byStatus = new Map<string, number>();
  for (const [, events] of stuck)
    byStatus.set(fold(events)!.status, (byStatus.get(fold(events)!.status) ?? 0) + 1);
  const left = [...byStatus].map(([status, n]) => `${n} ${status}`).join(', ');
  return {
    name: 'every payout reached a terminal status',
    ok: stuck.length === 0,
    detail: `${streams.size - stuck.length}/${streams.size} terminal${left ? ` (left: ${left})` : ''}${sample(stuck.map(([s]) => s))}`,
  };
}

export async function runChecks(input: {
  acknowledged: string[];
  store: EventStore;
  db: pg.Pool;
}): Promise<CheckResult[]> {
  const events = await readAllEvents(input.store);
  const streams = groupByStream(events);
  const results: CheckResult[] = [];

  const requested = new Set(
    [...streams].filter(([, evs]) => evs[0]?.type === 'PayoutRequested').map(([s]) => payoutIdFromStream(s)!),
  );
  const missing = input.acknowledged.filter((id) => !requested.has(id));
  results.push({
    name: 'every acknowledged POST has its events',
    ok: missing.length === 0,
    detail: `${input.acknowledged.length - missing.length}/${input.acknowledged.length} found${sample(missing)}`,
  });

  results.push(terminalCheck(streams));

  const doubleTerminal = [...streams]
    .filter(([, evs]) => evs.filter((e) => TERMINAL_EVENTS.has(e.type)).length > 1)
    .map(([s]) => s);
  const duplicateIds = events.length - new Set(events.map((e) => e.id)).size;
  const gaps = [...streams].filter(([, evs]) => evs.some((e, i) => e.revision !== BigInt(i))).map(([s]) => s);
  results.push({
    name: 'no payout has duplicate status events',
    ok: doubleTerminal.length === 0 && duplicateIds === 0 && gaps.length === 0,
    detail: `${doubleTerminal.length} with two terminal events, ${duplicateIds} duplicate event ids, ${gaps.length} with revision gaps${sample([...doubleTerminal, ...gaps])}`,
  });

  // The simulated provider keeps one record per payout id (its idempotency key). Money moved exactly
  // once and matches the outcome: a completed payout names the provider's one payment, and no failed
  // or cancelled payout was paid.
  const paidTwice = [...streams]
    .filter(([, evs]) => evs.filter((e) => e.type === 'PayoutCompleted').length > 1)
    .map(([s]) => s);
  const mismatched: string[] = [];
  const payments = await input.db
    .query<{ payout_id: string; status: string; reference: string | null }>(
      'select payout_id, status, reference from simulated_provider_payments',
    )
    .then((r) => new Map(r.rows.map((row) => [row.payout_id, row])))
    .catch(() => null);
  if (payments) {
    for (const [stream, evs] of streams) {
      const payment = payments.get(payoutIdFromStream(stream)!);
      const completed = evs.find((e) => e.type === 'PayoutCompleted');
      if (completed) {
        const reference = (completed.data as { provider_reference: string }).provider_reference;
        if (payment?.status !== 'paid' || payment.reference !== reference) mismatched.push(stream);
      } else if (payment?.status === 'paid' && TERMINAL_STATUSES.has(fold(evs)!.status)) {
        mismatched.push(stream);
      }
    }
  }
  results.push({
    name: 'the provider paid no payout twice',
    ok: paidTwice.length === 0 && mismatched.length === 0,
    detail: `${paidTwice.length} completed more than once, ${mismatched.length} whose outcome differs from the provider's record${sample([...paidTwice, ...mismatched])}${payments ? '' : ' (no provider records found)'}`,
  });
  const { rows } = await input.db.query<{
    id: string;
    status: string;
    amount: string;
    revision: string;
    updated_at: Date;
  }>('select id, status, amount, revision, updated_at from payouts');
  const byId = new Map(rows.map((r) => [r.id, r]));
  const differing: string[] = [];
  for (const [stream, evs] of streams) {
    const state = fold(evs)!;
    const row = byId.get(state.id);
    const same =
      row !== undefined &&
      row.status === state.status &&
      row.amount === state.amount &&
      BigInt(row.revision) === evs.at(-1)!.revision &&
      row.updated_at.toISOString() === new Date(state.updated_at).toISOString();
    if (!same) differing.push(stream);
  }
  const extra = rows.filter((r) => !streams.has(`payout-${r.id}`)).map((r) => r.id);
  results.push({
    name: 'the read model equals a fresh replay of the event store',
    ok: differing.length === 0 && extra.length === 0,
    detail: `${streams.size - differing.length}/${streams.size} rows equal, ${extra.length} rows without a stream${sample([...differing, ...extra])}`,
  });
  return results;
}
