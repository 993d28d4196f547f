// The projector's revision rule against the real event store: the next revision applies, an older one
// is ignored, a newer one heals the gap from the store first (a message NATS lost, or revision 2
// arriving before 1).
import { randomUUID } from 'node:crypto';
import { payoutStreamName } from '@payouts/contracts';
import { toBusEvent } from '@payouts/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendPayout, payoutEvents } from '../testing/payoutEvents.ts';
import { createQueryTestbed, type QueryTestbed } from '../testing/queryTestbed.ts';
import { projectEvent, RecentRows } from './projector.ts';

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
  const payoutIdOf = (event: { stream_name: string }) => event.stream_name.slice('payout-'.length);
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

  it('trusts a remembered row only as far as the guarded write agrees with the table', async () => {
    const { id, events } = await storedPayout();
    const rows = new RecentRows();
    await projectEvent(bed.db, bed.eventStore, events[0]!, { rows });
    await projectEvent(bed.db, bed.eventStore, events[1]!, { rows });
    expect(rows.get(id)?.revision).toBe('1');
    // The table lost the row behind the projector's back (a rebuild switched tables, say).
    await bed.db.deleteFrom('payouts').where('id', '=', id).execute();
    expect(await projectEvent(bed.db, bed.eventStore, events[2]!, { rows })).toBe('healed');
    expect(await rowOf(id)).toMatchObject({ revision: '2', amount: '250.00', status: 'processing' });
    expect(rows.get(id)?.revision).toBe('2');
  });

  it('remembers at most its capacity of rows, forgetting the least recently written', async () => {
    const rows = new RecentRows(2);
    const { events } = await storedPayout();
    await projectEvent(bed.db, bed.eventStore, events[0]!, { rows });
    const row = (await rowOf(payoutIdOf(events[0]!)))!;
    rows.remember({ ...row, id: 'a' });
    rows.remember({ ...row, id: 'b' });
    rows.remember({ ...row, id: 'a' }); // written again: now the newest
    rows.remember({ ...row, id: 'c' });
    expect([rows.get('a')?.id, rows.get('b')?.id, rows.get('c')?.id]).toEqual(['a', undefined, 'c']);
    expect(rows.get(row.id)).toBeUndefined();
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
