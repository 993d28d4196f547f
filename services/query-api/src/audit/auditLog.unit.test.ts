import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@payouts/platform';
import { describe, expect, it } from 'vitest';
import { stateAsOf } from './auditLog.ts';

const payoutId = randomUUID();
const recorded = (revision: bigint, type: string, data: Record<string, unknown>, recordedAt: string) =>
  ({
    id: randomUUID(),
    streamName: `payout-${payoutId}`,
    type,
    revision,
    position: { commit: revision, prepare: revision },
    recordedAt: new Date(recordedAt),
    data: { payout_id: payoutId, ...data },
    metadata: { schema_version: 1 },
  }) as unknown as RecordedEvent;

const requested = (occurredAt: string, recordedAt: string) =>
  recorded(
    0n,
    'PayoutRequested',
    {
      tenant_id: 'acme',
      amount: '1.00',
      currency: 'RUB',
      recipient_account: 'A',
      description: null,
      metadata: {},
      scheduled_for: null,
      occurred_at: occurredAt,
    },
    recordedAt,
  );

describe('as-of', () => {
  it('finds a payout as of its own created_at, though the store recorded it a millisecond later', () => {
    const createdAt = '2026-12-07T12:00:00.000Z';
    const state = stateAsOf([requested(createdAt, '2026-12-07T12:00:00.001Z')], new Date(createdAt));
    expect(state?.payout.created_at).toBe(createdAt);
  });

  it('shows the state as of an updated_at, and not before it', () => {
    const history = [
      requested('2026-12-07T12:00:00.000Z', '2026-12-07T12:00:00.001Z'),
      recorded(
        1n,
        'PayoutUpdated',
        { changes: { amount: '2.00' }, occurred_at: '2026-12-07T12:00:05.000Z' },
        '2026-12-07T12:00:05.001Z',
      ),
    ];
    expect(stateAsOf(history, new Date('2026-12-07T12:00:05.000Z'))?.payout.amount).toBe('2.00');
    expect(stateAsOf(history, new Date('2026-12-07T12:00:04.999Z'))?.payout.amount).toBe('1.00');
    expect(stateAsOf(history, new Date('2026-12-07T11:59:59.999Z'))).toBeNull();
  });

  it('counts an event from when the store recorded it when that is earlier (a clock running ahead)', () => {
    const history = [requested('2026-12-07T12:00:10.000Z', '2026-12-07T12:00:00.000Z')];
    expect(stateAsOf(history, new Date('2026-12-07T12:00:00.000Z'))).not.toBeNull();
  });
});
