// An event store held in this process's memory, for unit tests of what is built on the port
// (command handlers, the projector, policies) without a server. It keeps the same promises as the
// PostgreSQL and KurrentDB adapters, proved by the same contract suite
// (inMemoryEventStore.unit.test.ts). Nothing is durable and no other process sees it: it never
// stands in for a server in a test that claims to prove one.
import {
  type AppendClaim,
  type AppendResult,
  ClaimConflict,
  comparePositions,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type GlobalPosition,
  type RecordedEvent,
  START,
  WrongExpectedRevision,
} from '../port.ts';

/** Events per delivery when a subscriber catches up, as the PostgreSQL adapter reads them. */
const READ_BATCH = 500;

export type InMemoryEventStore = EventStore & {
  /** Every event in global order (a copy), for a test's assertions. */
  all(): RecordedEvent[];
};

export function createInMemoryEventStore(): InMemoryEventStore {
  const log: RecordedEvent[] = [];
  const streams = new Map<string, RecordedEvent[]>();
  const byId = new Map<string, RecordedEvent>();
  /** Claims by scope and key (joined by a newline, which neither holds in practice). */
  const claims = new Map<string, { value: string; expiresAtMs: number }>();
  /** Resolved and replaced on every append: what live subscribers wait on. */
  let appended = deferred();
  let closed = false;

  function stored(event: RecordedEvent): RecordedEvent {
    // A copy per read, as a server returns: a caller that mutates what it read changes nothing here.
    return { ...event, data: structuredClone(event.data), metadata: structuredClone(event.metadata) };
  }

  function after(from: GlobalPosition | null | undefined, streamPrefix: string | undefined): RecordedEvent[] {
    const start = from ?? START;
    // Positions ascend with the log's index: find the first one after `from` by halving.
    let low = 0;
    let high = log.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (comparePositions(log[mid]!.position, start) <= 0) low = mid + 1;
      else high = mid;
    }
    const rest = log.slice(low);
    return streamPrefix === undefined ? rest : rest.filter((e) => e.streamName.startsWith(streamPrefix));
  }

  function append(
    streamName: string,
    events: EventToAppend[],
    expected: ExpectedRevision,
    claim: AppendClaim | undefined,
  ): AppendResult {
    if (closed) throw new Error('the in-memory event store is closed');
    if (events.length === 0) throw new Error('append needs at least one event');
    const existing = events.map((e) => byId.get(e.id));
    const found = existing.filter((e) => e !== undefined);
    if (found.length > 0) {
      // The same append again (a writer retrying one that did succeed): its events, as stored.
      if (found.length === events.length && found.every((e) => e.streamName === streamName)) {
        const last = found.reduce((a, b) => (comparePositions(a.position, b.position) >= 0 ? a : b));
        return { nextRevision: last.revision, position: last.position };
      }
      throw new Error(`stream ${streamName}: event ids already stored in another append`);
    }
    const stream = streams.get(streamName) ?? [];
    const actual = stream.length === 0 ? 'no_stream' : BigInt(stream.length - 1);
    const wrong =
      (expected === 'no_stream' && actual !== 'no_stream') ||
      (expected === 'exists' && actual === 'no_stream') ||
      (typeof expected === 'bigint' && actual !== expected);
    if (wrong) throw new WrongExpectedRevision(streamName, expected, actual);
    if (claim) {
      // As the servers do: the revision is checked first, then the claim, then both are written.
      const claimKey = `${claim.scope}\n${claim.key}`;
      const held = claims.get(claimKey);
      const nowMs = Date.now();
      if (held && held.value !== claim.value && held.expiresAtMs > nowMs) {
        throw new ClaimConflict(streamName, claim.scope, claim.key);
      }
      if (!held || held.value !== claim.value || held.expiresAtMs <= nowMs) {
        claims.set(claimKey, { value: claim.value, expiresAtMs: nowMs + claim.expiresAfterMs });
      }
    }
    const recordedAt = new Date();
    for (const event of events) {
      const sequence = BigInt(log.length + 1);
      const recorded: RecordedEvent = {
        id: event.id,
        streamName,
        revision: BigInt(stream.length),
        type: event.type,
        // Stored as JSON, as both servers store it: what JSON cannot hold is not kept either.
        data: JSON.parse(JSON.stringify(event.data)) as unknown,
        metadata: JSON.parse(JSON.stringify(event.metadata)) as Record<string, unknown>,
        position: { commit: sequence, prepare: sequence },
        recordedAt,
      };
      stream.push(recorded);
      log.push(recorded);
      byId.set(recorded.id, recorded);
    }
    streams.set(streamName, stream);
    const wake = appended;
    appended = deferred();
    wake.resolve();
    const last = stream.at(-1)!;
    return { nextRevision: last.revision, position: last.position };
  }

  const store: InMemoryEventStore = {
    kind: 'memory',

    async append(streamName, events, expected, options) {
      return append(streamName, events, expected, options?.claim);
    },

    async readStream(streamName, { fromRevision = 0n, maxCount } = {}) {
      const stream = streams.get(streamName) ?? [];
      const from = Number(fromRevision);
      return stream.slice(from, maxCount === undefined ? undefined : from + maxCount).map(stored);
    },

    async readAll({ from, maxCount = READ_BATCH, streamPrefix } = {}) {
      return after(from, streamPrefix).slice(0, maxCount).map(stored);
    },

    async headPosition() {
      return log.at(-1)?.position ?? START;
    },

    async backlog({ from, streamPrefix, limit }) {
      const waiting = after(from, streamPrefix).slice(0, limit);
      return { events: waiting.length, oldestRecordedAt: waiting[0]?.recordedAt ?? null };
    },

    async subscribeToAll(handler, { from, streamPrefix, signal }) {
      let checkpoint = from ?? START;
      const aborted = new Promise<void>((resolve) => {
        if (signal.aborted) resolve();
        else signal.addEventListener('abort', () => resolve(), { once: true });
      });
      while (!signal.aborted) {
        const next = appended.promise;
        const batch = after(checkpoint, streamPrefix).slice(0, READ_BATCH).map(stored);
        if (batch.length === 0) {
          await Promise.race([next, aborted]);
          continue;
        }
        await handler(batch);
        checkpoint = batch.at(-1)!.position;
      }
    },

    async close() {
      closed = true;
    },

    all() {
      return log.map(stored);
    },
  };
  return store;
}

/** A promise and the function that resolves it (Promise.withResolvers, which Node 20 lacks). */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
