// Payout events as the command side writes them, for tests that fill the event store by hand.
import { randomUUID } from 'node:crypto';
import { payoutStreamName } from '@payouts/contracts';
import type { EventStore, EventToAppend } from '@payouts/platform';

let clock = Date.parse('2026-06-01T09:00:00.000Z');
/** Strictly increasing occurrence times, so folded updated_at values differ between events. */
function occurredAt(): string {
  clock += 1_000;
  return new Date(clock).toISOString();
}

function event(type: string, data: Record<string, unknown>, actor = 'key-a'): EventToAppend {
  const id = randomUUID();
  return {
    id,
    type,
    data,
    metadata: {
      event_id: id,
      correlation_id: `corr-${id.slice(0, 8)}`,
      causation_id: null,
      actor,
      traceparent: null,
      schema_version: 1,
    },
  };
}

export const payoutEvents = {
  requested: (payoutId: string, tenant = 'tenant-a', overrides: Record<string, unknown> = {}) =>
    event('PayoutRequested', {
      payout_id: payoutId,
      tenant_id: tenant,
      amount: '100.00',
      currency: 'RUB',
      recipient_account: '40817810099910004312',
      description: 'Refund for order A-1001',
      metadata: {},
      scheduled_for: null,
      occurred_at: occurredAt(),
      ...overrides,
    }),
  updated: (payoutId: string, changes: Record<string, unknown>) =>
    event('PayoutUpdated', { payout_id: payoutId, changes, occurred_at: occurredAt() }),
  processingStarted: (payoutId: string, attempt = 1) =>
    event(
      'PayoutProcessingStarted',
      { payout_id: payoutId, attempt, occurred_at: occurredAt() },
      'system:payout-processor',
    ),
  completed: (payoutId: string) =>
    event(
      'PayoutCompleted',
      { payout_id: payoutId, provider_reference: `ref-${payoutId.slice(0, 8)}`, occurred_at: occurredAt() },
      'system:payout-processor',
    ),
  cancelled: (payoutId: string) =>
    event('PayoutCancelled', { payout_id: payoutId, reason: null, occurred_at: occurredAt() }),
};

/** Appends one event at a time (each its own revision) and returns the payout id. */
export async function appendPayout(
  store: EventStore,
  build: (payoutId: string) => EventToAppend[],
  payoutId: string = randomUUID(),
): Promise<string> {
  const stream = payoutStreamName(payoutId);
  for (const e of build(payoutId)) await store.append(stream, [e], 'any');
  return payoutId;
}
