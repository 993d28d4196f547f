// The processor's steps against the real PostgreSQL event store, one message at a time, with a
// controllable clock and a provider that counts every call. The bus-driven runs are in
// processor.int.test.ts, the process kills in processorProcess.int.test.ts.
import { ATTEMPTS_EXHAUSTED, type BusEvent, payoutDecider, payoutStreamName } from '@payouts/contracts';
import {
  createKysely,
  createLogger,
  createPool,
  createPostgresEventStore,
  DeferMessage,
  type EventStore,
  handleCommand,
} from '@payouts/platform';
import { createTestDatabase, type TestDatabase } from '@payouts/platform/testing';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { handlePayoutEvent, type ProcessorDeps } from './processPayout.ts';
import type { PaymentProvider } from './provider/port.ts';
import {
  type CountingProvider,
  countingProvider,
  dispatch,
  eventTypes,
  lastBusEvent,
  payoutEvents,
  requestPayout,
  settlingLaterProvider,
  TEST_CONTEXT,
} from './testing/index.ts';

let database: TestDatabase;
let pool: pg.Pool;
let db: Kysely<unknown>;
let store: EventStore;
const logger = createLogger('processor-test', 'silent');

beforeAll(async () => {
  database = await createTestDatabase('processor');
  pool = createPool(database.url, logger);
  db = createKysely(pool);
  store = await createPostgresEventStore(pool, db, { schema: 'event_store' });
});

afterAll(async () => {
  await store?.close();
  await db?.destroy();
  await database?.drop();
});

function clockAt(start: Date) {
  let now = start.getTime();
  return {
    clock: () => new Date(now),
    advance: (ms: number) => (now += ms),
    set: (d: Date) => (now = d.getTime()),
  };
}

function depsWith(provider: PaymentProvider, overrides: Partial<ProcessorDeps> = {}): ProcessorDeps {
  return {
    eventStore: store,
    provider,
    clock: () => new Date(),
    logger,
    retry: { maxAttempts: 3, baseMs: 1_000, maxMs: 60_000 },
    random: () => 0.5,
    paying: new Set(),
    ...overrides,
  };
}

const handle = (deps: ProcessorDeps, message: BusEvent, deliveryCount = 1) =>
  handlePayoutEvent(deps, message, { deliveryCount });

