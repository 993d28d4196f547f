// The signer: follows every event after the last anchor (readAll, so nothing can still appear
// before what it has read), computes each event's chain hash from its stream's last anchored hash,
// and signs a statement of them. One run signs until it has caught up, an anchor per
// MAX_EVENTS_PER_ANCHOR events. Safe to run twice at once: an anchor's sequence is its primary key,
// so the slower run's anchor is refused and nothing of it is kept.
import type { EventStore, GlobalPosition, RecordedEvent } from '../eventStore/port.ts';
import { parsePositionText, positionText } from '../eventStore/port.ts';
import type { Logger } from '../logger.ts';
import {
  ANCHOR_FORMAT,
  type AnchoredEvent,
  type AnchorStatement,
  type SignedAnchor,
  signAnchor,
  statementDigest,
} from './anchor.ts';
import type { AnchorStore, ChainHead } from './anchorStore.ts';
import type { SigningKey } from './auditKeys.ts';
import { CHAIN_START, chainHash } from './eventChain.ts';

/**
 * Events per anchor: a statement of 2,000 events is about 300 KB, small enough to sign, store and
 * export as one line, and a catch-up over millions of events still goes in bounded steps.
 */
const MAX_EVENTS_PER_ANCHOR = 2_000;

export type SignAnchorsDeps = {
  eventStore: EventStore;
  anchors: AnchorStore;
  key: SigningKey;
  clock?: () => Date;
  maxEventsPerAnchor?: number;
  logger?: Logger;
  /** Stops a long catch-up between two anchors (the signer lost its lease, the process stops). */
  signal?: AbortSignal;
};

export type SigningRun = { anchors: number; events: number; lastSequence: number | null };

export async function signAnchors(deps: SignAnchorsDeps): Promise<SigningRun> {
  const clock = deps.clock ?? (() => new Date());
  const max = deps.maxEventsPerAnchor ?? MAX_EVENTS_PER_ANCHOR;
  let last = await deps.anchors.last();
  const run: SigningRun = { anchors: 0, events: 0, lastSequence: last?.sequence ?? null };
  while (!deps.signal?.aborted) {
    const events = await deps.eventStore.readAll({ from: endOf(last), maxCount: max });
    if (events.length === 0) return run;
    const heads = await deps.anchors.heads([...new Set(events.map((e) => e.streamName))]);
    const signedAt = clock();
    const { statement, moved, outOfSequence } = anchorStatementFor(events, heads, {
      previous: last,
      keyId: deps.key.keyId,
      signedAt,
    });
    for (const event of outOfSequence) {
      // Anchored as the store has it: verify names this event for as long as the gap is there.
      deps.logger?.error(
        { stream: event.streamName, revision: String(event.revision), event_id: event.id },
        'audit anchors: event out of its stream sequence',
      );
    }
    const anchor: SignedAnchor = signAnchor(statement, deps.key);
    await deps.anchors.append(
      anchor,
      { keyId: deps.key.keyId, signedAt, toPosition: statement.to_position, events: events.length },
      moved,
    );
    // Copies of the anchors outside the database: logs kept elsewhere hold every statement's hash.
    deps.logger?.info(
      {
        sequence: anchor.sequence,
        statement_sha256: statementDigest(anchor.statement),
        to_position: statement.to_position,
        events: events.length,
        key_id: deps.key.keyId,
      },
      'audit anchor signed',
    );
    last = anchor;
    run.anchors += 1;
    run.events += events.length;
    run.lastSequence = anchor.sequence;
    if (events.length < max) return run;
  }
  return run;
}

/** Where the anchor ended; its statement as stored (if altered, the next anchor fails verify anyway). */
function endOf(anchor: SignedAnchor | null): GlobalPosition | null {
  if (!anchor) return null;
  return parsePositionText(
    (JSON.parse(anchor.statement) as Pick<AnchorStatement, 'to_position'>).to_position,
  );
}

/**
 * The statement of the next anchor over `events` (read in commit order after the previous anchor),
 * chained from each stream's last anchored hash in `heads`; `moved` holds the heads it leaves.
 */
export function anchorStatementFor(
  events: RecordedEvent[],
  heads: ReadonlyMap<string, ChainHead>,
  options: { previous: SignedAnchor | null; keyId: string; signedAt: Date },
): { statement: AnchorStatement; moved: Map<string, ChainHead>; outOfSequence: RecordedEvent[] } {
  if (events.length === 0) throw new Error('an anchor covers at least one event');
  const moved = new Map<string, ChainHead>();
  const anchored: AnchoredEvent[] = [];
  const outOfSequence: RecordedEvent[] = [];
  for (const event of events) {
    const head = moved.get(event.streamName) ?? heads.get(event.streamName);
    if (event.revision !== (head ? head.revision + 1n : 0n)) outOfSequence.push(event);
    const hash = chainHash(head?.hash ?? CHAIN_START, event);
    moved.set(event.streamName, { revision: event.revision, hash });
    anchored.push([
      event.id,
      event.streamName,
      event.revision.toString(),
      positionText(event.position),
      hash.toString('hex'),
    ]);
  }
  const { previous } = options;
  const statement: AnchorStatement = {
    format: ANCHOR_FORMAT,
    sequence: (previous?.sequence ?? 0) + 1,
    previous: previous ? statementDigest(previous.statement) : null,
    key_id: options.keyId,
    signed_at: options.signedAt.toISOString(),
    after_position: previous ? positionText(endOf(previous)!) : null,
    to_position: positionText(events.at(-1)!.position),
    events: anchored,
  };
  return { statement, moved, outOfSequence };
}
