// Test helpers for the processor: a payout appended as the command API would, its events as the bus
// carries them, and a provider that counts every call (and is NOT idempotent: each pay call that
// succeeds counts as a payment, so a test can see the processor itself paying twice).
import { randomUUID } from 'node:crypto';
import {
  type BusEvent,
  type PayoutEvent,
  type ProcessingRequestReason,
  parsePayoutEvent,
  payoutDecider,
  payoutProcessingDecider,
  payoutStreamName,
} from '@payouts/contracts';
import {
  type EventStore,
  handleCommand,
  type Infrastructure,
  publishEvent,
  type Running,
  toBusEvent,
} from '@payouts/platform';
import {
  type PaymentOutcome,
  type PaymentProvider,
  type PaymentRequest,
  ProviderUnavailable,
} from '../provider/port.ts';

export const TEST_CONTEXT = { correlation_id: 'test', causation_id: null, actor: 'test', traceparent: null };

export async function requestPayout(
  store: EventStore,
  options: { recipient_account?: string; scheduled_for?: Date | null; now?: Date } = {},
): Promise<string> {
  const payoutId = randomUUID();
  await handleCommand(
    store,
    payoutDecider,
    payoutStreamName(payoutId),
    {
      type: 'RequestPayout',
      data: {
        payout_id: payoutId,
        tenant_id: 'acme',
        amount: '100.50',
        currency: 'RUB',
        recipient_account: options.recipient_account ?? '40817810099910004312',
        description: null,
        metadata: {},
        scheduled_for: options.scheduled_for ? options.scheduled_for.toISOString() : null,
      },
      now: options.now ?? new Date(),
    },
    TEST_CONTEXT,
    { expected: 'no_stream' },
  );
  return payoutId;
}

export async function dispatch(
  store: EventStore,
  payoutId: string,
  reason: ProcessingRequestReason,
  now = new Date(),
): Promise<void> {
  await handleCommand(
    store,
    payoutProcessingDecider,
    payoutStreamName(payoutId),
    { type: 'RequestProcessing', data: { reason, not_dispatched_since: null }, now },
    TEST_CONTEXT,
  );
}

/** The payout's events as the bus carries them, oldest first. */
export async function busEvents(store: EventStore, payoutId: string): Promise<BusEvent[]> {
  return (await store.readStream(payoutStreamName(payoutId))).map(toBusEvent);
}

export async function lastBusEvent(store: EventStore, payoutId: string, type?: string): Promise<BusEvent> {
  const events = (await busEvents(store, payoutId)).filter((e) => type === undefined || e.type === type);
  const last = events.at(-1);
  if (!last) throw new Error(`payout ${payoutId} has no ${type ?? ''} event`);
  return last;
}

export async function eventTypes(store: EventStore, payoutId: string): Promise<string[]> {
  return (await busEvents(store, payoutId)).map((e) => e.type);
}

export async function payoutEvents(store: EventStore, payoutId: string): Promise<PayoutEvent[]> {
  return (await busEvents(store, payoutId)).map((e) => parsePayoutEvent(e.type, e.data));
}

export type CountingProvider = PaymentProvider & {
  payCalls: Map<string, number>;
  statusCalls: Map<string, number>;
  /** Makes pay calls wait until `release()`; for races. */
  hold(): { release(): void };
  paymentsFor(payoutId: string): number;
};

/** `script(request, call)` answers each pay call (1-based per payout); paid/declined outcomes are remembered for status. */
export function countingProvider(
  script: (request: PaymentRequest, call: number) => PaymentOutcome | 'unavailable' = () => ({
    status: 'paid',
    reference: `ref_${randomUUID()}`,
  }),
): CountingProvider {
  const payCalls = new Map<string, number>();
  const statusCalls = new Map<string, number>();
  const payments = new Map<string, number>();
  const outcomes = new Map<string, PaymentOutcome>();
  let gate: Promise<void> | null = null;
  return {
    payCalls,
    statusCalls,
    hold() {
      let release = () => {};
      gate = new Promise((resolve) => {
        release = resolve;
      });
      return {
        release: () => {
          gate = null;
          release();
        },
      };
    },
    paymentsFor: (id) => payments.get(id) ?? 0,
    async pay(request) {
      const call = (payCalls.get(request.payout_id) ?? 0) + 1;
      payCalls.set(request.payout_id, call);
      if (gate) await gate;
      const outcome = script(request, call);
      if (outcome === 'unavailable') throw new ProviderUnavailable('test provider: unavailable');
      if (outcome.status === 'paid')
        payments.set(request.payout_id, (payments.get(request.payout_id) ?? 0) + 1);
      outcomes.set(request.payout_id, outcome);
      return outcome;
    },
    async status(payoutId) {
      statusCalls.set(payoutId, (statusCalls.get(payoutId) ?? 0) + 1);
      return outcomes.get(payoutId) ?? null;
    },
  };
}

/**
 * A relay for tests (the real one belongs to command-api, which the processor must not import):
 * publishes every stored event to the test's own stream, message id = event id, as the relay does.
 */
export function startTestRelay(infra: Infrastructure): Running {
  const controller = new AbortController();
  const done = infra.eventStore.subscribeToAll(
    async (batch) => {
      await Promise.all(batch.map((event) => publishEvent(infra.bus, event)));
    },
    { signal: controller.signal },
  );
  return {
    async stop() {
      controller.abort();
      await done;
    },
  };
}

export type SettlingLaterProvider = PaymentProvider & {
  payCalls: Map<string, number>;
  statusCalls: Map<string, number>;
  /** Settles the payment of this payout as paid (a provider's callback, say). */
  settle(payoutId: string): void;
};

/**
 * An asynchronous provider, as real payout APIs are: `pay` accepts the payment and answers at once;
 * the payment is settled later, by `settle` or by itself `settleAfterMs` after it was accepted, and
 * only `status` tells. Paying a payout twice accepts it once.
 */
export function settlingLaterProvider(
  options: { settleAfterMs?: number; checkAfterMs?: number } = {},
): SettlingLaterProvider {
  const payCalls = new Map<string, number>();
  const statusCalls = new Map<string, number>();
  const accepted = new Map<string, number>();
  const settled = new Map<string, PaymentOutcome>();
  const answer = (
    payoutId: string,
  ): PaymentOutcome | { status: 'accepted'; check_after_ms?: number } | null => {
    const at = accepted.get(payoutId);
    if (at === undefined) return null;
    if (
      options.settleAfterMs !== undefined &&
      Date.now() - at >= options.settleAfterMs &&
      !settled.has(payoutId)
    ) {
      settled.set(payoutId, { status: 'paid', reference: `async_${payoutId}` });
    }
    return (
      settled.get(payoutId) ?? {
        status: 'accepted',
        ...(options.checkAfterMs === undefined ? {} : { check_after_ms: options.checkAfterMs }),
      }
    );
  };
  return {
    payCalls,
    statusCalls,
    settle(payoutId) {
      settled.set(payoutId, { status: 'paid', reference: `async_${payoutId}` });
    },
    async pay(request) {
      payCalls.set(request.payout_id, (payCalls.get(request.payout_id) ?? 0) + 1);
      if (!accepted.has(request.payout_id)) accepted.set(request.payout_id, Date.now());
      return answer(request.payout_id) ?? { status: 'accepted' };
    },
    async status(payoutId) {
      statusCalls.set(payoutId, (statusCalls.get(payoutId) ?? 0) + 1);
      return answer(payoutId);
    },
  };
}