describe('redelivery and duplicates', () => {
  it('the same messages delivered twice give one start, one payment, one completion', async () => {
    const provider = countingProvider();
    const deps = depsWith(provider);
    const id = await requestPayout(store);
    const requested = await lastBusEvent(store, id, 'PayoutRequested');
    expect(await handle(deps, requested)).toBe('started');
    expect(await handle(deps, requested, 2)).toBe('skipped');
    const started = await lastBusEvent(store, id, 'PayoutProcessingStarted');
    expect(await handle(deps, started)).toBe('completed');
    expect(await handle(deps, started, 2)).toBe('skipped');
    expect(await handle(deps, requested, 3)).toBe('skipped');
    expect(await eventTypes(store, id)).toEqual([
      'PayoutRequested',
      'PayoutProcessingStarted',
      'PayoutCompleted',
    ]);
    expect(provider.payCalls.get(id)).toBe(1);
    expect(provider.paymentsFor(id)).toBe(1);
  });

  it('two processors racing on one payout: one starts it, one pays it', async () => {
    const provider = countingProvider();
    const replicaA = depsWith(provider);
    const replicaB = depsWith(provider);
    const id = await requestPayout(store);
    const requested = await lastBusEvent(store, id, 'PayoutRequested');
    await dispatch(store, id, 'stale_pending');
    const redispatch = await lastBusEvent(store, id, 'PayoutProcessingRequested');
    const outcomes = await Promise.all([
      handle(replicaA, requested),
      handle(replicaB, requested),
      handle(replicaA, redispatch),
      handle(replicaB, redispatch),
    ]);
    expect(outcomes.filter((o) => o === 'started')).toHaveLength(1);
    const started = await lastBusEvent(store, id, 'PayoutProcessingStarted');
    // The attempt's message redelivered while the first delivery still pays (ack wait ran out): the
    // duplicate waits for the payment in flight instead of calling the provider alongside it.
    const gate = provider.hold();
    const first = handle(replicaA, started);
    await new Promise((r) => setTimeout(r, 20));
    const duplicate = await handle(replicaA, started, 2).catch((err: unknown) => err);
    expect(duplicate).toBeInstanceOf(DeferMessage);
    gate.release();
    expect(await first).toBe('completed');
    expect(await handle(replicaB, started, 3)).toBe('skipped');
    const types = await eventTypes(store, id);
    expect(types).toEqual([
      'PayoutRequested',
      'PayoutProcessingRequested',
      'PayoutProcessingStarted',
      'PayoutCompleted',
    ]);
    expect(provider.payCalls.get(id)).toBe(1);
    expect(provider.paymentsFor(id)).toBe(1);
  });

  /** A started payout the provider paid, after which the process died before appending: nothing in the stream says so. */
  async function paidButNotRecorded(provider: CountingProvider) {
    const id = await requestPayout(store);
    await handle(depsWith(provider), await lastBusEvent(store, id, 'PayoutRequested'));
    const started = await lastBusEvent(store, id, 'PayoutProcessingStarted');
    const paid = await provider.pay({
      payout_id: id,
      amount: '100.50',
      currency: 'RUB',
      recipient_account: 'x',
    });
    return { id, started, reference: paid.status === 'paid' ? paid.reference : '' };
  }

  it('a processor that died after the provider paid asks the provider instead of paying again', async () => {
    const provider = countingProvider();
    const { id, started, reference } = await paidButNotRecorded(provider);
    expect(await handle(depsWith(provider), started, 2)).toBe('completed');
    expect(provider.statusCalls.get(id)).toBe(1);
    expect(provider.payCalls.get(id)).toBe(1);
    expect((await payoutEvents(store, id)).at(-1)).toMatchObject({
      type: 'PayoutCompleted',
      data: { provider_reference: reference },
    });
  });

  it('asks the provider first when a first delivery comes as late as only a repeat could', async () => {
    // NATS may hand a dead replica's message to the next one as a first delivery, and republishes
    // an event after losing its store: the event's age, not the delivery count, gives that away.
    const ackWaitMs = 8_000;
    const provider = countingProvider();
    const depsAt = (event: BusEvent, msAfterAppend: number) =>
      depsWith(provider, {
        clock: () => new Date(Date.parse(event.recorded_at) + msAfterAppend),
        possibleRepeatAfterMs: ackWaitMs / 2,
      });
    const { id, started, reference } = await paidButNotRecorded(provider);
    expect(await handle(depsAt(started, ackWaitMs + 2_000), started, 1)).toBe('completed');
    expect(provider.statusCalls.get(id)).toBe(1);
    expect(provider.payCalls.get(id)).toBe(1);
    expect((await payoutEvents(store, id)).at(-1)).toMatchObject({ data: { provider_reference: reference } });

    // A fresh first delivery is the normal path: it pays without asking.
    const fresh = await requestPayout(store);
    await handle(depsWith(provider), await lastBusEvent(store, fresh, 'PayoutRequested'));
    const freshStarted = await lastBusEvent(store, fresh, 'PayoutProcessingStarted');
    expect(await handle(depsAt(freshStarted, 50), freshStarted, 1)).toBe('completed');
    expect(provider.statusCalls.get(fresh)).toBeUndefined();
    expect(provider.paymentsFor(fresh)).toBe(1);
  });
});

