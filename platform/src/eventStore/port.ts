// The event store port: the only source of truth. Two adapters implement it (PostgreSQL and
// KurrentDB) and one contract suite (eventStore.contract.ts) holds both to the same promises, as it
// does the in-memory store that unit tests use (testing/inMemoryEventStore.ts).

/** `no_stream`: must not exist; `exists`: must exist; `any`: no check; a bigint: its last revision. */
export type ExpectedRevision = 'no_stream' | 'any' | 'exists' | bigint;

/**
 * Where an event stands in the order of all events. KurrentDB's (commit, prepare) log positions; in
 * PostgreSQL (writing transaction id, row position). Compared as a pair, commit first.
 */
export type GlobalPosition = { readonly commit: bigint; readonly prepare: bigint };

export const START: GlobalPosition = { commit: 0n, prepare: 0n };

export function comparePositions(a: GlobalPosition, b: GlobalPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

const POSITION_TEXT = /^\d{1,20}:\d{1,20}$/;

/** A position as clients see and send it, `commit:prepare` (audit log, anchors, webhook replays). */
export function positionText(position: GlobalPosition): string {
  return `${position.commit}:${position.prepare}`;
}

export function isPositionText(text: string): boolean {
  return POSITION_TEXT.test(text);
}

/** The position a `commit:prepare` text names; any other text throws. */
export function parsePositionText(text: string): GlobalPosition {
  if (!isPositionText(text)) throw new Error(`not a position <commit>:<prepare>: ${text}`);
  const [commit, prepare] = text.split(':');
  return { commit: BigInt(commit!), prepare: BigInt(prepare!) };
}

export type EventToAppend = {
  /** Unique per event; appending the same id again stores nothing new. */
  id: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
};

export type RecordedEvent = {
  id: string;
  streamName: string;
  /** 0 for a stream's first event. */
  revision: bigint;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  position: GlobalPosition;
  recordedAt: Date;
};

export type AppendResult = {
  /** The stream's revision after the append: pass it as the next expected revision. */
  nextRevision: bigint;
  position: GlobalPosition;
};

/** The stream was not where the writer expected it: someone else wrote first. */
export class WrongExpectedRevision extends Error {
  constructor(
    readonly streamName: string,
    readonly expected: ExpectedRevision,
    /** The stream's last revision, or `no_stream`. */
    readonly actual: bigint | 'no_stream',
  ) {
    super(`stream ${streamName}: expected ${String(expected)}, actual ${String(actual)}`);
    this.name = 'WrongExpectedRevision';
  }
}

/**
 * A unique (scope, key) → value record written in the same transaction as an append's events: what
 * lets an Idempotency-Key be bound to one request body with one write instead of three.
 */
export type AppendClaim = {
  scope: string;
  key: string;
  value: string;
  /**
   * How long the claim holds, from when it is first written: after that, an append claiming the
   * same (scope, key) with another value takes it over, and the store may purge it. A claim met
   * again with its own value keeps its first time.
   */
  expiresAfterMs: number;
};

export type AppendOptions = {
  /**
   * Claimed with the events: if (scope, key) is free (or expired) the append writes the claim with
   * its events; if it holds the same value the append goes on as without a claim (the expected
   * revision still decides); if it holds another value the append stores nothing and throws
   * ClaimConflict.
   */
  claim?: AppendClaim;
};

/** The append's claim is held, unexpired, with another value: nothing was stored. */
export class ClaimConflict extends Error {
  constructor(
    readonly streamName: string,
    readonly scope: string,
    readonly key: string,
  ) {
    super(`stream ${streamName}: claim ${scope}/${key} is held with another value`);
    this.name = 'ClaimConflict';
  }
}

export type Backlog = {
  /** Events waiting, at most the `limit` asked for. */
  events: number;
  /** When the oldest waiting event was recorded; null when none is waiting. */
  oldestRecordedAt: Date | null;
};

/** Called with events in global order; the next batch waits until the returned promise settles. */
export type EventsHandler = (events: RecordedEvent[]) => Promise<void>;

export type SubscribeOptions = {
  /** Exclusive: delivery starts after this position. Omit to start from the beginning. */
  from?: GlobalPosition | null;
  /** Only streams whose name starts with this prefix. */
  streamPrefix?: string;
  /** Stops the subscription; `subscribeToAll` then resolves. */
  signal: AbortSignal;
  /** Told about a lost connection before the subscription retries by itself. */
  onRetry?: (error: unknown, attempt: number) => void;
};

export interface EventStore {
  readonly kind: 'postgres' | 'kurrentdb' | 'memory';
  append(
    streamName: string,
    events: EventToAppend[],
    expected: ExpectedRevision,
    options?: AppendOptions,
  ): Promise<AppendResult>;
  /** All events of a stream in revision order, or [] when it does not exist. */
  readStream(
    streamName: string,
    options?: { fromRevision?: bigint; maxCount?: number },
  ): Promise<RecordedEvent[]>;
  /** Events after `from` (exclusive) in global order, only ones that can no longer be preceded by others. */
  readAll(options?: {
    from?: GlobalPosition | null;
    maxCount?: number;
    streamPrefix?: string;
  }): Promise<RecordedEvent[]>;
  /** The position of the last event readers of all events can see now (START when empty). */
  headPosition(): Promise<GlobalPosition>;
  /**
   * How far a follower at `from` is behind the head: the events after it that it can read now
   * (counted up to `limit`, so a large backlog costs a bounded read) and when the oldest was recorded.
   */
  backlog(options: { from?: GlobalPosition | null; streamPrefix?: string; limit: number }): Promise<Backlog>;
  /** Catch up from `from`, then follow live events until aborted. Resolves when aborted; rejects if the handler throws. */
  subscribeToAll(handler: EventsHandler, options: SubscribeOptions): Promise<void>;
  close(): Promise<void>;
}
