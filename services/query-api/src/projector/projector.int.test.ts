// The projector's revision rule against the real event store: the next revision applies, an older one
// is ignored, a newer one heals the gap from the store first (a message NATS lost, or revision 2
// arriving before 1).
import { randomUUID } from 'node:crypto';
import {
  type BusEvent,
  foldPayout,
  type Payout,
  parsePayoutEvent,
  payoutStreamName,
} from '@payouts/contracts';
import { type EventToAppend, toBusEvent } from '@payouts/platform';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payoutToRow } from '../readModel/rows.ts';
import { appendPayout, payoutEvents } from '../testing/payoutEvents.ts';
import { createQueryTestbed, type QueryTestbed } from '../testing/queryTestbed.ts';
import { projectEvent, RecentPayouts } from './projector.ts';
import { createRowWriter, type StatementPool } from './rowWriter.ts';

describe('projectEvent', () => {
  let bed: QueryTestbed;
  beforeAll(async () => {
    bed = await createQueryTestbed();
  });
  afterAll(async () => {
    await bed?.close();
  });

  /** A payout with three events in the store: requested (0), updated (1), processing started (2). */
  async function storedPayout() {
    const id = await appendPayout(bed.eventStore, (p) => [
      payoutEvents.requested(p),
      payoutEvents.updated(p, { amount: '250.00', description: 'corrected' }),
      payoutEvents.processingStarted(p),
    ]);
    const events = (await bed.eventStore.readStream(payoutStreamName(id))).map(toBusEvent);
    return { id, events };
  }
  async function appendAndRead(id: string, event: EventToAppend) {
    const stream = payoutStreamName(id);
    await bed.eventStore.append(stream, [event], 'any');
    return toBusEvent((await bed.eventStore.readStream(stream)).at(-1)!);
  }
  const rowOf = (id: string) =>
    bed.db.selectFrom('payouts').selectAll().where('id', '=', id).executeTakeFirst();

  it('applies revisions in order, ignores one it already has, and announces only its writes', async () => {
    const { id, events } = await storedPayout();
    let announced = 0;
    const written = () => {
      announced += 1;
    };
    expect(await projectEvent(bed.db, bed.eventStore, events[0]!, { onWritten: written })).toBe('applied');
    expect(await projectEvent(bed.db, bed.eventStore, events[1]!, { onWritten: written })).toBe('applied');
    expect(announced).toBe(2);
    expect(await projectEvent(bed.db, bed.eventStore, events[1]!, { onWritten: written })).toBe('ignored');
    expect(await projectEvent(bed.db, bed.eventStore, events[0]!, { onWritten: written })).toBe('ignored');
    expect(announced).toBe(2);
    const row = await rowOf(id);
    expect(row).toMatchObject({
      revision: '1',
      amount: '250.00',
      description: 'corrected',
      status: 'pending',
    });
  });

  it('heals a dropped message: revision 2 after 0 reads 1 from the event store', async () => {
    const { id, events } = await storedPayout();
    await projectEvent(bed.db, bed.eventStore, events[0]!);
    expect(await projectEvent(bed.db, bed.eventStore, events[2]!)).toBe('healed');
    expect(await rowOf(id)).toMatchObject({
      revision: '2',
      amount: '250.00',
      status: 'processing',
      attempts: 1,
    });
    expect(await projectEvent(bed.db, bed.eventStore, events[1]!)).toBe('ignored');
    expect((await rowOf(id))?.revision).toBe('2');
  });

  it('heals out-of-order delivery: revision 2 before anything creates the row from the store', async () => {
    const { id, events } = await storedPayout();
    expect(await projectEvent(bed.db, bed.eventStore, events[2]!)).toBe('healed');
    expect(await projectEvent(bed.db, bed.eventStore, events[0]!)).toBe('ignored');
    expect(await projectEvent(bed.db, bed.eventStore, events[1]!)).toBe('ignored');
    expect(await rowOf(id)).toMatchObject({ revision: '2', status: 'processing', tenant_id: 'tenant-a' });
  });

  it('writes the next revision from a remembered payout even where the table lost the row', async () => {
    const { id, events } = await storedPayout();
    const recent = new RecentPayouts();
    await projectEvent(bed.db, bed.eventStore, events[0]!, { recent });
    await projectEvent(bed.db, bed.eventStore, events[1]!, { recent });
    expect(recent.get(id)?.revision).toBe(1n);
    // The table lost the row behind the projector's back: the fold at revision 2 is the whole row.
    await bed.db.deleteFrom('payouts').where('id', '=', id).execute();
    expect(await projectEvent(bed.db, bed.eventStore, events[2]!, { recent })).toBe('applied');
    expect(await rowOf(id)).toMatchObject({ revision: '2', amount: '250.00', status: 'processing' });
    expect(recent.get(id)?.revision).toBe(2n);
  });

  it('leaves a row that is ahead of the projector alone, and reads it back next time', async () => {
    const { id, events } = await storedPayout();
    const recent = new RecentPayouts();
    await projectEvent(bed.db, bed.eventStore, events[0]!, { recent });
    // Another projector (a replica taking over) moved the row to revision 2 meanwhile.
    await projectEvent(bed.db, bed.eventStore, events[2]!);
    expect(await projectEvent(bed.db, bed.eventStore, events[1]!, { recent })).toBe('ignored');
    expect(await rowOf(id)).toMatchObject({ revision: '2', amount: '250.00', status: 'processing' });
    const completed = await appendAndRead(id, payoutEvents.completed(id));
    expect(await projectEvent(bed.db, bed.eventStore, completed, { recent })).toBe('applied');
    expect(await rowOf(id)).toMatchObject({ revision: '3', status: 'completed' });
  });

  /** A Kysely over the testbed's pool that counts the statements it sends. */
  function counting() {
    const counted = { statements: 0 };
    const db = bed.db.withPlugin({
      transformQuery: (args) => {
        counted.statements += 1;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    return Object.assign(counted, { db });
  }

  it('writes the events that arrive while a statement is in flight in one statement', async () => {
    const stored = await Promise.all(Array.from({ length: 30 }, () => storedPayout()));
    const counted = counting();
    const writer = createRowWriter(counted.db);
    const recent = new RecentPayouts();
    const projectAll = (revision: number) =>
      Promise.all(
        stored.map(({ events }) =>
          projectEvent(counted.db, bed.eventStore, events[revision]!, { recent, writer }),
        ),
      );
    // The first write goes alone; the 29 that arrive while it is in flight go together.
    expect(new Set(await projectAll(0))).toEqual(new Set(['applied']));
    expect(counted.statements).toBe(2);
    // Each payout's next revision folds on the one remembered: no row is read back.
    expect(new Set(await projectAll(1))).toEqual(new Set(['applied']));
    expect(counted.statements).toBe(4);
    for (const { id } of stored) {
      expect(await rowOf(id)).toMatchObject({ revision: '1', amount: '250.00', description: 'corrected' });
    }
  });

  it("writes only the latest of one row's revisions waiting together, and tells each waiter", async () => {
    const [busy, { id, events }] = await Promise.all([storedPayout(), storedPayout()]);
    const rowAt = (events: BusEvent[], revision: number) => {
      const folded = foldPayout(
        events.slice(0, revision + 1).map((e) => parsePayoutEvent(e.type, e.data, 1)),
        null,
      );
      return payoutToRow(folded!, BigInt(revision));
    };
    const counted = counting();
    const writer = createRowWriter(counted.db);
    const inFlight = writer.write(rowAt(busy.events, 0));
    const waiting = [1, 2, 0].map((revision) => writer.write(rowAt(events, revision)));
    expect(await Promise.all([inFlight, ...waiting])).toEqual([true, true, true, true]);
    expect(counted.statements).toBe(2);
    expect(await rowOf(id)).toMatchObject({ revision: '2', status: 'processing' });
    // Behind the table, a write changes nothing and says so.
    expect(await writer.write(rowAt(events, 1))).toBe(false);
    expect((await rowOf(id))?.revision).toBe('2');
  });

  it('sends its upsert through the pool by one name and text whatever the batch size', async () => {
    const [first, ...others] = await Promise.all(Array.from({ length: 4 }, () => storedPayout()));
    const rowAt = ({ events }: { events: BusEvent[] }, revision: number) =>
      payoutToRow(
        foldPayout(
          events.slice(0, revision + 1).map((e) => parsePayoutEvent(e.type, e.data, 1)),
          null,
        )!,
        BigInt(revision),
      );
    const sent: { name?: string; text: string }[] = [];
    const pool: StatementPool = {
      query: <R extends pg.QueryResultRow>(config: pg.QueryConfig) => {
        sent.push({ name: config.name, text: config.text });
        return bed.pool.query<R>(config);
      },
    };
    const writer = createRowWriter(bed.db, { pool });
    // One row goes alone, the three that wait for it go together, then all four again at revision 2.
    const writeAll = (revision: number) =>
      Promise.all([first!, ...others].map((stored) => writer.write(rowAt(stored, revision))));
    expect(await writeAll(0)).toEqual([true, true, true, true]);
    expect(await writeAll(2)).toEqual([true, true, true, true]);
    // Behind the table: nothing changes, and each write says so.
    expect(await writeAll(1)).toEqual([false, false, false, false]);
    expect(sent).toHaveLength(6);
    expect(new Set(sent.map((s) => s.name)).size).toBe(1);
    expect(sent[0]?.name).toMatch(/^projector_upsert_/);
    expect(new Set(sent.map((s) => s.text)).size).toBe(1);
    for (const stored of [first!, ...others]) {
      expect(await rowOf(stored.id)).toMatchObject({ revision: '2', status: 'processing', amount: '250.00' });
    }
  });

  it('writes text that array syntax would trip on exactly as given, through the pool or not', async () => {
    const awkward = 'a "quoted", {braced} \\ back\\slashed NULL\nline';
    for (const pool of [bed.pool, undefined]) {
      const id = await appendPayout(bed.eventStore, (p) => [
        payoutEvents.requested(p, 'tenant-a', {
          description: awkward,
          metadata: { 'k"e,y}': awkward, empty: '' },
          scheduled_for: '2026-07-01T10:00:00.000Z',
        }),
      ]);
      const [event] = (await bed.eventStore.readStream(payoutStreamName(id))).map(toBusEvent);
      const writer = createRowWriter(bed.db, pool ? { pool } : {});
      expect(await projectEvent(bed.db, bed.eventStore, event!, { writer })).toBe('applied');
      expect(await rowOf(id)).toMatchObject({
        description: awkward,
        metadata: { 'k"e,y}': awkward, empty: '' },
        scheduled_for: new Date('2026-07-01T10:00:00.000Z'),
        error_message: null,
        amount: '100.00',
      });
    }
  });

  it('fails every write of a batch whose statement failed, and forgets what it remembered', async () => {
    const { id, events } = await storedPayout();
    const recent = new RecentPayouts();
    let fail = true;
    const failing = bed.db.withPlugin({
      transformQuery: (args) => {
        if (fail && args.node.kind === 'InsertQueryNode') throw new Error('connection lost');
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const writer = createRowWriter(failing);
    await expect(projectEvent(failing, bed.eventStore, events[0]!, { recent, writer })).rejects.toThrow(
      'connection lost',
    );
    expect(recent.get(id)).toBeUndefined();
    expect(await rowOf(id)).toBeUndefined();
    fail = false; // the redelivered message then goes through the same writer
    expect(await projectEvent(failing, bed.eventStore, events[0]!, { recent, writer })).toBe('applied');
    expect((await rowOf(id))?.revision).toBe('0');
  });

  it('remembers at most its capacity of payouts, forgetting the least recently folded', async () => {
    const recent = new RecentPayouts(2);
    const { id, events } = await storedPayout();
    await projectEvent(bed.db, bed.eventStore, events[0]!, { recent });
    const folded = recent.get(id)!;
    recent.remember('a', folded);
    recent.remember('b', folded);
    recent.remember('a', folded); // folded again: now the newest
    recent.remember('c', folded);
    expect([recent.get('a'), recent.get('b'), recent.get('c')]).toEqual([folded, undefined, folded]);
    expect(recent.get(id)).toBeUndefined();
  });

  it('keeps the later fold when a redelivered event folds an earlier revision', () => {
    const recent = new RecentPayouts();
    const payout = { status: 'pending' } as unknown as Payout;
    recent.remember('p', { revision: 3n, payout });
    recent.remember('p', { revision: 2n, payout });
    expect(recent.get('p')?.revision).toBe(3n);
  });

  it('refuses (for redelivery) an event the store does not have yet', async () => {
    const { events } = await storedPayout();
    const ahead = { ...events[2]!, revision: '5' };
    await expect(projectEvent(bed.db, bed.eventStore, ahead)).rejects.toThrow(/no revisions/);
  });

  it('ignores streams that are not payouts', async () => {
    const event = { ...(await storedPayout()).events[0]!, stream_name: `other-${randomUUID()}` };
    expect(await projectEvent(bed.db, bed.eventStore, event)).toBe('ignored');
  });
});