describe('two replicas and one attempt', () => {
  // Half a 4 s ack wait: a first call leaves within 2 s of the attempt; calls end within 3 s.
  const window = { possibleRepeatAfterMs: 2_000, providerTimeoutMs: 3_000 };

  it('a redelivery the provider knows nothing of waits until no first call can still be on its way', async () => {
    const provider = countingProvider();
    const id = await requestPayout(store);
    await handle(depsWith(provider), await lastBusEvent(store, id, 'PayoutRequested'));
    const started = await lastBusEvent(store, id, 'PayoutProcessingStarted');
    const time = clockAt(new Date(Date.parse(started.recorded_at) + 2_500));
    // Replica B gets the message again while replica A (paused before its call) still holds it.
    const replicaB = depsWith(provider, { clock: time.clock, ...window });
    const deferred = await handle(replicaB, started, 2).catch((err: unknown) => err);
    expect(deferred).toBeInstanceOf(DeferMessage);
    expect(provider.statusCalls.get(id)).toBe(1);
    expect(provider.payCalls.get(id)).toBeUndefined();
    // Replica A resumes past its window: it does not call, and leaves the message to come back.
    const replicaA = depsWith(provider, { clock: time.clock, ...window });
    expect(await handle(replicaA, started, 1).catch((err: unknown) => err)).toBeInstanceOf(DeferMessage);
    expect(provider.payCalls.get(id)).toBeUndefined();
    // Once every call of the window has ended (2 x 2 s + 3 s after the attempt started), B pays, once.
    time.set(new Date(Date.parse(started.recorded_at) + 7_100));
    expect(await handle(replicaB, started, 3)).toBe('completed');
    expect(provider.payCalls.get(id)).toBe(1);
  });

  it('a first call that could not leave in its window becomes a repeat instead of racing one', async () => {
    const provider = countingProvider();
    const id = await requestPayout(store);
    await handle(depsWith(provider), await lastBusEvent(store, id, 'PayoutRequested'));
    const started = await lastBusEvent(store, id, 'PayoutProcessingStarted');
    const time = clockAt(new Date(Date.parse(started.recorded_at) + 100));
    // The policy says pay (in the window); the call waits for a slot until the window has passed.
    const slow = depsWith(provider, {
      clock: time.clock,
      ...window,
      providerCalls: async (work) => {
        time.advance(3_000);
        return work();
      },
    });
    expect(await handle(slow, started, 1).catch((err: unknown) => err)).toBeInstanceOf(DeferMessage);
    expect(provider.payCalls.get(id)).toBeUndefined();
  });

  it('a provider that does not answer in time is an unavailable attempt, retried', async () => {
    const provider = countingProvider();
    const hold = provider.hold();
    const id = await requestPayout(store);
    await handle(depsWith(provider), await lastBusEvent(store, id, 'PayoutRequested'));
    const started = await lastBusEvent(store, id, 'PayoutProcessingStarted');
    const deps = depsWith(provider, { providerTimeoutMs: 200 });
    expect(await handle(deps, started, 1)).toBe('retry_scheduled');
    hold.release();
    expect((await payoutEvents(store, id)).at(-1)).toMatchObject({
      type: 'PayoutAttemptFailed',
      data: { message: 'the provider did not answer within 200 ms' },
    });
  });
});

describe('a call that reached the provider but whose answer was lost', () => {
  it('the retry asks the provider first and settles from its record instead of paying again', async () => {
    const t = clockAt(new Date('2030-03-01T00:00:00.000Z'));
    const provider = countingProvider();
    const hold = provider.hold();
    const id = await requestPayout(store, { now: t.clock() });
    const deps = depsWith(provider, { clock: t.clock, providerTimeoutMs: 200 });
    await handle(deps, await lastBusEvent(store, id, 'PayoutRequested'));
    expect(await handle(deps, await lastBusEvent(store, id, 'PayoutProcessingStarted'))).toBe(
      'retry_scheduled',
    );
    // The provider pays after the processor gave up on its answer: its record exists, the answer is lost.
    hold.release();
    await vi.waitFor(() => expect(provider.paymentsFor(id)).toBe(1));

    t.advance(60_000);
    expect(await handle(deps, await lastBusEvent(store, id, 'PayoutAttemptFailed'))).toBe('retried');
    expect(await handle(deps, await lastBusEvent(store, id, 'PayoutProcessingStarted'))).toBe('completed');
    expect(provider.payCalls.get(id)).toBe(1);
    expect(provider.statusCalls.get(id)).toBe(1);
  });
});

