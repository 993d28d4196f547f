// The KurrentDB (EventStoreDB 20+) adapter, on @kurrent/kurrentdb-client.
//
// KurrentDB orders all events in one log and assigns positions as events are written, so a reader
// of all events can never see a later position before an earlier one: what the PostgreSQL adapter
// achieves with transaction ids comes with the server. Positions are the log's (commit, prepare).
//
// Appends carry their event ids, so an append that failed with a lost connection is sent again:
// the server recognises events it already wrote (guaranteed for expected states other than `any`).
// A subscription that loses the server resubscribes from the last position it delivered.
import { setTimeout as sleep } from 'node:timers/promises';
import {
  type AllStreamResolvedEvent,
  ANY,
  type AppendStreamState,
  BACKWARDS,
  CancelledError,
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
  StreamNotFoundError,
  streamNameFilter,
  UnavailableError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import {
  comparePositions,
  type EventStore,
  type ExpectedRevision,
  type GlobalPosition,
  type RecordedEvent,
  START,
  WrongExpectedRevision,
} from '../port.ts';

/**
 * Attempts for an append or a read whose connection was lost, before the error is the caller's:
 * with delays doubling from 200 ms up to 2 s, about 9 s, longer than gRPC's first reconnect backoff.
 */
const MAX_ATTEMPTS = 8;
const RETRY_BASE_DELAY_MS = 100;
const MAX_RETRY_DELAY_MS = 2_000;
const MAX_RESUBSCRIBE_DELAY_MS = 5_000;
/** Events per read of all events, and most events handed to a subscriber at once. */
const READ_BATCH = 500;

export const KURRENTDB_URL_SCHEMES = /^(esdb|kurrentdb|kurrent|kdb)(\+discover)?:\/\//;

export function createKurrentDbEventStore(connectionString: string): EventStore {
  if (!KURRENTDB_URL_SCHEMES.test(connectionString)) {
    throw new Error('a KurrentDB connection string starts with kurrentdb://, kdb://, kurrent:// or esdb://');
  }
  const client = KurrentDBClient.connectionString(connectionString);

  async function withReconnect<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (err) {
        if (!isConnectionLost(err) || attempt >= MAX_ATTEMPTS) throw err;
        await sleep(Math.min(RETRY_BASE_DELAY_MS * 2 ** attempt, MAX_RETRY_DELAY_MS));
      }
    }
  }

  async function lastPositionOf(streamName: string): Promise<GlobalPosition> {
    for await (const resolved of client.readStream(streamName, {
      direction: BACKWARDS,
      fromRevision: END,
      maxCount: 1,
    })) {
      return resolved.event?.position ?? START;
    }
    return START;
  }

  async function readAllPage(
    from: GlobalPosition | null | undefined,
    maxCount: number,
    streamPrefix: string | undefined,
  ): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    // A read of $all starts at its position, inclusive: ask for one more and drop the start itself.
    const reading = client.readAll({
      fromPosition: from ? { commit: from.commit, prepare: from.prepare } : KURRENT_START,
      direction: FORWARDS,
      maxCount: maxCount + 1,
      filter: filterFor(streamPrefix),
    });
    for await (const resolved of reading) {
      const event = toRecorded(resolved);
      if (!event || (from && comparePositions(event.position, from) <= 0)) continue;
      if (streamPrefix && !event.streamName.startsWith(streamPrefix)) continue;
      events.push(event);
      if (events.length >= maxCount) break;
    }
    return events;
  }

  const store: EventStore = {
    kind: 'kurrentdb',

    async append(streamName, events, expected) {
      if (events.length === 0) throw new Error('append needs at least one event');
      const proposed = events.map((e) =>
        jsonEvent({ id: e.id, type: e.type, data: e.data as JSONType, metadata: e.metadata }),
      );
      try {
        const result = await withReconnect(() =>
          client.appendToStream(streamName, proposed, { streamState: toStreamState(expected) }),
        );
        return {
          nextRevision: result.nextExpectedRevision,
          position: result.position ?? (await withReconnect(() => lastPositionOf(streamName))),
        };
      } catch (err) {
        if (err instanceof WrongExpectedVersionError) {
          throw new WrongExpectedRevision(streamName, expected, err.actualState);
        }
        throw err;
      }
    },

    async readStream(streamName, { fromRevision = 0n, maxCount = Number.MAX_SAFE_INTEGER } = {}) {
      return withReconnect(async () => {
        const events: RecordedEvent[] = [];
        try {
          for await (const resolved of client.readStream(streamName, {
            fromRevision,
            maxCount,
            direction: FORWARDS,
          })) {
            const event = toRecorded(resolved);
            if (event) events.push(event);
          }
        } catch (err) {
          if (err instanceof StreamNotFoundError) return [];
          throw err;
        }
        return events;
      });
    },

    async readAll({ from, maxCount = READ_BATCH, streamPrefix } = {}) {
      return withReconnect(() => readAllPage(from, maxCount, streamPrefix));
    },

    async headPosition() {
      return withReconnect(async () => {
        for await (const resolved of client.readAll({
          fromPosition: END,
          direction: BACKWARDS,
          maxCount: 1,
          filter: excludeSystemEvents(),
        })) {
          const event = toRecorded(resolved);
          if (event) return event.position;
        }
        return START;
      });
    },

    async backlog({ from, streamPrefix, limit }) {
      // KurrentDB cannot count without reading; `limit` bounds what a large backlog costs.
      const waiting = await store.readAll({ from, maxCount: limit, streamPrefix });
      return { events: waiting.length, oldestRecordedAt: waiting[0]?.recordedAt ?? null };
    },

    async subscribeToAll(handler, { from, streamPrefix, signal, onRetry }) {
      let checkpoint: GlobalPosition | null = from ?? null;
      let failures = 0;
      let handlerFailure: { err: unknown } | undefined;
      while (!signal.aborted) {
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
        try {
          for await (const first of subscription) {
            // Hand over whatever else already arrived, so a catching-up subscriber gets batches.
            const batch: RecordedEvent[] = [];
            for (let resolved: AllStreamResolvedEvent | null = first; resolved; ) {
              const event = toRecorded(resolved);
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
          // The handler's failures are the caller's; only the server's own are retried here.
          if (handlerFailure) throw err;
          if (signal.aborted) break;
          if (!isConnectionLost(err)) throw err;
          failures += 1;
          onRetry?.(err, failures);
          await sleep(Math.min(RETRY_BASE_DELAY_MS * 2 ** failures, MAX_RESUBSCRIBE_DELAY_MS), undefined, {
            signal,
          }).catch(() => {});
        } finally {
          signal.removeEventListener('abort', stop);
          await subscription.unsubscribe().catch(() => {});
        }
      }
    },

    async close() {
      await client.dispose();
    },
  };
  return store;
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
    metadata: asMetadata(e.metadata),
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

/** The server is unreachable or went away: the call may be repeated. */
function isConnectionLost(err: unknown): boolean {
  if (
    err instanceof UnavailableError ||
    err instanceof CancelledError ||
    err instanceof DeadlineExceededError
  ) {
    return true;
  }
  const e = err as { code?: unknown; message?: unknown };
  // gRPC status 14 (UNAVAILABLE) and 1 (CANCELLED) reach us as plain errors from some calls.
  if (e?.code === 14 || e?.code === 1) return true;
  return /UNAVAILABLE|ECONNRESET|ECONNREFUSED|connection (closed|reset)/i.test(String(e?.message ?? ''));
}
