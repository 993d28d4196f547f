// Rebuild equality: replaying the event store into a fresh table and switching over, while the API
// keeps answering, leaves a read model equal row for row to the one the live projector built, with
// the same index names; what the live projector applied beyond the replay is carried over.
import { comparePositions, type EventStore, type RecordedEvent, toBusEvent } from '@payouts/platform';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectEvent } from '../projector/projector.ts';
import { appendPayout, payoutEvents } from '../testing/payoutEvents.ts';
import { createQueryTestbed, KEYS, type QueryTestbed } from '../testing/queryTestbed.ts';
import { rebuildReadModel } from './rebuild.ts';

describe('rebuildReadModel', () => {
  let bed: QueryTestbed;
  beforeAll(async () => {
    bed = await createQueryTestbed();
  });
  afterAll(async () => {
    await bed?.close();
  });

  /** Appends payouts with assorted histories and projects every event, as the live projector would. */
  async function livePayouts(count: number, tenant = 'tenant-a'): Promise<void> {
    for (let i = 0; i < count; i++) {
      const id = await appendPayout(bed.eventStore, (p) => {
        const events = [payoutEvents.requested(p, tenant, { amount: `${10 + i}.50` })];
        if (i % 2 === 0) events.push(payoutEvents.updated(p, { description: `edited ${i}` }));
        if (i % 3 === 0) events.push(payoutEvents.processingStarted(p), payoutEvents.completed(p));
        else if (i % 5 === 0) events.push(payoutEvents.cancelled(p));
        return events;
      });
      await projectAll(id);
    }
  }
  async function projectAll(id: string) {
    for (const e of await bed.eventStore.readStream(`payout-${id}`)) {
      await projectEvent(bed.db, bed.eventStore, toBusEvent(e));
    }
  }
  /** Every column but projected_at (when the row was written, which a rebuild rewrites). */
  const snapshot = async () =>
    (
      await sql<
        Record<string, unknown>
      >`select to_jsonb(p) - 'projected_at' as row from payouts p order by id`.execute(bed.db)
    ).rows;
  const indexNames = async () =>
    (
      await sql<{
        name: string;
      }>`select indexname as name from pg_indexes where tablename = 'payouts' order by 1`.execute(bed.db)
    ).rows.map((r) => r.name);

  it('replays the store into a fresh table and switches over while the API serves, equal row for row', async () => {
    await livePayouts(40);
    await bed.storeShowsEverything();
    const before = await snapshot();
    const indexesBefore = await indexNames();
    expect(before).toHaveLength(40);

    let serving = true;
    const answers: number[] = [];
    const reader = (async () => {
      while (serving) answers.push((await bed.get('/api/v1/payouts?limit=5&ordering=amount')).status);
    })();
    const progress: number[] = [];
    const result = await rebuildReadModel(bed.db, bed.eventStore, {
      batchSize: 7,
      onProgress: (n) => progress.push(n),
    });
    serving = false;
    await reader;

    expect(result.payouts).toBe(40);
    expect(result.events).toBe(progress.at(-1));
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.every((n, i) => n - (progress[i - 1] ?? 0) <= 7)).toBe(true);
    expect(await snapshot()).toEqual(before);
    expect(await indexNames()).toEqual(indexesBefore);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((s) => s === 200)).toBe(true);
    const page = await bed.get('/api/v1/payouts?limit=100', KEYS.tenantA);
    expect(((await page.json()) as { results: unknown[] }).results).toHaveLength(40);
  });

  it('carries over what the live projector applied beyond what the replay read', async () => {
    await livePayouts(3, 'tenant-b');
    await bed.storeShowsEverything();
    const head = await bed.eventStore.headPosition();
    // A payout the replay reads, changed after its view ends (taken before the two below, so it is
    // never one of them, which would make the change no carry-over of its own).
    const [first] = (await snapshot()).slice(0, 1);
    const firstId = (first!.row as { id: string }).id;
    // Written and projected after the replay's view of the store ends.
    await livePayouts(2, 'tenant-b');
    await appendPayout(
      bed.eventStore,
      (p) => [payoutEvents.updated(p, { description: 'late change' })],
      firstId,
    );
    await projectAll(firstId);
    const before = await snapshot();

    const upToHead: EventStore = {
      ...bed.eventStore,
      readAll: async (options) =>
        (await bed.eventStore.readAll(options)).filter(
          (e: RecordedEvent) => comparePositions(e.position, head) <= 0,
        ),
    };
    const result = await rebuildReadModel(bed.db, upToHead);
    expect(result.carriedOver).toBe(3);
    expect(await snapshot()).toEqual(before);
  });

  it('rebuilds a read model that lost its rows from the event store alone', async () => {
    await bed.storeShowsEverything();
    const before = await snapshot();
    await sql`delete from payouts`.execute(bed.db);
    const result = await rebuildReadModel(bed.db, bed.eventStore);
    expect(result.carriedOver).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to run twice at once', async () => {
    const results = await Promise.allSettled([
      rebuildReadModel(bed.db, bed.eventStore),
      rebuildReadModel(bed.db, bed.eventStore),
    ]);
    const refused = results.filter((r) => r.status === 'rejected');
    // Either the second found the first running, or the first had finished before the second began.
    for (const r of refused) expect(String((r as PromiseRejectedResult).reason)).toMatch(/another rebuild/);
    expect(results.some((r) => r.status === 'fulfilled')).toBe(true);
  });
});