describe('what is never processed', () => {
  it('a payout that is not pending is never started', async () => {
    const provider = countingProvider();
    const deps = depsWith(provider);
    const id = await requestPayout(store);
    await handleCommand(
      store,
      payoutDecider,
      payoutStreamName(id),
      { type: 'CancelPayout', data: { reason: null }, now: new Date() },
      TEST_CONTEXT,
    );
    expect(await handle(deps, await lastBusEvent(store, id, 'PayoutRequested'))).toBe('skipped');
    expect(await eventTypes(store, id)).toEqual(['PayoutRequested', 'PayoutCancelled']);
    expect(provider.payCalls.size).toBe(0);
  });

  it('a scheduled payout is skipped until its time, then started by the release', async () => {
    const t = clockAt(new Date('2030-01-01T08:00:00.000Z'));
    const provider = countingProvider();
    const deps = depsWith(provider, { clock: t.clock });
    const scheduledFor = new Date('2030-01-01T09:00:00.000Z');
    const id = await requestPayout(store, { scheduled_for: scheduledFor, now: t.clock() });
    expect(await handle(deps, await lastBusEvent(store, id, 'PayoutRequested'))).toBe('skipped');
    t.set(new Date(scheduledFor.getTime() - 1));
    expect(await handle(deps, await lastBusEvent(store, id, 'PayoutRequested'), 2)).toBe('skipped');
    expect(await eventTypes(store, id)).toEqual(['PayoutRequested']);
    t.set(scheduledFor);
    await dispatch(store, id, 'scheduled_release', t.clock());
    expect(await handle(deps, await lastBusEvent(store, id, 'PayoutProcessingRequested'))).toBe('started');
    expect(await handle(deps, await lastBusEvent(store, id, 'PayoutProcessingStarted'))).toBe('completed');
    expect(provider.payCalls.get(id)).toBe(1);
  });

  it('clearing the schedule releases a scheduled payout at once; other updates leave it waiting', async () => {
    const provider = countingProvider();
    const deps = depsWith(provider);
    const id = await requestPayout(store, { scheduled_for: new Date(Date.now() + 3_600_000) });
    const update = (changes: Record<string, unknown>) =>
      handleCommand(
        store,
        payoutDecider,
        payoutStreamName(id),
        { type: 'UpdatePayout', data: { changes }, now: new Date() },
        TEST_CONTEXT,
      );
    await update({ description: 'later' });
    expect(await handle(deps, await lastBusEvent(store, id, 'PayoutUpdated'))).toBe('skipped');
    await update({ scheduled_for: null });
    expect(await handle(deps, await lastBusEvent(store, id, 'PayoutUpdated'))).toBe('started');
    expect(await handle(deps, await lastBusEvent(store, id, 'PayoutProcessingStarted'))).toBe('completed');
    expect(provider.payCalls.get(id)).toBe(1);
  });
});

describe('retries', () => {
  it('retries transient failures with growing backoff, then completes', async () => {
    const t = clockAt(new Date('2030-02-01T00:00:00.000Z'));
    const provider = countingProvider((_, call) =>
      call <= 2 ? 'unavailable' : { status: 'paid', reference: 'r3' },
    );
    const deps = depsWith(provider, {
      clock: t.clock,
      retry: { maxAttempts: 5, baseMs: 1_000, maxMs: 60_000 },
    });
    const id = await requestPayout(store, { now: t.clock() });
    await handle(deps, await lastBusEvent(store, id, 'PayoutRequested'));
    expect(await handle(deps, await lastBusEvent(store, id, 'PayoutProcessingStarted'))).toBe(
      'retry_scheduled',
    );

    const failed1 = await lastBusEvent(store, id, 'PayoutAttemptFailed');
    // Not due yet: the message goes back to the bus for exactly the time left.
    const early = await handle(deps, failed1).catch((err: unknown) => err);
    expect(early).toBeInstanceOf(DeferMessage);
    expect((early as DeferMessage).delayMs).toBe(750); // half of 1 s fixed + 0.5 x half jittered
    t.advance(750);
    expect(await handle(deps, failed1, 2)).toBe('retried');
    expect(await handle(deps, failed1, 3)).toBe('skipped'); // a duplicate retries nothing twice

    expect(await handle(deps, await lastBusEvent(store, id, 'PayoutProcessingStarted'))).toBe(
      'retry_scheduled',
    );
    const failed2 = await lastBusEvent(store, id, 'PayoutAttemptFailed');
    t.advance(1_500);
    expect(await handle(deps, failed2)).toBe('retried');
    expect(await handle(deps, await lastBusEvent(store, id, 'PayoutProcessingStarted'))).toBe('completed');

    const events = await payoutEvents(store, id);
    expect(events.map((e) => e.type)).toEqual([
      'PayoutRequested',
      'PayoutProcessingStarted',
      'PayoutAttemptFailed',
      'PayoutProcessingStarted',
      'PayoutAttemptFailed',
      'PayoutProcessingStarted',
      'PayoutCompleted',
    ]);
    const waits = events.flatMap((e) =>
      e.type === 'PayoutAttemptFailed'
        ? [Date.parse(e.data.next_attempt_at) - Date.parse(e.data.occurred_at)]
        : [],
    );
    expect(waits).toEqual([750, 1_500]); // exponential: the step doubles
    expect(events.filter((e) => e.type === 'PayoutProcessingStarted').map((e) => e.data.attempt)).toEqual([
      1, 2, 3,
    ]);
  });

  it('fails the payout with attempts_exhausted after the configured attempts', async () => {
    const t = clockAt(new Date('2030-03-01T00:00:00.000Z'));
    const provider = countingProvider(() => 'unavailable');
    const deps = depsWith(provider, {
      clock: t.clock,
      retry: { maxAttempts: 3, baseMs: 100, maxMs: 60_000 },
    });
    const id = await requestPayout(store, { now: t.clock() });
    await handle(deps, await lastBusEvent(store, id, 'PayoutRequested'));
    for (let attempt = 1; attempt <= 3; attempt++) {
      const outcome = await handle(deps, await lastBusEvent(store, id, 'PayoutProcessingStarted'));
      expect(outcome).toBe(attempt < 3 ? 'retry_scheduled' : 'failed');
      if (attempt < 3) {
        t.advance(60_000);
        expect(await handle(deps, await lastBusEvent(store, id, 'PayoutAttemptFailed'))).toBe('retried');
      }
    }
    const last = (await payoutEvents(store, id)).at(-1);
    expect(last).toMatchObject({
      type: 'PayoutFailed',
      data: { code: ATTEMPTS_EXHAUSTED, attempt: 3, retryable: true },
    });
    expect(provider.payCalls.get(id)).toBe(3);
  });

  it('a permanent refusal fails the payout at once, without retry', async () => {
    const provider = countingProvider(() => ({
      status: 'declined',
      code: 'account_closed',
      message: 'closed',
    }));
    const deps = depsWith(provider);
    const id = await requestPayout(store);
    await handle(deps, await lastBusEvent(store, id, 'PayoutRequested'));
    expect(await handle(deps, await lastBusEvent(store, id, 'PayoutProcessingStarted'))).toBe('failed');
    expect((await payoutEvents(store, id)).at(-1)).toMatchObject({
      type: 'PayoutFailed',
      data: { code: 'account_closed', retryable: false, attempt: 1 },
    });
    expect(provider.payCalls.get(id)).toBe(1);
  });
});

