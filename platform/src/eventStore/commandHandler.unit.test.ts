// handleCommand on the in-memory event store: load, decide, append at the loaded revision, with no
// server. commandHandler.int.test.ts runs it against the real PostgreSQL store.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createInMemoryEventStore } from '../testing/index.ts';
import { type Decider, handleCommand, loadStream } from './commandHandler.ts';
import { type EventStore, WrongExpectedRevision } from './port.ts';

/** A counter stream: `add` appends Added (nothing for 0); the state is the sum. */
type Added = { type: 'Added'; data: { by: number } };
const parsedVersions: number[] = [];
const counter: Decider<{ add: number }, Added, number> = {
  initialState: 0,
  evolve: (sum, e) => sum + e.data.by,
  decide: (command) => (command.add === 0 ? [] : [{ type: 'Added', data: { by: command.add } }]),
  parse: (type, data, schemaVersion) => {
    parsedVersions.push(schemaVersion);
    return { type: type as 'Added', data: data as { by: number } };
  },
  schemaVersion: 2,
};
const context = { correlation_id: 'c', causation_id: 'k', actor: 'test', traceparent: null };

/** The store, counting its stream reads. */
function countingStore(): { store: EventStore; reads: () => number } {
  const real = createInMemoryEventStore();
  let reads = 0;
  const store: EventStore = {
    ...real,
    readStream: (...args) => {
      reads += 1;
      return real.readStream(...args);
    },
  };
  return { store, reads: () => reads };
}

describe('handleCommand (in memory)', () => {
  it('decides on the stored state and appends at the revision it loaded, with the metadata', async () => {
    const { store } = countingStore();
    const stream = `counter-${randomUUID()}`;
    await handleCommand(store, counter, stream, { add: 2 }, context);
    const result = await handleCommand(store, counter, stream, { add: 3 }, context);
    expect(result).toEqual({ events: [{ type: 'Added', data: { by: 3 } }], state: 5, revision: 1n });
    const stored = await store.readStream(stream);
    expect(stored.map((e) => e.data)).toEqual([{ by: 2 }, { by: 3 }]);
    for (const e of stored) {
      expect(e.metadata).toEqual({ event_id: e.id, ...context, schema_version: 2 });
    }
  });

  it('creates a stream expected to be new without reading it, and refuses when it exists', async () => {
    const { store, reads } = countingStore();
    const stream = `counter-${randomUUID()}`;
    const created = await handleCommand(store, counter, stream, { add: 7 }, context, {
      expected: 'no_stream',
    });
    expect(created).toMatchObject({ state: 7, revision: 0n });
    expect(reads()).toBe(0);
    await expect(
      handleCommand(store, counter, stream, { add: 1 }, context, { expected: 'no_stream' }),
    ).rejects.toBeInstanceOf(WrongExpectedRevision);
    expect((await store.readStream(stream)).map((e) => e.data)).toEqual([{ by: 7 }]);
  });

  it('refuses a caller holding an older revision (If-Match) and appends nothing', async () => {
    const { store } = countingStore();
    const stream = `counter-${randomUUID()}`;
    await handleCommand(store, counter, stream, { add: 1 }, context);
    await handleCommand(store, counter, stream, { add: 1 }, context);
    await expect(
      handleCommand(store, counter, stream, { add: 5 }, context, { expected: 0n }),
    ).rejects.toMatchObject({ streamName: stream, expected: 0n, actual: 1n });
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('decides on a stream loaded earlier without reading it again, and a write in between is a conflict', async () => {
    const { store, reads } = countingStore();
    const stream = `counter-${randomUUID()}`;
    await handleCommand(store, counter, stream, { add: 4 }, context);
    const loaded = await loadStream(store, counter, stream);
    const before = reads();
    await handleCommand(store, counter, stream, { add: 1 }, context, { loaded });
    expect(reads()).toBe(before);
    // `loaded` is now one revision behind: someone else wrote first.
    await expect(
      handleCommand(store, counter, stream, { add: 1 }, context, { loaded }),
    ).rejects.toBeInstanceOf(WrongExpectedRevision);
    expect((await loadStream(store, counter, stream)).state).toBe(5);
  });

  it('appends nothing when nothing is decided, and says the revision it found', async () => {
    const { store } = countingStore();
    const stream = `counter-${randomUUID()}`;
    expect(await handleCommand(store, counter, stream, { add: 0 }, context)).toEqual({
      events: [],
      state: 0,
      revision: -1n,
    });
    expect(await store.readStream(stream)).toEqual([]);
    await handleCommand(store, counter, stream, { add: 3 }, context);
    expect(await handleCommand(store, counter, stream, { add: 0 }, context)).toMatchObject({ revision: 0n });
  });

  it('parses each stored event at its recorded schema version, 1 when the metadata has none', async () => {
    const { store } = countingStore();
    const stream = `counter-${randomUUID()}`;
    await store.append(
      stream,
      [{ id: randomUUID(), type: 'Added', data: { by: 1 }, metadata: {} }],
      'no_stream',
    );
    await handleCommand(store, counter, stream, { add: 1 }, context);
    parsedVersions.length = 0;
    expect((await loadStream(store, counter, stream)).state).toBe(2);
    expect(parsedVersions).toEqual([1, 2]);
  });
});
