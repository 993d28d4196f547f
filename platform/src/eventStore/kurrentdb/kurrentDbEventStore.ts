// The KurrentDB (EventStoreDB 20+) adapter, on @kurrent/kurrentdb-client.
//
// KurrentDB orders all events in one log and assigns positions as events are written, so a reader
// of all events can never see a later position before an earlier one: what the PostgreSQL adapter
// achieves with transaction ids comes with the server. Positions are the log's (commit, prepare).
//
// Failures are read in failures.ts. An append whose connection was lost is sent again only when the
// server is sure to recognise its events by their ids: for an expected `no_stream` or revision it
// compares the ids at those revisions, so a repeat of a write that did happen changes nothing. For
// `any` and `exists` its duplicate check only looks in a cache of recent writes, so those are not
// repeated (the caller gets the error). Appends the server refused unseen (a follower that is not
// the leader, no node found) are repeated whatever their expectation. Every retry stops at a total
// time budget, and at close(). Stream reads, which commands decide on, are served by the leader.
// A subscription that loses the server resubscribes from the last position it delivered.
//
// An append's claim is a stream of its own, written before the events: two writes, not one
// transaction (claims.ts says what still holds). Claim streams are not in reads of all events.
import {
  type AllStreamResolvedEvent,
  ANY,
  type AppendStreamState,
  BACKWARDS,
  DeadlineExceededError,
  END,
  excludeSystemEvents,
  type Filter,
  FORWARDS,
  type JSONType,
  jsonEvent,
  START as KURRENT_START,
  KurrentDBClient,
  NO_STREAM,
  type ResolvedEvent,
  STREAM_EXISTS,
  streamNameFilter,
  UnavailableError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { backoffDelayMs, pause, retry } from '../../retry.ts';
import {
  type AppendResult,
  comparePositions,
  type EventStore,
  type ExpectedRevision,
  type GlobalPosition,
  type RecordedEvent,
  START,
  WrongExpectedRevision,
} from '../port.ts';
import { createBacklogCounter } from './backlogCounter.ts';
import { CLAIM_STREAM_PREFIX, type ClaimStreamAccess, type HeldClaim, takeClaim } from './claims.ts';
import {
  classifyFailure,
  type Failure,
  mayResubscribe,
  mayRetryAppend,
  mayRetryRead,
  mustRebuildClient,
  RETRY_BACKOFF,
} from './failures.ts';
import { fromStoredMetadata, toStoredMetadata } from './metadata.ts';

/**
 * How long an append or a read keeps trying in all, each attempt's deadline being what is left:
 * longer than a leader election and gRPC's first reconnect, short enough that the request waiting on
 * it gets an error to answer 503 with rather than hang (the client's own deadline is 10 s per call).
 */
const RETRY_BUDGET_MS = 10_000;
/** Events per read of all events, and most events handed to a subscriber at once. */
const READ_BATCH = 500;
/**
 * Backlogs counted up to this many keep the positions of the waiting events between questions
 * (about 100 bytes each); a larger count (the read model's rebuild counts the whole store once) is
 * read through in pages and forgotten.
 */
const REMEMBERED_BACKLOG_LIMIT = 100_000;
/**
 * A client replaced after a failure it may have cached is disposed this long afterwards, so that calls
 * still running on it (each has a deadline of at most 10 s) end on their own.
 */
const RETIRED_CLIENT_GRACE_MS = 30_000;
/** Events read back from the end of the log to find the last one that is not a claim's. */
const HEAD_SEARCH = 100;

export const KURRENTDB_URL_SCHEMES = /^(esdb|kurrentdb|kurrent|kdb)(\+discover)?:\/\//;

/** What the store was closed with: thrown by calls made, or retries due, after close(). */
class EventStoreClosed extends Error {
  constructor() {
    super('the KurrentDB event store is closed');
    this.name = 'EventStoreClosed';
  }
}

export type KurrentDbEventStoreOptions = {
  /** How long an append or a read keeps trying in all (default RETRY_BUDGET_MS). */
  retryBudgetMs?: number;
};

export function createKurrentDbEventStore(
  connectionString: string,
  { retryBudgetMs = RETRY_BUDGET_MS }: KurrentDbEventStoreOptions = {},
): EventStore {
  if (!KURRENTDB_URL_SCHEMES.test(connectionString)) {
    throw new Error('a KurrentDB connection string starts with kurrentdb://, kdb://, kurrent:// or esdb://');
  }
  let client = KurrentDBClient.connectionString(connectionString);
  const retired = new Set<KurrentDBClient>();
  const closing = new AbortController();
  const backlogs = new Map<string, ReturnType<typeof createBacklogCounter>>();

  /** Replaces `failed` (unless that happened already) and disposes it once its calls had their time. */
  function rebuildClient(failed: KurrentDBClient): void {
    if (failed !== client || closing.signal.aborted) return;
    client = KurrentDBClient.connectionString(connectionString);
    retired.add(failed);
    setTimeout(() => {
      retired.delete(failed);
      failed.dispose().catch(() => {});
    }, RETIRED_CLIENT_GRACE_MS).unref();
  }

  /**
   * Runs `work` on the current client until it succeeds, `mayRetry` says no, the budget is spent or
   * the store is closed. Each attempt gets what is left of the budget as its deadline, enforced here
   * too: a call on a connection that went silent would otherwise wait for gRPC's keepalive.
   */
  async function withRetry<T>(
    work: (client: KurrentDBClient, deadlineMs: number) => Promise<T>,
    mayRetry: (failure: Failure) => boolean,
  ): Promise<T> {
    const started = performance.now();
    let used = client;
    return retry(
      async () => {
        if (closing.signal.aborted) throw new EventStoreClosed();
        used = client;
        const remainingMs = Math.max(1, Math.round(retryBudgetMs - (performance.now() - started)));
        return withDeadline(work(used, remainingMs), remainingMs);
      },
      {
        backoff: RETRY_BACKOFF,
        retryAfterMs: (err, _attempt, backoffMs) => {
          if (err instanceof EventStoreClosed) return null;
          const failure = classifyFailure(err);
          if (mustRebuildClient(failure)) rebuildClient(used);
          const spent = performance.now() - started + backoffMs >= retryBudgetMs;
          return !mayRetry(failure) || spent || closing.signal.aborted ? null : backoffMs;
        },
        signal: closing.signal,
      },
    );
  }

  async function readAllPage(
    from: GlobalPosition | null | undefined,
    maxCount: number,
    streamPrefix: string | undefined,
  ): Promise<RecordedEvent[]> {
    return withRetry(async (client, deadline) => {
      const events: RecordedEvent[] = [];
      // A read of $all starts at its position, inclusive: ask for one more and drop the start itself.
      const reading = client.readAll({
        fromPosition: from ? { commit: from.commit, prepare: from.prepare } : KURRENT_START,
        direction: FORWARDS,
        maxCount: maxCount + 1,
        filter: filterFor(streamPrefix),
        deadline,
      });
      for await (const resolved of reading) {
        const event = ours(toRecorded(resolved));
        if (!event || (from && comparePositions(event.position, from) <= 0)) continue;
        if (streamPrefix && !event.streamName.startsWith(streamPrefix)) continue;
        events.push(event);
        if (events.length >= maxCount) break;
      }
      return events;
    }, mayRetryRead);
  }

  /** A stream's events from `fromRevision`, read from the leader; [] when it does not exist or was deleted. */
  async function readStreamFromLeader(
    client: KurrentDBClient,
    streamName: string,
    fromRevision: bigint,
    maxCount: number,
    deadline: number,
  ): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of client.readStream(streamName, {
        fromRevision,
        maxCount,
        direction: FORWARDS,
        // Commands decide on what they read: a follower that has not caught up with the leader would
        // give them a stale state (and a spurious conflict on append). Explicit, so that a
        // connection string preferring followers for reads cannot change it.
        requiresLeader: true,
        deadline,
      })) {
        const event = toRecorded(resolved);
        if (event) events.push(event);
      }
    } catch (err) {
      const kind = classifyFailure(err).kind;
      // A soft-deleted stream reads as not found, a tombstoned one as deleted: both are gone.
      if (kind === 'not_found' || kind === 'deleted') return [];
      throw err;
    }
    return events;
  }

  /**
   * Where an append's last event is, when the server did not say (it reports no position for a
   * repeated append it recognised): that event's own position, read back by revision and checked by
   * id, never the stream's current end, which later appends may have moved on.
   */
  async function positionOfAppended(
    streamName: string,
    lastEventId: string,
    revision: bigint,
  ): Promise<GlobalPosition> {
    const [event] = await withRetry(
      (client, deadline) => readStreamFromLeader(client, streamName, revision, 1, deadline),
      mayRetryRead,
    );
    if (event?.id !== lastEventId) {
      throw new Error(
        `stream ${streamName}: the append succeeded but revision ${revision} holds ${event ? `event ${event.id}` : 'nothing'}, not its last event ${lastEventId}`,
      );
    }
    return event.position;
  }

  const claimStreams: ClaimStreamAccess = {
    async append(stream, event, expected) {
      try {
        await withRetry(
          (client, deadline) =>
            client.appendToStream(
              stream,
              jsonEvent({ id: event.id, type: event.type, data: event.data as JSONType }),
              { streamState: expected === 'no_stream' ? NO_STREAM : expected, deadline },
            ),
          (failure) => mayRetryAppend(failure, expected),
        );
        return true;
      } catch (err) {
        if (err instanceof WrongExpectedVersionError) return false;
        throw err;
      }
    },
    async readLast(stream) {
      return withRetry(async (client, deadline) => {
        try {
          for await (const resolved of client.readStream(stream, {
            fromRevision: END,
            direction: BACKWARDS,
            maxCount: 1,
            requiresLeader: true,
            deadline,
          })) {
            const e = resolved.event;
            if (e) {
              const data = (e.isJson ? e.data : decodeJson(e.data)) as {
                value: string | null;
                expires_at: string;
              };
              return { revision: e.revision, data };
            }
          }
        } catch (err) {
          const kind = classifyFailure(err).kind;
          if (kind === 'not_found' || kind === 'deleted') return null;
          throw err;
        }
        return null;
      }, mayRetryRead);
    },
  };

  const store: EventStore = {
    kind: 'kurrentdb',

    async append(streamName, events, expected, options): Promise<AppendResult> {
      if (events.length === 0) throw new Error('append needs at least one event');
      if (options?.claim) {
        if (streamName.startsWith(CLAIM_STREAM_PREFIX)) {
          throw new Error(`stream ${streamName}: names starting with ${CLAIM_STREAM_PREFIX} hold claims`);
        }
        const held: HeldClaim = await takeClaim(claimStreams, streamName, options.claim);
        try {
          return await store.append(streamName, events, expected);
        } catch (err) {
          // Refused for sure (not a lost answer, after which the events may be stored): the claim
          // this call wrote goes, as it would with the refused transaction in PostgreSQL.
          if (err instanceof WrongExpectedRevision) await held.release().catch(() => {});
          throw err;
        }
      }
      const proposed = events.map((e) =>
        jsonEvent({
          id: e.id,
          type: e.type,
          data: e.data as JSONType,
          metadata: toStoredMetadata(e.metadata) as JSONType,
        }),
      );
      try {
        const result = await withRetry(
          (client, deadline) =>
            client.appendToStream(streamName, proposed, { streamState: toStreamState(expected), deadline }),
          (failure) => mayRetryAppend(failure, expected),
        );
        return {
          nextRevision: result.nextExpectedRevision,
          position:
            result.position ??
            (await positionOfAppended(streamName, events.at(-1)!.id, result.nextExpectedRevision)),
        };
      } catch (err) {
        if (err instanceof WrongExpectedVersionError) {
          throw new WrongExpectedRevision(streamName, expected, err.actualState);
        }
        throw err;
      }
    },

    async readStream(streamName, { fromRevision = 0n, maxCount = Number.MAX_SAFE_INTEGER } = {}) {
      return withRetry(
        (client, deadline) => readStreamFromLeader(client, streamName, fromRevision, maxCount, deadline),
        mayRetryRead,
      );
    },

    async readAll({ from, maxCount = READ_BATCH, streamPrefix } = {}) {
      return readAllPage(from, maxCount, streamPrefix);
    },

    async headPosition() {
      return withRetry(async (client, deadline) => {
        for await (const resolved of client.readAll({
          fromPosition: END,
          direction: BACKWARDS,
          // The last event that is not a claim's: claims come one per keyed append, so a few back.
          maxCount: HEAD_SEARCH,
          filter: excludeSystemEvents(),
          deadline,
        })) {
          const event = ours(toRecorded(resolved));
          if (event) return event.position;
        }
        return START;
      }, mayRetryRead);
    },

    async backlog({ from, streamPrefix, limit }) {
      if (limit > REMEMBERED_BACKLOG_LIMIT) return countThrough(from ?? null, streamPrefix, limit);
      const key = streamPrefix ?? '';
      let counter = backlogs.get(key);
      if (!counter) {
        counter = createBacklogCounter(
          async (after, maxCount) =>
            (await readAllPage(after, maxCount, streamPrefix)).map(({ position, recordedAt }) => ({
              position,
              recordedAt,
            })),
          READ_BATCH,
        );
        backlogs.set(key, counter);
      }
      return counter(from ?? null, limit);
    },

    async subscribeToAll(handler, { from, streamPrefix, signal, onRetry }) {
      let checkpoint: GlobalPosition | null = from ?? null;
      let failures = 0;
      let handlerFailure: { err: unknown } | undefined;
      while (!signal.aborted) {
        if (closing.signal.aborted) throw new EventStoreClosed();
        const subscription = client.subscribeToAll({
          fromPosition: checkpoint
            ? { commit: checkpoint.commit, prepare: checkpoint.prepare }
            : KURRENT_START,
          filter: filterFor(streamPrefix),
        });
        const stop = () => {
          subscription.unsubscribe().catch(() => {});
          // A cancelled call may never end the stream it feeds: end it here, or the loop below
          // would wait on it forever.
          subscription.destroy();
        };
        signal.addEventListener('abort', stop, { once: true });
        closing.signal.addEventListener('abort', stop, { once: true });
        try {
          for await (const first of subscription) {
            // Hand over whatever else already arrived, so a catching-up subscriber gets batches.
            const batch: RecordedEvent[] = [];
            for (let resolved: AllStreamResolvedEvent | null = first; resolved; ) {
              const event = ours(toRecorded(resolved));
              const after = !checkpoint || (event && comparePositions(event.position, checkpoint) > 0);
              if (event && after && (!streamPrefix || event.streamName.startsWith(streamPrefix))) {
                batch.push(event);
              }
              resolved =
                batch.length < READ_BATCH ? (subscription.read() as AllStreamResolvedEvent | null) : null;
            }
            failures = 0;
            if (batch.length === 0) continue;
            await handler(batch).catch((err: unknown) => {
              handlerFailure = { err };
              throw err;
            });
            checkpoint = batch.at(-1)!.position;
            if (signal.aborted) break;
          }
          if (!signal.aborted) throw new UnavailableError(undefined, 'the subscription ended by itself');
        } catch (err) {
          // The handler's failures are the caller's; the server's are retried unless they are refusals.
          if (handlerFailure) throw err;
          if (signal.aborted) break;
          if (closing.signal.aborted) throw new EventStoreClosed();
          if (!mayResubscribe(classifyFailure(err))) throw err;
          failures += 1;
          onRetry?.(err, failures);
          await pause(backoffDelayMs(RETRY_BACKOFF, failures), AbortSignal.any([signal, closing.signal]));
        } finally {
          signal.removeEventListener('abort', stop);
          closing.signal.removeEventListener('abort', stop);
          await subscription.unsubscribe().catch(() => {});
        }
      }
    },

    async close() {
      closing.abort();
      await Promise.all([client, ...retired].map((c) => c.dispose()));
      retired.clear();
    },
  };

  /** Counts a backlog too large to remember by reading it through, a page at a time. */
  async function countThrough(from: GlobalPosition | null, streamPrefix: string | undefined, limit: number) {
    let events = 0;
    let oldestRecordedAt: Date | null = null;
    let after = from;
    while (events < limit) {
      const wanted = Math.min(READ_BATCH, limit - events);
      const page = await readAllPage(after, wanted, streamPrefix);
      oldestRecordedAt ??= page[0]?.recordedAt ?? null;
      events += page.length;
      after = page.at(-1)?.position ?? after;
      if (page.length < wanted) break;
    }
    return { events, oldestRecordedAt };
  }

  return store;
}

