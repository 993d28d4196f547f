// The promises every event store adapter keeps, written once and run against each adapter
// (postgres/postgresEventStore.int.test.ts, kurrentdb/kurrentDbEventStore.int.test.ts, and the
// in-memory store for unit tests, testing/inMemoryEventStore.unit.test.ts). What only
// the adapter's test file can do (hold an append open, cut the server connections) comes in through
// the harness, so the tests themselves stay the same for every backend.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../testing/index.ts';
import {
  type AppendClaim,
  ClaimConflict,
  comparePositions,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type GlobalPosition,
  type RecordedEvent,
  WrongExpectedRevision,
} from './port.ts';

/** Tests that write thousands of events, or hold a transaction 5 s, on a shared machine. */
const SLOW_TEST_TIMEOUT_MS = 120_000;
/** Opening may start a server container, pulling its image first. */
const OPEN_TIMEOUT_MS = 300_000;

/** An append that has taken its place among all events but is not visible yet. */
type HeldAppend = { commit(): Promise<void> };

export type EventStoreHarness = {
  store: EventStore;
  /**
   * Starts an append and keeps it from completing until `commit` is called. In PostgreSQL an open
   * transaction that already holds its transaction id and positions; a store that orders events
   * when they commit (KurrentDB) simply sends the append on `commit`.
   */
  beginAppend(streamName: string, events: EventToAppend[], expected: ExpectedRevision): Promise<HeldAppend>;
  /** Cuts every connection the store has to its server, as a server restart or a network fault would. */
  dropConnections(): Promise<void>;
  close(): Promise<void>;
};

/** How long the gap test keeps its append open while later appends commit. */
const GAP_HOLD_MS = 5_000;
const GAP_LATER_APPENDS = 1_000;
/** Writers at once in the gap test: enough to interleave commits, few enough for a 2-core machine. */
const GAP_WRITERS = 10;
const PARALLEL_APPENDS = 50;
/** Long enough that no claim of these tests expires while it runs, except where one is meant to. */
const CLAIM_HOLD_MS = 60 * 60 * 1000;
const LONG_STREAM_EVENTS = 10_000;
/** Long-running tests wait this long for a follower before failing. */
const FOLLOW_TIMEOUT_MS = 60_000;
/** The type of the marker event appended to prove a follower has nothing more to deliver. */
const SENTINEL = 'Sentinel';

export function newEvents(count: number, type = 'Tested'): EventToAppend[] {
  return Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    type,
    data: { n: i },
    metadata: { correlation_id: 'test' },
  }));
}

export function streamName(): string {
  return `payout-${randomUUID()}`;
}

/** A stream-name prefix no other test uses (and still under the payout prefix the relay follows). */
function groupPrefix(what: string): string {
  return `payout-${what}${randomUUID().replaceAll('-', '').slice(0, 10)}-`;
}

