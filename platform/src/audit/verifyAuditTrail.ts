// Verify: checks every event against the signed anchors, with only the trusted public keys. It reads
// the events in commit order from wherever they are (the event store port, whichever adapter, or an
// auditor's export file), recomputes each stream's chain, and walks the anchors beside them: every
// event at a position an anchor covers must be the event the anchor names there, with the same chain
// hash. A database writer who edits an event and recomputes every hash the database keeps still
// changes this hash, and cannot sign a new anchor. Events after the last valid anchor are checked by
// the chain alone (their revisions follow on) and counted as not yet anchored.
import {
  comparePositions,
  type GlobalPosition,
  parsePositionText,
  positionText,
  type RecordedEvent,
} from '../eventStore/port.ts';
import type { BrokenEvent } from '../eventStore/postgres/verifyChains.ts';
import {
  type AnchoredEvent,
  type AnchorLink,
  type AnchorStatement,
  checkAnchor,
  type SignedAnchor,
  statementDigest,
} from './anchor.ts';
import type { PublicKeyRing } from './auditKeys.ts';
import { CHAIN_START, chainHash } from './eventChain.ts';

export type AnchorSummary = {
  sequence: number;
  to_position: string;
  signed_at: string;
  key_id: string;
  statement_sha256: string;
};

export type AuditReport = {
  ok: boolean;
  /** Streams and events reported on (all of them, unless `reportStream` chose some). */
  streams: number;
  events: number;
  /** Events at positions a valid anchor covers. */
  anchored_events: number;
  /** Events after the last valid anchor: checked by the chain alone. */
  not_yet_anchored_events: number;
  /** Valid anchors checked, from #1. */
  anchors: number;
  last_anchor: AnchorSummary | null;
  /** The first anchor that is not valid; the anchors after it are not used. */
  anchor_problem: { sequence: number; reason: string } | null;
  /** The first event that does not match, in commit order. */
  first_broken: BrokenEvent | null;
  /** The first event that does not match in each stream that has one, in commit order (at most MAX_BROKEN_LISTED). */
  broken_streams: BrokenEvent[];
  /** How many streams have an event that does not match. */
  broken_stream_count: number;
};

/** Broken streams listed in a report: enough to act on, bounded however much of the store was altered. */
export const MAX_BROKEN_LISTED = 1_000;

export type VerifyAuditTrailInput = {
  /** Every event of the covered streams, in commit order. */
  events: AsyncIterable<RecordedEvent>;
  /** The anchors in sequence order, from #1. */
  anchors: AsyncIterable<SignedAnchor>;
  publicKeys: PublicKeyRing;
  /**
   * The streams `events` holds (all when omitted): anchored events of other streams are skipped, as
   * when an export holds only payout streams.
   */
  coversStream?: (streamName: string) => boolean;
  /**
   * The streams to report on (every stream is still checked), given the stream's first event, or
   * null when the store no longer has any event of it: for a report on one tenant's streams.
   */
  reportStream?: (streamName: string, firstEvent: RecordedEvent | null) => boolean;
  /** What the store's own stored chain found (PostgreSQL's hash column), merged per stream. */
  storedChainFindings?: BrokenEvent[];
};

type StreamState = { revision: bigint; hash: Buffer; reported: boolean; broken: boolean };

type CurrentAnchor = { statement: AnchorStatement; to: GlobalPosition; next: number };

