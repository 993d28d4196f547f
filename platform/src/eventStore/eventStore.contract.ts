// The promises every event store adapter keeps, written once and run against each adapter
// (postgresEventStore.int.test.ts, kurrentDbEventStore.int.test.ts).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EventStore, type EventToAppend, type RecordedEvent, WrongExpectedRevision } from './port.ts';

export type EventStoreHarness = {
  store: EventStore;
  close(): Promise<void>;
};

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
      });
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
        expect(read[1]!.data).toEqual({ n: 1 });
        expect(read[0]!.metadata).toEqual({ correlation_id: 'test' });
      });

      it('reads an unknown stream as empty', async () => {
        expect(await store.readStream(streamName())).toEqual([]);
      });

      it('refuses a wrong expected revision with a typed conflict carrying expected and actual', async () => {
        const stream = streamName();
        await store.append(stream, newEvents(2), 'no_stream');
        const conflict = await store.append(stream, newEvents(1), 0n).catch((e: unknown) => e);
        expect(conflict).toBeInstanceOf(WrongExpectedRevision);
        expect(conflict).toMatchObject({ expected: 0n, actual: 1n });
        const again = await store.append(stream, newEvents(1), 'no_stream').catch((e: unknown) => e);
        expect(again).toMatchObject({ expected: 'no_stream', actual: 1n });
        expect((await store.append(stream, newEvents(1), 1n)).nextRevision).toBe(2n);
        expect((await store.readStream(stream)).length).toBe(3);
      });

      it('stores re-appended event ids only once', async () => {
        const stream = streamName();
        const events = newEvents(2);
        const first = await store.append(stream, events, 'no_stream');
        const second = await store.append(stream, events, 'no_stream');
        expect(second.nextRevision).toBe(first.nextRevision);
        expect((await store.readStream(stream)).length).toBe(2);
      });

      it('reads all events in global order from a position, exclusive', async () => {
        const a = streamName();
        const b = streamName();
        await store.append(a, newEvents(1), 'no_stream');
        await store.append(b, newEvents(1), 'no_stream');
        await store.append(a, newEvents(1), 0n);
        const mine = (await readEverything(store)).filter((e) => e.streamName === a || e.streamName === b);
        expect(mine.map((e) => [e.streamName, e.revision])).toEqual([
          [a, 0n],
          [b, 0n],
          [a, 1n],
        ]);
        const after = await store.readAll({ from: mine[0]!.position, maxCount: 10_000 });
        expect(after.map((e) => e.id)).not.toContain(mine[0]!.id);
        expect(after.map((e) => e.id)).toContain(mine[1]!.id);
      });

      it('catches up, then follows live appends, and resumes from a checkpoint without repeating', async () => {
        const stream = streamName();
        await store.append(stream, newEvents(2), 'no_stream');
        const seen: RecordedEvent[] = [];
        const controller = new AbortController();
        const following = store.subscribeToAll(
          async (batch) => {
            seen.push(...batch.filter((e) => e.streamName === stream));
            if (seen.length >= 4) controller.abort();
          },
          { signal: controller.signal },
        );
        await store.append(stream, newEvents(2), 1n);
        await following;
        expect(seen.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n]);

        const resumed: RecordedEvent[] = [];
        const again = new AbortController();
        const resuming = store.subscribeToAll(
          async (batch) => {
            resumed.push(...batch.filter((e) => e.streamName === stream));
            if (resumed.length >= 1) again.abort();
          },
          { from: seen[1]!.position, signal: again.signal },
        );
        await resuming;
        expect(resumed[0]!.revision).toBe(2n);
      });
    },
  );
}

export async function readEverything(store: EventStore): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for (;;) {
    const batch = await store.readAll({ from: all.at(-1)?.position ?? null, maxCount: 1_000 });
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}