export function describeEventStoreContract(
  adapter: string,
  open: () => Promise<EventStoreHarness>,
  skipReason?: string,
): void {
  describe.skipIf(skipReason !== undefined)(
    `event store contract: ${adapter}${skipReason ? ` (skipped: ${skipReason})` : ''}`,
    () => {
      let harness: EventStoreHarness;
      let store: EventStore;
      beforeAll(async () => {
        harness = await open();
        store = harness.store;
      }, OPEN_TIMEOUT_MS);
      afterAll(async () => {
        await harness?.close();
      });

      it('reads back what it appended, in revision order', async () => {
        const stream = streamName();
        const events = newEvents(3);
        const result = await store.append(stream, events, 'no_stream');
        expect(result.nextRevision).toBe(2n);
        const read = await store.readStream(stream);
        expect(read.map((e) => e.id)).toEqual(events.map((e) => e.id));
        expect(read.map((e) => e.revision)).toEqual([0n, 1n, 2n]);
        expect(read.map((e) => e.streamName)).toEqual([stream, stream, stream]);
        expect(read[1]!.type).toBe('Tested');
        expect(read[1]!.data).toEqual({ n: 1 });
        expect(read[0]!.metadata).toEqual({ correlation_id: 'test' });
        expect(read[0]!.recordedAt).toBeInstanceOf(Date);
        expect(comparePositions(read[0]!.position, read[2]!.position)).toBe(-1);
      });

      it('reads an unknown stream as empty', async () => {
        expect(await store.readStream(streamName())).toEqual([]);
      });

      describe('expected states, each right and wrong', () => {
        it('no_stream: appends to a new stream, refuses an existing one', async () => {
          const stream = streamName();
          expect((await store.append(stream, newEvents(2), 'no_stream')).nextRevision).toBe(1n);
          await expectConflict(store.append(stream, newEvents(1), 'no_stream'), stream, 'no_stream', 1n);
          expect(await store.readStream(stream)).toHaveLength(2);
        });

        it('any: appends whether or not the stream exists (it has no wrong case)', async () => {
          const stream = streamName();
          expect((await store.append(stream, newEvents(1), 'any')).nextRevision).toBe(0n);
          expect((await store.append(stream, newEvents(2), 'any')).nextRevision).toBe(2n);
          expect(await store.readStream(stream)).toHaveLength(3);
        });

        it('exists: appends to an existing stream, refuses a missing one', async () => {
          const missing = streamName();
          await expectConflict(store.append(missing, newEvents(1), 'exists'), missing, 'exists', 'no_stream');
          expect(await store.readStream(missing)).toEqual([]);
          const stream = streamName();
          await store.append(stream, newEvents(1), 'no_stream');
          expect((await store.append(stream, newEvents(1), 'exists')).nextRevision).toBe(1n);
        });

        it('exact revision: appends after that revision, refuses a stale or missing one', async () => {
          const stream = streamName();
          await store.append(stream, newEvents(2), 'no_stream');
          await expectConflict(store.append(stream, newEvents(1), 0n), stream, 0n, 1n);
          await expectConflict(store.append(stream, newEvents(1), 5n), stream, 5n, 1n);
          expect((await store.append(stream, newEvents(1), 1n)).nextRevision).toBe(2n);
          expect(await store.readStream(stream)).toHaveLength(3);
          const missing = streamName();
          await expectConflict(store.append(missing, newEvents(1), 0n), missing, 0n, 'no_stream');
        });
      });

      it('stores re-appended event ids only once', async () => {
        const stream = streamName();
        const events = newEvents(2);
        const first = await store.append(stream, events, 'no_stream');
        const second = await store.append(stream, events, 'no_stream');
        expect(second.nextRevision).toBe(first.nextRevision);
        await store.append(stream, newEvents(1), 1n);
        // A writer that retries an append that did commit, after someone else wrote on top of it.
        await store.append(stream, events, 'no_stream');
        const read = await store.readStream(stream);
        expect(read).toHaveLength(3);
        expect(read.slice(0, 2).map((e) => e.id)).toEqual(events.map((e) => e.id));
      });

      describe('claims written with an append', () => {
        const claimOf = (
          key: string,
          value: string,
          expiresAfterMs = CLAIM_HOLD_MS,
        ): { claim: AppendClaim } => ({
          claim: { scope: 'contract', key, value, expiresAfterMs },
        });

        it('a free claim is written with the events; the same value again goes on, the revision still decides', async () => {
          const key = randomUUID();
          const first = streamName();
          await store.append(first, newEvents(1), 'no_stream', claimOf(key, 'A'));
          const second = streamName();
          expect(
            (await store.append(second, newEvents(2), 'no_stream', claimOf(key, 'A'))).nextRevision,
          ).toBe(1n);
          await expectConflict(
            store.append(first, newEvents(1), 'no_stream', claimOf(key, 'A')),
            first,
            'no_stream',
            0n,
          );
          expect(await store.readStream(first)).toHaveLength(1);
          expect(await store.readStream(second)).toHaveLength(2);
        });

        it('a claim held with another value refuses the append (ClaimConflict) and stores nothing', async () => {
          const key = randomUUID();
          await store.append(streamName(), newEvents(1), 'no_stream', claimOf(key, 'A'));
          const refused = streamName();
          const error = await store.append(refused, newEvents(2), 'no_stream', claimOf(key, 'B')).then(
            () => null,
            (err: unknown) => err,
          );
          expect(error).toBeInstanceOf(ClaimConflict);
          expect(error).toMatchObject({ streamName: refused, scope: 'contract', key });
          expect(await store.readStream(refused)).toEqual([]);
          // The refused value was not written either: the first one still holds.
          await expect(
            store.append(streamName(), newEvents(1), 'no_stream', claimOf(key, 'B')),
          ).rejects.toThrow(ClaimConflict);
        });

        it('an append refused for its expected revision does not write its claim', async () => {
          const key = randomUUID();
          const existing = streamName();
          await store.append(existing, newEvents(1), 'no_stream');
          await expectConflict(
            store.append(existing, newEvents(1), 'no_stream', claimOf(key, 'A')),
            existing,
            'no_stream',
            0n,
          );
          const other = streamName();
          await store.append(other, newEvents(1), 'no_stream', claimOf(key, 'B'));
          expect(await store.readStream(other)).toHaveLength(1);
        });

        it(`lets exactly 1 of ${PARALLEL_APPENDS} racers claiming one key with different values win`, async () => {
          const key = randomUUID();
          const streams = Array.from({ length: PARALLEL_APPENDS }, () => streamName());
          const outcomes = await Promise.allSettled(
            streams.map((stream, i) =>
              store.append(stream, newEvents(1), 'no_stream', claimOf(key, `value-${i}`)),
            ),
          );
          const won = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [i] : []));
          expect(won).toHaveLength(1);
          for (const o of outcomes)
            if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(ClaimConflict);
          const stored = await Promise.all(streams.map((stream) => store.readStream(stream)));
          expect(stored.map((events) => events.length)).toEqual(
            streams.map((_, i) => (i === won[0] ? 1 : 0)),
          );
        });

        it('an expired claim is taken over by another value, which then holds', async () => {
          const key = randomUUID();
          await store.append(streamName(), newEvents(1), 'no_stream', claimOf(key, 'A', 1));
          await sleep(50);
          const taker = streamName();
          await store.append(taker, newEvents(1), 'no_stream', claimOf(key, 'B'));
          expect(await store.readStream(taker)).toHaveLength(1);
          await expect(
            store.append(streamName(), newEvents(1), 'no_stream', claimOf(key, 'A')),
          ).rejects.toThrow(ClaimConflict);
        });
      });

      it('reads all events in global order from a position, exclusive, optionally by stream prefix', async () => {
        const prefix = groupPrefix('order');
        const from = await store.headPosition();
        const a = `${prefix}a`;
        const b = `${prefix}b`;
        await store.append(a, newEvents(1), 'no_stream');
        await store.append(b, newEvents(1), 'no_stream');
        await store.append(`other-${randomUUID()}`, newEvents(1), 'no_stream');
        await store.append(a, newEvents(1), 0n);
        const mine = await visibleUnder(store, from, prefix, 3);
        expect(mine.map((e) => [e.streamName, e.revision])).toEqual([
          [a, 0n],
          [b, 0n],
          [a, 1n],
        ]);
        expectStrictlyAscending(mine);
        const after = await store.readAll({
          from: mine[0]!.position,
          maxCount: 10_000,
          streamPrefix: prefix,
        });
        expect(after.map((e) => e.id)).toEqual([mine[1]!.id, mine[2]!.id]);
        const limited = await store.readAll({ from, maxCount: 2, streamPrefix: prefix });
        expect(limited.map((e) => e.id)).toEqual([mine[0]!.id, mine[1]!.id]);
        expect(comparePositions(await store.headPosition(), mine[2]!.position)).toBeGreaterThanOrEqual(0);
      });

      it('tells how many events wait behind a position, and since when', async () => {
        const prefix = groupPrefix('backlog');
        const from = await store.headPosition();
        expect(await store.backlog({ from, streamPrefix: prefix, limit: 100 })).toEqual({
          events: 0,
          oldestRecordedAt: null,
        });
        await store.append(`${prefix}a`, newEvents(3), 'no_stream');
        await store.append(`${prefix}b`, newEvents(1), 'no_stream');
        const [first] = await store.readStream(`${prefix}a`);
        const all = await visibleUnder(store, from, prefix, 4);
        const waiting = await store.backlog({ from, streamPrefix: prefix, limit: 100 });
        expect(waiting.events).toBe(4);
        expect(waiting.oldestRecordedAt?.getTime()).toBe(first!.recordedAt.getTime());
        expect((await store.backlog({ from, streamPrefix: prefix, limit: 2 })).events).toBe(2);
        expect(
          (await store.backlog({ from: all.at(-1)!.position, streamPrefix: prefix, limit: 100 })).events,
        ).toBe(0);
      });

      it('catches up, then follows live appends, and resumes from a checkpoint without loss or repetition', async () => {
        const prefix = groupPrefix('follow');
        const from = await store.headPosition();
        const stream = `${prefix}s`;
        const written = newEvents(6);
        await store.append(stream, written.slice(0, 2), 'no_stream');
        const first = follow(store, { from, streamPrefix: prefix });
        await first.until(2);
        await store.append(stream, written.slice(2, 4), 1n);
        await first.until(4);
        await first.stop();
        const checkpoint = first.seen.at(-1)!.position;

        await store.append(stream, written.slice(4), 3n);
        const resumed = follow(store, { from: checkpoint, streamPrefix: prefix });
        await resumed.until(2);
        await expectNothingMore(store, resumed, prefix);
        await resumed.stop();

        expect([...first.seen, ...resumed.seen].map((e) => e.id)).toEqual(written.map((e) => e.id));
        expect(resumed.seen.map((e) => e.revision)).toEqual([4n, 5n]);
      });

      it(
        `keeps a ${LONG_STREAM_EVENTS.toLocaleString('en')}-event stream whole and in order`,
        async () => {
          const stream = streamName();
          const chunk = 1_000;
          const ids: string[] = [];
          for (let n = 0; n < LONG_STREAM_EVENTS; n += chunk) {
            const events = newEvents(chunk);
            ids.push(...events.map((e) => e.id));
            const expected: ExpectedRevision = n === 0 ? 'no_stream' : BigInt(n - 1);
            expect((await store.append(stream, events, expected)).nextRevision).toBe(BigInt(n + chunk - 1));
          }
          const read = await store.readStream(stream);
          expect(read).toHaveLength(LONG_STREAM_EVENTS);
          expect(read.map((e) => e.id)).toEqual(ids);
          expect(read.every((e, i) => e.revision === BigInt(i))).toBe(true);
          const tail = await store.readStream(stream, { fromRevision: 9_990n });
          expect(tail.map((e) => e.revision)).toEqual(
            Array.from({ length: 10 }, (_, i) => BigInt(9_990 + i)),
          );
          const page = await store.readStream(stream, { fromRevision: 5_000n, maxCount: 3 });
          expect(page.map((e) => e.revision)).toEqual([5_000n, 5_001n, 5_002n]);
        },
        SLOW_TEST_TIMEOUT_MS,
      );

      it(`lets exactly 1 of ${PARALLEL_APPENDS} parallel appends at the same expected revision win`, async () => {
        const stream = streamName();
        await store.append(stream, newEvents(3), 'no_stream');
        const outcomes = await Promise.allSettled(
          Array.from({ length: PARALLEL_APPENDS }, () => store.append(stream, newEvents(1), 2n)),
        );
        const won = outcomes.filter((o) => o.status === 'fulfilled');
        const lost = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(PARALLEL_APPENDS - 1);
        for (const reason of lost) {
          expect(reason).toBeInstanceOf(WrongExpectedRevision);
          expect(reason).toMatchObject({ streamName: stream, expected: 2n, actual: 3n });
        }
        expect(await store.readStream(stream)).toHaveLength(4);
      });

      it(`lets exactly 1 of ${PARALLEL_APPENDS} parallel appends create the same new stream`, async () => {
        const stream = streamName();
        const outcomes = await Promise.allSettled(
          Array.from({ length: PARALLEL_APPENDS }, () => store.append(stream, newEvents(2), 'no_stream')),
        );
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        for (const o of outcomes) {
          if (o.status === 'rejected') expect(o.reason).toMatchObject({ expected: 'no_stream', actual: 1n });
        }
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it(
        `the gap test: an append held open ${GAP_HOLD_MS / 1000} s while ${GAP_LATER_APPENDS} later appends commit is seen exactly once`,
        async () => {
          const prefix = groupPrefix('gap');
          const from = await store.headPosition();
          const follower = follow(store, { from, streamPrefix: prefix });

          const heldEvent = newEvents(1, 'HeldOpen');
          const held = await harness.beginAppend(`${prefix}held`, heldEvent, 'no_stream');
          const heldSince = Date.now();
          const later: string[] = [];
          await forEachConcurrently(GAP_LATER_APPENDS, GAP_WRITERS, async (i) => {
            const events = newEvents(1);
            await store.append(`${prefix}${i}`, events, 'no_stream');
            later.push(events[0]!.id);
          });
          await sleep(Math.max(0, GAP_HOLD_MS - (Date.now() - heldSince)));
          await held.commit();

          const expected = new Set([heldEvent[0]!.id, ...later]);
          await follower.until(expected.size, FOLLOW_TIMEOUT_MS);
          await expectNothingMore(store, follower, prefix);
          await follower.stop();

          const seenIds = follower.seen.map((e) => e.id);
          expect(new Set(seenIds).size).toBe(seenIds.length); // none repeated
          expect(new Set(seenIds)).toEqual(expected); // none skipped
          expectStrictlyAscending(follower.seen);
          // A reader paging through all events from the same place agrees with the follower.
          const paged = (await readEverything(store, from)).filter(
            (e) => e.streamName.startsWith(prefix) && e.type !== SENTINEL,
          );
          expect(paged.map((e) => e.id)).toEqual(seenIds);
        },
        SLOW_TEST_TIMEOUT_MS,
      );

      it(
        'keeps a subscriber going when its server connections drop, resuming where it was',
        async () => {
          const prefix = groupPrefix('drop');
          const from = await store.headPosition();
          const follower = follow(store, { from, streamPrefix: prefix });
          const appended: string[] = [];
          const appendSome = async (tag: string, count: number) => {
            for (let i = 0; i < count; i++) {
              const events = newEvents(1);
              await store.append(`${prefix}${tag}${i}`, events, 'no_stream');
              appended.push(events[0]!.id);
            }
          };
          await appendSome('before', 5);
          await follower.until(5);
          await harness.dropConnections();
          // Appends go on while the connections drop again under them.
          const writing = appendSome('during', 60);
          await eventually(async () => (appended.length >= 20 ? true : undefined));
          await harness.dropConnections();
          await writing;
          await harness.dropConnections();
          await appendSome('after', 5);

          await follower.until(appended.length, FOLLOW_TIMEOUT_MS);
          await expectNothingMore(store, follower, prefix);
          await follower.stop();
          expect(follower.seen.map((e) => e.id)).toEqual(appended);
          expectStrictlyAscending(follower.seen);
        },
        SLOW_TEST_TIMEOUT_MS,
      );
    },
  );
}

