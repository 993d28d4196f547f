// Appends grouped into one statement (appendGroups.ts): what a caller of the store can observe.
// Appends made together commit in one transaction, so they share a commit position.

import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKysely, createPool } from '../../db.ts';
import { createLogger } from '../../logger.ts';
import { createTestDatabase, eventually, type TestDatabase } from '../../testing/index.ts';
import { newEvents, streamName } from '../eventStore.contract.ts';
import { ClaimConflict, type EventStore, WrongExpectedRevision } from '../port.ts';
import { createPostgresEventStore } from './postgresEventStore.ts';

const SCHEMA = 'event_store_groups';

type Opened = { store: EventStore; pool: pg.Pool; db: Kysely<unknown> };

describe('postgres event store: appends grouped into one statement', () => {
  let database: TestDatabase;
  const opened: Opened[] = [];

  /** A store with its own pool, as another process would have. */
  async function openStore(): Promise<EventStore> {
    const pool = createPool(database.url, createLogger('test', 'silent'));
    const db = createKysely<unknown>(pool);
    const store = await createPostgresEventStore(pool, db, { schema: SCHEMA });
    opened.push({ store, pool, db });
    return store;
  }

  beforeAll(async () => {
    database = await createTestDatabase('es_groups');
  });
  afterAll(async () => {
    for (const { store, db } of opened) {
      await store.close();
      await db.destroy();
    }
    await database.drop();
  });

  it('commits appends made while another is in flight together, each with its own result', async () => {
    const store = await openStore();
    const streams = Array.from({ length: 20 }, () => streamName());
    // The first goes alone at once; the other 19 wait for it and then go as one group.
    const results = await Promise.all(streams.map((s) => store.append(s, newEvents(2), 'no_stream')));

    const commits = new Set(results.map((r) => r.position.commit));
    expect(commits.size).toBe(2);
    expect(new Set(results.slice(1).map((r) => r.position.commit)).size).toBe(1);
    for (const [i, s] of streams.entries()) {
      const events = await store.readStream(s);
      expect(events.map((e) => e.revision)).toEqual([0n, 1n]);
      expect(results[i]).toEqual({ nextRevision: 1n, position: events[1]!.position });
    }
  });

  it('writes claims in the group with their events: a held claim fails only its own append', async () => {
    const store = await openStore();
    const key = randomUUID();
    const claim = (value: string) => ({
      claim: { scope: 'groups', key, value, expiresAfterMs: 60_000 },
    });
    const blocker = store.append(streamName(), newEvents(1), 'no_stream');
    const streams = Array.from({ length: 4 }, () => streamName());
    // One group: two appends claiming one key with different values, one with the winner's value,
    // one without a claim. Items run in stream-name order, so the winner is the lower name.
    const [a, b, same, plain] = await Promise.allSettled([
      store.append(streams[0]!, newEvents(1), 'no_stream', claim('A')),
      store.append(streams[1]!, newEvents(1), 'no_stream', claim('B')),
      store.append(streams[2]!, newEvents(1), 'no_stream', claim(streams[0]! < streams[1]! ? 'A' : 'B')),
      store.append(streams[3]!, newEvents(1), 'no_stream'),
    ]);
    await blocker;
    const [winner, loser] = streams[0]! < streams[1]! ? [a, b] : [b, a];
    expect(winner.status).toBe('fulfilled');
    expect(loser.status === 'rejected' && loser.reason).toBeInstanceOf(ClaimConflict);
    expect(same.status).toBe('fulfilled');
    expect(plain.status).toBe('fulfilled');
    // All that were written went in one transaction.
    const fulfilled = [winner, same, plain].map((o) =>
      o.status === 'fulfilled' ? o.value.position.commit : 0n,
    );
    expect(new Set(fulfilled).size).toBe(1);
    const lengths = await Promise.all(streams.map(async (s) => (await store.readStream(s)).length));
    expect(lengths).toEqual(streams.map((_, i) => (loser === [a, b][i] ? 0 : 1)));
  });

  it('fails only the appends of a group that conflict or reuse event ids, and answers duplicates', async () => {
    const store = await openStore();
    const existing = streamName();
    const first = newEvents(2);
    const stored = await store.append(existing, first, 'no_stream');

    const blocker = store.append(streamName(), newEvents(1), 'no_stream');
    const [stale, again, elsewhere, fresh, otherFresh] = await Promise.allSettled([
      store.append(existing, newEvents(1), 0n),
      store.append(existing, first, 'no_stream'),
      store.append(streamName(), [first[0]!], 'no_stream'),
      store.append(streamName(), newEvents(1), 'no_stream'),
      store.append(streamName(), newEvents(1), 'no_stream'),
    ]);
    await blocker;

    expect(stale.status === 'rejected' && stale.reason).toBeInstanceOf(WrongExpectedRevision);
    expect(stale).toMatchObject({ reason: { expected: 0n, actual: 1n } });
    // The same event ids again: nothing new is stored and the first append's result comes back.
    expect(again).toEqual({ status: 'fulfilled', value: stored });
    expect(elsewhere).toMatchObject({
      status: 'rejected',
      reason: { message: expect.stringMatching(/event ids already stored in another append/) },
    });
    expect(fresh.status).toBe('fulfilled');
    expect(otherFresh.status).toBe('fulfilled');
    if (fresh.status === 'fulfilled' && otherFresh.status === 'fulfilled') {
      expect(fresh.value.position.commit).toBe(otherFresh.value.position.commit);
    }
    expect(await store.readStream(existing)).toHaveLength(2);
  });

  it('appends to one stream in a group one after the other, in the order they were made', async () => {
    const store = await openStore();
    const stream = streamName();
    const blocker = store.append(streamName(), newEvents(1), 'no_stream');
    const batches = [newEvents(1, 'First'), newEvents(2, 'Second'), newEvents(1, 'Third')];
    const results = await Promise.all([
      store.append(stream, batches[0]!, 'no_stream'),
      store.append(stream, batches[1]!, 0n),
      store.append(stream, batches[2]!, 2n),
    ]);
    await blocker;

    expect(results.map((r) => r.nextRevision)).toEqual([0n, 2n, 3n]);
    expect((await store.readStream(stream)).map((e) => e.type)).toEqual([
      'First',
      'Second',
      'Second',
      'Third',
    ]);
  });

  it('lets exactly one of two processes create each of the same new streams, in opposite orders', async () => {
    const [one, two] = [await openStore(), await openStore()];
    const streams = Array.from({ length: 30 }, () => streamName());
    // Both groups hold new streams the other is creating: one waits for the other's commit, finds
    // the stream taken by a unique violation, and its appends go alone to learn their conflicts.
    const outcomes = await Promise.allSettled([
      ...streams.map((s) => one.append(s, newEvents(1), 'no_stream')),
      ...streams.toReversed().map((s) => two.append(s, newEvents(1), 'no_stream')),
    ]);

    const lost = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(streams.length);
    expect(lost).toHaveLength(streams.length);
    for (const reason of lost) {
      expect(reason).toBeInstanceOf(WrongExpectedRevision);
      expect(reason).toMatchObject({ expected: 'no_stream', actual: 0n });
    }
    for (const s of streams) expect(await one.readStream(s)).toHaveLength(1);
  });

  it('never deadlocks two processes whose groups hold the same streams in opposite orders', async () => {
    const [one, two] = [await openStore(), await openStore()];
    const streams = Array.from(
      { length: 30 },
      (_, i) => `payout-groups-${String(i).padStart(2, '0')}-${randomUUID()}`,
    );
    await Promise.all(streams.map((s) => one.append(s, newEvents(1), 'no_stream')));
    // A third writer holds the middle stream, so that both groups lock the streams before it and
    // wait there, then go on together: taken in the order given, each would next want one the other
    // holds. The groups lock in name order instead, and one of them waits for the other.
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    await holder.query('begin');
    await holder.query(`select 1 from "${SCHEMA}".streams where stream_name = $1 for update`, [streams[15]]);
    const appends = Promise.all([
      ...streams.map((s) => one.append(s, newEvents(1), 'any')),
      ...streams.toReversed().map((s) => two.append(s, newEvents(1), 'any')),
    ]);
    await eventually(
      async () => ((await lockWaiters(holder)) >= 2 ? true : undefined),
      10_000,
      'both groups to wait',
    );
    await holder.query('commit');
    await holder.end();
    const results = await appends;

    // Each process: its first append alone, the rest as one group. A deadlock would have failed a
    // group, whose appends would then have gone alone, each in its own transaction.
    const commits = (r: typeof results) => new Set(r.map((x) => x.position.commit)).size;
    expect(commits(results.slice(0, streams.length))).toBe(2);
    expect(commits(results.slice(streams.length))).toBe(2);
    for (const s of streams) {
      expect((await one.readStream(s)).map((e) => e.revision)).toEqual([0n, 1n, 2n]);
    }
  });
});

async function lockWaiters(client: pg.Client): Promise<number> {
  // Inside a transaction, statistics views answer from the snapshot taken at their first read.
  await client.query('select pg_stat_clear_snapshot()');
  const { rows } = await client.query<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity
     where datname = current_database() and wait_event_type = 'Lock'`,
  );
  return rows[0]?.n ?? 0;
}
