// The payout's commands as the command API runs them (handleCommand with the payout decider), on the
// in-memory event store: what each command stores, and what is refused, in milliseconds. The HTTP
// routes over the real PostgreSQL store are proved in createPayout.int.test.ts and
// updateCancel.int.test.ts.
import { randomUUID } from 'node:crypto';
import { type PayoutCommand, PayoutRejected, payoutDecider, payoutStreamName } from '@payouts/contracts';
import { handleCommand, WrongExpectedRevision } from '@payouts/platform';
import { createInMemoryEventStore } from '@payouts/platform/testing';
import { describe, expect, it } from 'vitest';

const now = new Date('2026-12-01T10:00:00.000Z');
const context = { correlation_id: 'corr', causation_id: null, actor: 'key-a', traceparent: null };

function request(payout_id: string): PayoutCommand {
  return {
    type: 'RequestPayout',
    data: {
      payout_id,
      tenant_id: 'tenant-a',
      amount: '100.5',
      currency: 'rub',
      recipient_account: '40817810099910004312',
      description: null,
      metadata: {},
      scheduled_for: null,
    },
    now,
  };
}

describe('payout commands through handleCommand (in memory)', () => {
  it('requests, updates and cancels a payout, each event stored at the next revision', async () => {
    const store = createInMemoryEventStore();
    const id = randomUUID();
    const stream = payoutStreamName(id);
    const created = await handleCommand(store, payoutDecider, stream, request(id), context, {
      expected: 'no_stream',
    });
    expect(created.revision).toBe(0n);
    expect(created.state).toMatchObject({ id, status: 'pending', amount: '100.50', currency: 'RUB' });
    const updated = await handleCommand(
      store,
      payoutDecider,
      stream,
      { type: 'UpdatePayout', data: { changes: { amount: '7' } }, now },
      context,
      { expected: 0n },
    );
    expect(updated).toMatchObject({ revision: 1n, state: { amount: '7.00', status: 'pending' } });
    const cancelled = await handleCommand(
      store,
      payoutDecider,
      stream,
      { type: 'CancelPayout', data: { reason: 'duplicate' }, now },
      context,
    );
    expect(cancelled).toMatchObject({ revision: 2n, state: { status: 'cancelled' } });
    expect((await store.readStream(stream)).map((e) => e.type)).toEqual([
      'PayoutRequested',
      'PayoutUpdated',
      'PayoutCancelled',
    ]);
  });

  it('refuses to update a cancelled payout and stores nothing', async () => {
    const store = createInMemoryEventStore();
    const id = randomUUID();
    const stream = payoutStreamName(id);
    await handleCommand(store, payoutDecider, stream, request(id), context, { expected: 'no_stream' });
    await handleCommand(
      store,
      payoutDecider,
      stream,
      { type: 'CancelPayout', data: { reason: null }, now },
      context,
    );
    const refused = handleCommand(
      store,
      payoutDecider,
      stream,
      { type: 'UpdatePayout', data: { changes: { amount: '1.00' } }, now },
      context,
    );
    await expect(refused).rejects.toBeInstanceOf(PayoutRejected);
    await expect(refused).rejects.toMatchObject({ kind: 'wrong_status' });
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('refuses a second request for the same payout id', async () => {
    const store = createInMemoryEventStore();
    const id = randomUUID();
    const stream = payoutStreamName(id);
    await handleCommand(store, payoutDecider, stream, request(id), context, { expected: 'no_stream' });
    await expect(
      handleCommand(store, payoutDecider, stream, request(id), context, { expected: 'no_stream' }),
    ).rejects.toBeInstanceOf(WrongExpectedRevision);
    await expect(handleCommand(store, payoutDecider, stream, request(id), context)).rejects.toMatchObject({
      kind: 'already_exists',
    });
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('lets one of two writers holding the same revision win; the other is a conflict', async () => {
    const store = createInMemoryEventStore();
    const id = randomUUID();
    const stream = payoutStreamName(id);
    await handleCommand(store, payoutDecider, stream, request(id), context, { expected: 'no_stream' });
    const update = (amount: string) =>
      handleCommand(
        store,
        payoutDecider,
        stream,
        { type: 'UpdatePayout', data: { changes: { amount } }, now },
        context,
        { expected: 0n },
      );
    const outcomes = await Promise.allSettled([update('1.00'), update('2.00')]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = outcomes.find((o) => o.status === 'rejected');
    expect(lost?.reason).toBeInstanceOf(WrongExpectedRevision);
    expect(await store.readStream(stream)).toHaveLength(2);
  });
});