describe('payouts stuck in processing', () => {
  it('asks the provider, and pays only when the provider never saw the payout', async () => {
    const provider: CountingProvider = countingProvider();
    const deps = depsWith(provider);
    const unseen = await requestPayout(store);
    const seen = await requestPayout(store);
    for (const id of [unseen, seen]) await handle(deps, await lastBusEvent(store, id, 'PayoutRequested'));
    await provider.pay({ payout_id: seen, amount: '100.50', currency: 'RUB', recipient_account: 'x' });
    for (const id of [unseen, seen]) {
      await dispatch(store, id, 'stuck_processing');
      expect(await handle(deps, await lastBusEvent(store, id, 'PayoutProcessingRequested'))).toBe(
        'completed',
      );
      expect(provider.statusCalls.get(id)).toBe(1);
      expect(provider.payCalls.get(id)).toBe(1);
      expect((await eventTypes(store, id)).at(-1)).toBe('PayoutCompleted');
    }
  });
});

describe('a provider that answers asynchronously', () => {
  it('accepted now, settled later: the message waits on the bus and asks the status until the outcome', async () => {
    const provider = settlingLaterProvider({ checkAfterMs: 200 });
    const deps = depsWith(provider);
    const id = await requestPayout(store);
    expect(await handle(deps, await lastBusEvent(store, id, 'PayoutRequested'))).toBe('started');
    const started = await lastBusEvent(store, id, 'PayoutProcessingStarted');

    const accepted = await handle(deps, started).catch((err: unknown) => err);
    expect(accepted).toBeInstanceOf(DeferMessage);
    expect((accepted as DeferMessage).delayMs).toBe(200);
    // Still being settled: the redelivery asks the status, pays nothing again, and waits once more.
    expect(await handle(deps, started, 2).catch((err: unknown) => err)).toBeInstanceOf(DeferMessage);
    expect(await eventTypes(store, id)).toEqual(['PayoutRequested', 'PayoutProcessingStarted']);

    provider.settle(id);
    expect(await handle(deps, started, 3)).toBe('completed');
    expect((await payoutEvents(store, id)).at(-1)).toMatchObject({
      type: 'PayoutCompleted',
      data: { provider_reference: `async_${id}` },
    });
    expect(provider.payCalls.get(id)).toBe(1);
    expect(provider.statusCalls.get(id)).toBe(2);
  });
});
