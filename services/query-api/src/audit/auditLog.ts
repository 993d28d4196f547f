// What auditors read, straight from the event store (the read model is never trusted here): a
// payout's history, its state as of a past time folded with the same evolve the projector uses, and
// a replay of all payout events over a range of positions or times, all tenants' or one tenant's.
// Shared by the HTTP routes and the audit CLI.
import {
  type AuditEvent,
  foldPayout,
  PAYOUT_STREAM_PREFIX,
  type Payout,
  parsePayoutEvent,
  payoutStreamName,
} from '@payouts/contracts';
import {
  comparePositions,
  type EventStore,
  type GlobalPosition,
  parseRecorded,
  positionText,
  type RecordedEvent,
} from '@payouts/platform';
import { LRUCache } from 'lru-cache';

/** Events per read while replaying: the store's own catch-up batch size. */
const REPLAY_BATCH = 500;
/**
 * Commit order and recording time disagree only by how long an append transaction was open (one
 * statement), so once events are this far past `to_time`, none inside the range can follow.
 */
const RECORDING_SKEW_MS = 60_000;
/**
 * Streams whose tenant one tenant's replay remembers (about 100 bytes each); a stream forgotten and
 * met again costs one more read of its first event.
 */
const OWNERS_REMEMBERED = 10_000;
/** First events read at once to learn the tenants of a batch's streams. */
const OWNER_READS_AT_ONCE = 32;

export function toAuditEvent(event: RecordedEvent): AuditEvent {
  return {
    event_id: event.id,
    stream_name: event.streamName,
    type: event.type,
    revision: event.revision.toString(),
    position: positionText(event.position),
    recorded_at: event.recordedAt.toISOString(),
    data: event.data as Record<string, unknown>,
    metadata: event.metadata,
  };
}

export async function readPayoutHistory(store: EventStore, payoutId: string): Promise<RecordedEvent[]> {
  return store.readStream(payoutStreamName(payoutId));
}

/** The tenant that requested the payout: its first event says so. */
export function ownerOf(history: RecordedEvent[]): string | undefined {
  const first = history[0];
  if (first?.type !== 'PayoutRequested') return undefined;
  const tenant = (first.data as { tenant_id?: unknown }).tenant_id;
  return typeof tenant === 'string' ? tenant : undefined;
}

/**
 * When an event counts for as-of: the earlier of the time it says it occurred and the time the store
 * recorded it. A payout's `created_at` and `updated_at` are its events' `occurred_at`, taken just
 * before the append, and the store records the event 0-1 ms later; by the recorded time alone a
 * payout would not exist as of its own `created_at`. The recorded time still counts when it is the
 * earlier one (a writer whose clock runs ahead of the database's).
 */
function effectiveTime(event: RecordedEvent): number {
  const recorded = event.recordedAt.getTime();
  const occurredAt = (event.data as { occurred_at?: unknown } | null)?.occurred_at;
  const occurred = typeof occurredAt === 'string' ? Date.parse(occurredAt) : Number.NaN;
  return Number.isNaN(occurred) ? recorded : Math.min(occurred, recorded);
}

/**
 * The payout as it stood at `at`: its events up to the first that counts only after `at` (a prefix
 * of the stream, so a later event is never folded without the ones before it), or null before it
 * existed.
 */
export function stateAsOf(history: RecordedEvent[], at: Date): { revision: bigint; payout: Payout } | null {
  const after = history.findIndex((e) => effectiveTime(e) > at.getTime());
  const known = after === -1 ? history : history.slice(0, after);
  const last = known.at(-1);
  if (!last) return null;
  const payout = foldPayout(known.map((e) => parseRecorded(parsePayoutEvent, e)));
  return payout ? { revision: last.revision, payout } : null;
}

export type ReplayRange = {
  /** Exclusive, like a checkpoint: the last position a previous replay showed. */
  afterPosition?: GlobalPosition;
  /** Inclusive. */
  toPosition?: GlobalPosition;
  /** Inclusive, by the time the store recorded the event. */
  fromTime?: Date;
  /** Exclusive. */
  toTime?: Date;
  /** Only the events of this tenant's payouts; every tenant's when absent. */
  tenant?: string | undefined;
};

/** Every payout event in the range (of one tenant, if given), in commit order, read in batches so any range streams. */
export async function* replayEvents(store: EventStore, range: ReplayRange): AsyncGenerator<RecordedEvent> {
  const owners = range.tenant === undefined ? null : streamOwners(store);
  let from = range.afterPosition ?? null;
  for (;;) {
    const batch = await store.readAll({ from, maxCount: REPLAY_BATCH, streamPrefix: PAYOUT_STREAM_PREFIX });
    const { events, ended } = inRange(batch, range);
    if (owners) await owners.learn(events);
    for (const event of events) {
      if (owners === null || owners.of(event.streamName) === range.tenant) yield event;
    }
    if (ended || batch.length < REPLAY_BATCH) return;
    from = batch.at(-1)!.position;
  }
}

/** The batch's events inside the range, and whether the range ends within the batch. */
function inRange(batch: RecordedEvent[], range: ReplayRange): { events: RecordedEvent[]; ended: boolean } {
  const events: RecordedEvent[] = [];
  for (const event of batch) {
    if (range.toPosition && comparePositions(event.position, range.toPosition) > 0)
      return { events, ended: true };
    const recorded = event.recordedAt.getTime();
    if (range.toTime && recorded >= range.toTime.getTime() + RECORDING_SKEW_MS)
      return { events, ended: true };
    if (range.fromTime && recorded < range.fromTime.getTime()) continue;
    if (range.toTime && recorded >= range.toTime.getTime()) continue;
    events.push(event);
  }
  return { events, ended: false };
}

/**
 * The tenant of each payout stream, which only the stream's first event (PayoutRequested) names:
 * taken from that event when the replay meets it, else read from the store.
 */
function streamOwners(store: EventStore) {
  // '' for a stream whose first event names no tenant: it belongs to no tenant's replay.
  const known = new LRUCache<string, string>({ max: OWNERS_REMEMBERED });
  return {
    async learn(events: RecordedEvent[]): Promise<void> {
      for (const event of events) {
        if (event.revision === 0n) known.set(event.streamName, ownerOf([event]) ?? '');
      }
      const unknown = [...new Set(events.map((e) => e.streamName))].filter((name) => !known.has(name));
      for (let i = 0; i < unknown.length; i += OWNER_READS_AT_ONCE) {
        await Promise.all(
          unknown.slice(i, i + OWNER_READS_AT_ONCE).map(async (name) => {
            const first = await store.readStream(name, { maxCount: 1 });
            known.set(name, ownerOf(first) ?? '');
          }),
        );
      }
    },
    of(streamName: string): string | undefined {
      return known.get(streamName);
    },
  };
}