export async function verifyAuditTrail(input: VerifyAuditTrailInput): Promise<AuditReport> {
  const covers = input.coversStream ?? (() => true);
  const reportOn = input.reportStream ?? (() => true);
  const streams = new Map<string, StreamState>();
  const broken: BrokenEvent[] = [];
  const report: AuditReport = {
    ok: true,
    streams: 0,
    events: 0,
    anchored_events: 0,
    not_yet_anchored_events: 0,
    anchors: 0,
    last_anchor: null,
    anchor_problem: null,
    first_broken: null,
    broken_streams: broken,
    broken_stream_count: 0,
  };

  const anchors = input.anchors[Symbol.asyncIterator]();
  let link: AnchorLink | null = null;
  let current: CurrentAnchor | null = null;
  let anchorsEnded = false;
  async function nextAnchor(): Promise<void> {
    current = null;
    if (anchorsEnded) return;
    const next = await anchors.next();
    if (next.done) {
      anchorsEnded = true;
      return;
    }
    const check = checkAnchor(next.value, input.publicKeys, link);
    if (!check.ok) {
      report.anchor_problem = { sequence: next.value.sequence, reason: check.reason };
      anchorsEnded = true;
      await anchors.return?.();
      return;
    }
    const s = check.statement;
    link = check.link;
    current = { statement: s, to: parsePositionText(s.to_position), next: 0 };
    report.anchors += 1;
    report.last_anchor = {
      sequence: s.sequence,
      to_position: s.to_position,
      signed_at: s.signed_at,
      key_id: s.key_id,
      statement_sha256: statementDigest(next.value.statement),
    };
  }

  function flag(stream: StreamState, finding: BrokenEvent): void {
    if (stream.broken) return;
    stream.broken = true;
    if (!stream.reported) return;
    report.broken_stream_count += 1;
    // Found in commit order, so the first ones are the ones to keep; the stored chain's come after.
    if (broken.length < MAX_BROKEN_LISTED * 2) broken.push(finding);
  }

  function streamOf(name: string, first: RecordedEvent | null): StreamState {
    let state = streams.get(name);
    if (!state) {
      state = { revision: -1n, hash: CHAIN_START, reported: reportOn(name, first), broken: false };
      streams.set(name, state);
      if (first && state.reported) report.streams += 1;
    }
    return state;
  }

  /** An anchored event the events no longer hold where the anchor put it. */
  function missing(anchor: CurrentAnchor, leaf: AnchoredEvent): void {
    const [eventId, streamName, revision, position] = leaf;
    if (!covers(streamName)) return;
    flag(streamOf(streamName, null), {
      stream_name: streamName,
      revision,
      event_id: eventId,
      position,
      reason: `missing: anchor #${anchor.statement.sequence} holds this event at ${position}, the store does not`,
    });
  }

  /** Moves past the anchored events before `position` (each one missing) and the anchors ending before it. */
  async function catchUpAnchors(position: GlobalPosition | null): Promise<void> {
    while (current) {
      const leaf = current.statement.events[current.next];
      if (!leaf) {
        await nextAnchor();
        continue;
      }
      if (position && comparePositions(parsePositionText(leaf[3]), position) >= 0) return;
      missing(current, leaf);
      current.next += 1;
    }
  }

  await nextAnchor();
  for await (const event of input.events) {
    await catchUpAnchors(event.position);
    if (!covers(event.streamName)) {
      const skipped = current as CurrentAnchor | null;
      if (skipped?.statement.events[skipped.next]?.[3] === positionText(event.position)) skipped.next += 1;
      continue;
    }
    const stream = streamOf(event.streamName, event);
    if (stream.reported) report.events += 1;
    const hash = chainHash(stream.hash, event);
    const inSequence = event.revision === stream.revision + 1n;
    const expectedRevision = stream.revision + 1n;
    stream.revision = event.revision;
    stream.hash = hash;
    const finding = (reason: string): BrokenEvent => ({
      stream_name: event.streamName,
      revision: event.revision.toString(),
      event_id: event.id,
      position: positionText(event.position),
      reason,
    });

    let anchorReason: string | null = null;
    const anchor = current as CurrentAnchor | null;
    if (anchor && comparePositions(event.position, anchor.to) <= 0) {
      if (stream.reported) report.anchored_events += 1;
      const sequence = anchor.statement.sequence;
      const leaf = anchor.statement.events[anchor.next];
      if (leaf && leaf[3] === positionText(event.position)) {
        anchor.next += 1;
        const [eventId, streamName, revision, , leafHash] = leaf;
        if (
          eventId !== event.id ||
          streamName !== event.streamName ||
          revision !== event.revision.toString()
        ) {
          anchorReason = `not the event anchor #${sequence} holds at this position (${streamName} revision ${revision}, event ${eventId})`;
        } else if (leafHash !== hash.toString('hex')) {
          anchorReason = `does not match anchor #${sequence}: this event, or an earlier one of its stream, was changed`;
        }
      } else {
        anchorReason = `not in anchor #${sequence}, whose range covers its position: added after it was signed`;
      }
    } else if (stream.reported) {
      report.not_yet_anchored_events += 1;
    }
    if (anchorReason) flag(stream, finding(anchorReason));
    else if (!inSequence) {
      flag(
        stream,
        finding(
          `revision ${event.revision} where ${expectedRevision} was expected: an event is missing or out of order`,
        ),
      );
    }
  }
  await catchUpAnchors(null);

  for (const found of input.storedChainFindings ?? []) {
    const stream = streamOf(found.stream_name, null);
    if (stream.broken) continue;
    flag(stream, found);
  }
  broken.sort(byPosition);
  broken.splice(MAX_BROKEN_LISTED);
  report.first_broken = broken[0] ?? null;
  report.ok = report.broken_stream_count === 0 && report.anchor_problem === null;
  return report;
}

/** Commit order; a finding without a position (a stream head) after those with one. */
function byPosition(a: BrokenEvent, b: BrokenEvent): number {
  if (a.position === null || b.position === null) return a.position === b.position ? 0 : a.position ? -1 : 1;
  return comparePositions(parsePositionText(a.position), parsePositionText(b.position));
}

/** Every event of a store in commit order, read in pages. */
export async function* allEventsOf(
  store: { readAll(options: { from?: GlobalPosition | null; maxCount?: number }): Promise<RecordedEvent[]> },
  page = 1_000,
): AsyncGenerator<RecordedEvent> {
  let from: GlobalPosition | null = null;
  for (;;) {
    const events = await store.readAll({ from, maxCount: page });
    yield* events;
    if (events.length < page) return;
    from = events.at(-1)!.position;
  }
}