async function expectConflict(
  attempt: Promise<unknown>,
  stream: string,
  expected: ExpectedRevision,
  actual: bigint | 'no_stream',
): Promise<void> {
  const error = await attempt.then(
    () => new Error('the append succeeded'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WrongExpectedRevision);
  expect(error).toMatchObject({ streamName: stream, expected, actual });
}

function expectStrictlyAscending(events: RecordedEvent[]): void {
  const outOfOrder = events.findIndex(
    (e, i) => i > 0 && comparePositions(events[i - 1]!.position, e.position) >= 0,
  );
  expect(outOfOrder, 'index of the first event not after its predecessor').toBe(-1);
}

type Follower = {
  seen: RecordedEvent[];
  /** Resolves once `count` events were seen; rejects if the subscription failed. */
  until(count: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
};

/**
 * The events under `prefix` after `from`, once `count` of them are visible to readers of all
 * events: such reads may trail appends (PostgreSQL shows nothing after an append that is still
 * running, from this test or a parallel one, until it ends).
 */
async function visibleUnder(
  store: EventStore,
  from: GlobalPosition,
  prefix: string,
  count: number,
): Promise<RecordedEvent[]> {
  return eventually(
    async () => {
      const found = (await readEverything(store, from)).filter((e) => e.streamName.startsWith(prefix));
      return found.length >= count ? found : undefined;
    },
    FOLLOW_TIMEOUT_MS,
    `${count} events under ${prefix}`,
  );
}

/** Runs a subscription in the background and keeps what it delivers. */
function follow(store: EventStore, options: { from: GlobalPosition | null; streamPrefix: string }): Follower {
  const seen: RecordedEvent[] = [];
  const controller = new AbortController();
  let failure: unknown;
  const running = store
    .subscribeToAll(
      async (batch) => {
        seen.push(...batch);
      },
      { from: options.from, streamPrefix: options.streamPrefix, signal: controller.signal },
    )
    .catch((err: unknown) => {
      failure = err;
    });
  return {
    seen,
    async until(count, timeoutMs = FOLLOW_TIMEOUT_MS) {
      await eventually(
        async () => {
          if (failure) throw failure;
          return seen.length >= count ? true : undefined;
        },
        timeoutMs,
        `${count} events (seen ${seen.length})`,
      );
    },
    async stop() {
      controller.abort();
      await running;
      if (failure) throw failure;
    },
  };
}

/**
 * Appends a sentinel under the prefix and waits until the follower delivered it: anything the
 * follower would repeat or deliver late comes before the sentinel, so this proves there is none.
 */
async function expectNothingMore(store: EventStore, follower: Follower, prefix: string): Promise<void> {
  const before = follower.seen.length;
  const sentinel = newEvents(1, SENTINEL);
  await store.append(`${prefix}sentinel-${randomUUID()}`, sentinel, 'no_stream');
  await eventually(
    async () => (follower.seen.some((e) => e.id === sentinel[0]!.id) ? true : undefined),
    FOLLOW_TIMEOUT_MS,
    'the sentinel event',
  );
  expect(follower.seen.slice(before).map((e) => e.id)).toEqual([sentinel[0]!.id]);
  follower.seen.pop();
}

async function forEachConcurrently(
  count: number,
  concurrency: number,
  work: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

async function readEverything(
  store: EventStore,
  from: GlobalPosition | null = null,
): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for (;;) {
    const batch = await store.readAll({ from: all.at(-1)?.position ?? from, maxCount: 1_000 });
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}
