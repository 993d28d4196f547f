// handleCommand against the real PostgreSQL event store: load, decide, append at the loaded revision.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKysely, createPool } from '../db.ts';
import { createLogger } from '../logger.ts';
import { createTestDatabase, type TestDatabase } from '../testing/index.ts';
import { type Decider, handleCommand, loadStream } from './commandHandler.ts';
import { type EventStore, WrongExpectedRevision } from './port.ts';
import { createPostgresEventStore } from './postgres/postgresEventStore.ts';

/** A counter stream: `add` appends Added; the state is the sum. */
type Added = { type: 'Added'; data: { by: number } };
const counter: Decider<{ add: number }, Added, number> = {
  initialState: 0,
  evolve: (sum, e) => sum + e.data.by,
  decide: (command) => [{ type: 'Added', data: { by: command.add } }],
  parse: (type, data) => ({ type: type as 'Added', data: data as { by: number } }),
  schemaVersion: 1,
};
const context = { correlation_id: 'c', causation_id: null, actor: 'test', traceparent: null };

describe('handleCommand', () => {
  let database: TestDatabase;
  let pool: ReturnType<typeof createPool>;
  let store: EventStore;
  let reads = 0;
  beforeAll(async () => {
    database = await createTestDatabase('command_handler');
    pool = createPool(database.url, createLogger('test', 'silent'));
    const real = await createPostgresEventStore(pool, createKysely<unknown>(pool));
    // The real store, counting its stream reads.
    store = Object.assign(Object.create(real) as EventStore, {
      readStream: (...args: Parameters<EventStore['readStream']>) => {
        reads += 1;
        return real.readStream(...args);
      },
    });
  });
  afterAll(async () => {
    await store.close();
    await pool.end();
    await database.drop();
  });

  it('decides on the stored state and appends at the revision it loaded', async () => {
    const stream = `counter-${randomUUID()}`;
    await handleCommand(store, counter, stream, { add: 2 }, context);
    const result = await handleCommand(store, counter, stream, { add: 3 }, context);
    expect(result).toMatchObject({ state: 5, revision: 1n });
  });

  it('creates a stream expected to be new without reading it, and refuses when it exists', async () => {
    const stream = `counter-${randomUUID()}`;
    const before = reads;
    const created = await handleCommand(store, counter, stream, { add: 7 }, context, {
      expected: 'no_stream',
    });
    expect(created).toMatchObject({ state: 7, revision: 0n });
    expect(reads).toBe(before);
    await expect(
      handleCommand(store, counter, stream, { add: 1 }, context, { expected: 'no_stream' }),
    ).rejects.toBeInstanceOf(WrongExpectedRevision);
    expect((await store.readStream(stream)).map((e) => e.data)).toEqual([{ by: 7 }]);
  });

  it('with conflictRetries, meets another writer by loading again and deciding on what is there now', async () => {
    const stream = `counter-${randomUUID()}`;
    await handleCommand(store, counter, stream, { add: 2 }, context);
    const stale = await loadStream(store, counter, stream);
    await handleCommand(store, counter, stream, { add: 3 }, context); // another writer, first
    await expect(
      handleCommand(store, counter, stream, { add: 4 }, context, { loaded: stale }),
    ).rejects.toBeInstanceOf(WrongExpectedRevision);
    const retried = await handleCommand(store, counter, stream, { add: 4 }, context, {
      loaded: stale,
      conflictRetries: 1,
    });
    expect(retried).toMatchObject({ state: 9, revision: 2n });
    expect((await store.readStream(stream)).map((e) => e.data)).toEqual([{ by: 2 }, { by: 3 }, { by: 4 }]);
    await expect(
      handleCommand(store, counter, stream, { add: 1 }, context, { expected: 0n, conflictRetries: 1 }),
    ).rejects.toThrow(/overrule/);
  });
});