/** `work`, or a DeadlineExceededError when it has not settled within `ms`. */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new DeadlineExceededError(undefined, `no answer from KurrentDB within ${ms} ms`)),
      ms,
    );
  });
  work.catch(() => {}); // settles after its deadline was reported: nobody is waiting for it any more
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

function toStreamState(expected: ExpectedRevision): AppendStreamState {
  switch (expected) {
    case 'no_stream':
      return NO_STREAM;
    case 'any':
      return ANY;
    case 'exists':
      return STREAM_EXISTS;
    default:
      return expected;
  }
}

function filterFor(streamPrefix: string | undefined): Filter {
  return streamPrefix ? streamNameFilter({ prefixes: [streamPrefix] }) : excludeSystemEvents();
}

/** Not a claim's event (claims.ts): those are the adapter's own bookkeeping. */
function ours(event: RecordedEvent | null): RecordedEvent | null {
  return event && !event.streamName.startsWith(CLAIM_STREAM_PREFIX) ? event : null;
}

/** Our events only: no system events ($-types), no links, nothing without a position. */
function toRecorded(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | null {
  const e = resolved.event;
  if (!e || e.type.startsWith('$')) return null;
  return {
    id: e.id,
    streamName: e.streamId,
    revision: e.revision,
    type: e.type,
    data: e.isJson ? e.data : decodeJson(e.data),
    metadata: fromStoredMetadata(asMetadata(e.metadata)),
    position: e.position ?? START,
    recordedAt: e.created,
  };
}

function asMetadata(metadata: unknown): Record<string, unknown> {
  if (metadata instanceof Uint8Array) return asMetadata(decodeJson(metadata));
  return metadata !== null && typeof metadata === 'object' && !Array.isArray(metadata)
    ? (metadata as Record<string, unknown>)
    : {};
}

function decodeJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return null;
  }
}
