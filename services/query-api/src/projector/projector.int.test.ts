// The projector's revision rule against the real event store: the next revision applies, an older one
// is ignored, a newer one heals the gap from the store first (a message NATS lost, or revision 2
// arriving before 1).
import { randomUUID } from 'node:crypto';
import { payoutStreamName } from '@payouts/contracts';
import { toBusEvent } from '@payouts/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendPayout, payoutEvents } from '../testing/payoutEvents.ts';
import { createQueryTestbed, type QueryTestbed } from '../testing/queryTestbed.ts';
import { projectEvent } from './projector.ts';

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
  const rowOf = (id: string) =>
    bed.db.selectFrom('payouts').selectAll().where('id', '=', id).executeTakeFirst();

  it('applies revisions in order and ignores one it already has', async () => {
    const { id, events } = await storedPayout();
    expect(await projectEvent(bed.db, bed.eventStore, events[0]!)).toBe('applied');
    expect(await projectEvent(bed.db, bed.eventStore, events[1]!)).toBe('applied');
    expect(await projectEvent(bed.db, bed.eventStore, events[1]!)).toBe('ignored');
    expect(await projectEvent(bed.db, bed.eventStore, events[0]!)).toBe('ignored');
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
