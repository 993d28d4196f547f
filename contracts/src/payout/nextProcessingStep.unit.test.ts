// The processor's policy as given (the payout's past events) / when (the event that arrived, at a
// time) / then (the step). Its properties under generated histories are in
// nextProcessingStep.property.test.ts.
import { describe, expect, it } from 'vitest';
import type { PayoutEvent } from './events.ts';
import {
  ACCEPTED_CHECK_AFTER_MS,
  mayCallProvider,
  nextProcessingStep,
  type ProcessingPolicy,
  type ProcessingStep,
  stepAfterAnswer,
} from './nextProcessingStep.ts';
import { ATTEMPTS_EXHAUSTED, decideProcessing, evolveProcessing } from './processing.ts';

const payout_id = '0b0a4e0e-7c55-4c4b-9d7e-6a0f2f5e8c11';
const T0 = new Date('2026-11-26T10:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const iso = (seconds: number) => at(seconds).toISOString();

const requested = (scheduled_for: string | null = null): PayoutEvent => ({
  type: 'PayoutRequested',
  data: {
    payout_id,
    tenant_id: 'acme',
    amount: '100.50',
    currency: 'RUB',
    recipient_account: '40817810099910004312',
    description: null,
    metadata: {},
    scheduled_for,
    occurred_at: iso(0),
  },
});
const updated = (changes: Record<string, unknown>, s = 1): PayoutEvent => ({
  type: 'PayoutUpdated',
  data: { payout_id, changes, occurred_at: iso(s) },
});
const cancelled: PayoutEvent = {
  type: 'PayoutCancelled',
  data: { payout_id, reason: null, occurred_at: iso(1) },
};
const started = (attempt: number, s = 1): PayoutEvent => ({
  type: 'PayoutProcessingStarted',
  data: { payout_id, attempt, occurred_at: iso(s) },
});
const completed: PayoutEvent = {
  type: 'PayoutCompleted',
  data: { payout_id, provider_reference: 'ref-1', occurred_at: iso(3) },
};
const attemptFailed = (attempt: number, nextAt: number, s = 2): PayoutEvent => ({
  type: 'PayoutAttemptFailed',
  data: {
    payout_id,
    attempt,
    code: 'provider_unavailable',
    message: 'timeout',
    retryable: true,
    next_attempt_at: iso(nextAt),
    occurred_at: iso(s),
  },
});
const dispatched = (
  reason: 'stale_pending' | 'scheduled_release' | 'stuck_processing',
  s = 5,
): PayoutEvent => ({
  type: 'PayoutProcessingRequested',
  data: { payout_id, reason, occurred_at: iso(s) },
});

/** given(past events).when(the event that arrived, at a time, delivery, policy).thenStep(the step) */
function given(...history: PayoutEvent[]) {
  const state = history.reduce(evolveProcessing, null);
  return {
    when(
      trigger: PayoutEvent,
      options: { atSeconds?: number; delivery?: number; policy?: ProcessingPolicy } = {},
    ) {
      const step = nextProcessingStep(
        { event: trigger, recorded_at: trigger.data.occurred_at, delivery_count: options.delivery ?? 1 },
        state,
        at(options.atSeconds ?? 10),
        options.policy,
      );
      return {
        thenStep: (expected: Partial<ProcessingStep> | ProcessingStep['kind']) =>
          typeof expected === 'string'
            ? expect(step.kind).toBe(expected)
            : expect(step).toMatchObject(expected),
      };
    },
  };
}

const start = { kind: 'command', command: { type: 'StartProcessing' } } as unknown as ProcessingStep;
const retry = { kind: 'command', command: { type: 'RetryProcessing' } } as unknown as ProcessingStep;

describe('starting a payout', () => {
  it('a requested payout that is due is started', () => {
    given(requested()).when(requested()).thenStep(start);
  });

  it('a scheduled payout is skipped before its time and started at it', () => {
    given(requested(iso(60)))
      .when(requested(iso(60)), { atSeconds: 59 })
      .thenStep('skip');
    given(requested(iso(60)))
      .when(requested(iso(60)), { atSeconds: 60 })
      .thenStep(start);
    given(requested(iso(60)), dispatched('scheduled_release', 60))
      .when(dispatched('scheduled_release', 60), { atSeconds: 60 })
      .thenStep(start);
  });

  it('clearing the schedule starts it now; an update that leaves the schedule does not', () => {
    given(requested(iso(3600)), updated({ scheduled_for: null }))
      .when(updated({ scheduled_for: null }))
      .thenStep(start);
    given(requested(iso(3600)), updated({ description: 'later' }))
      .when(updated({ description: 'later' }))
      .thenStep('skip');
    // An update of an unscheduled payout is the request's business, not the update's.
    given(requested(), updated({ amount: '5.00' }))
      .when(updated({ amount: '5.00' }))
      .thenStep('skip');
  });

  it('a payout that is not pending is never started', () => {
    given(requested(), cancelled).when(requested()).thenStep('skip');
    given(requested(), started(1)).when(requested(), { delivery: 2 }).thenStep('skip');
    given(requested(), started(1), completed).when(dispatched('stale_pending')).thenStep('skip');
    given().when(requested()).thenStep('skip');
  });
});

describe('paying an attempt', () => {
  it('the attempt in flight is paid; a fresh first delivery does not ask the provider first', () => {
    given(requested(), started(1))
      .when(started(1), { atSeconds: 1 })
      .thenStep({ kind: 'pay', attempt: 1, ask_first: false });
  });

  it('a redelivery, or a first delivery as late as only a repeat could be, asks the provider first', () => {
    given(requested(), started(1))
      .when(started(1), { atSeconds: 1, delivery: 2 })
      .thenStep({ kind: 'pay', attempt: 1, ask_first: true });
    const policy = { possible_repeat_after_ms: 15_000 };
    given(requested(), started(1))
      .when(started(1), { atSeconds: 16, policy })
      .thenStep({ kind: 'pay', attempt: 1, ask_first: true });
    given(requested(), started(1))
      .when(started(1), { atSeconds: 15, policy })
      .thenStep({ kind: 'pay', attempt: 1, ask_first: false });
  });

  describe('two replicas never both call the provider for one attempt', () => {
    // Messages count as possible repeats after 15 s; a provider call ends within 10 s.
    const policy = { possible_repeat_after_ms: 15_000, provider_timeout_ms: 10_000 };

    it('a first call must leave within the window a first delivery has', () => {
      given(requested(), started(1, 1))
        .when(started(1, 1), { atSeconds: 5, policy })
        .thenStep({ kind: 'pay', ask_first: false, start_by: iso(16), pay_not_before: null });
    });

    it('a repeat that hears of no payment pays only once every call of the window has ended', () => {
      // Attempt started at 1 s: first calls leave by 16 s, skew margin to 31 s, calls end by 41 s.
      given(requested(), started(1, 1))
        .when(started(1, 1), { atSeconds: 5, delivery: 2, policy })
        .thenStep({ kind: 'pay', ask_first: true, pay_not_before: iso(41), start_by: null });
      given(requested(), started(1, 1), dispatched('stuck_processing', 20))
        .when(dispatched('stuck_processing', 20), { atSeconds: 20, policy })
        .thenStep({ kind: 'pay', ask_first: true, pay_not_before: iso(41) });
    });

    it('a retry asks first, since the unanswered attempt before it may have reached the provider, then pays at once', () => {
      // Attempt 1 went unanswered (its record may have been written, the answer lost); attempt 2 started at 40 s.
      given(requested(), started(1, 1), attemptFailed(1, 30, 12), started(2, 40))
        .when(started(2, 40), { atSeconds: 41, policy })
        .thenStep({ kind: 'pay', attempt: 2, ask_first: true, start_by: iso(55), pay_not_before: null });
      given(requested(), started(1, 1), attemptFailed(1, 30, 12), started(2, 40))
        .when(started(2, 40), { atSeconds: 41 })
        .thenStep({ kind: 'pay', attempt: 2, ask_first: true, pay_not_before: null, start_by: null });
    });

    it('without a known call timeout a repeat pays as soon as the provider knows nothing', () => {
      given(requested(), started(1, 1))
        .when(started(1, 1), { atSeconds: 5, delivery: 2, policy: { possible_repeat_after_ms: 15_000 } })
        .thenStep({ kind: 'pay', ask_first: true, pay_not_before: null });
    });
  });

  it('a settled, superseded or failed attempt is not paid', () => {
    given(requested(), started(1), completed).when(started(1), { delivery: 2 }).thenStep('skip');
    given(requested(), started(1), attemptFailed(1, 30)).when(started(1), { delivery: 2 }).thenStep('skip');
    given(requested(), started(1), attemptFailed(1, 5), started(2, 6)).when(started(1)).thenStep('skip');
  });
});

describe('retrying a failed attempt', () => {
  it('waits on the bus for exactly the time left, then retries', () => {
    given(requested(), started(1), attemptFailed(1, 30))
      .when(attemptFailed(1, 30), { atSeconds: 25 })
      .thenStep({ kind: 'defer', delay_ms: 5_000 } as ProcessingStep);
    given(requested(), started(1), attemptFailed(1, 30))
      .when(attemptFailed(1, 30), { atSeconds: 30 })
      .thenStep(retry);
  });

  it('an older attempt failure retries nothing', () => {
    given(requested(), started(1), attemptFailed(1, 5), started(2, 6))
      .when(attemptFailed(1, 5), { atSeconds: 10 })
      .thenStep('skip');
  });
});

describe('a payout the scheduler found stuck in processing', () => {
  it('asks the provider about the attempt in flight before anything is paid', () => {
    given(requested(), started(1))
      .when(dispatched('stuck_processing'))
      .thenStep({ kind: 'pay', attempt: 1, ask_first: true });
  });

  it('starts a due retry whose own message was lost, and leaves one not due to that message', () => {
    given(requested(), started(1), attemptFailed(1, 5)).when(dispatched('stuck_processing')).thenStep(retry);
    given(requested(), started(1), attemptFailed(1, 60))
      .when(dispatched('stuck_processing'))
      .thenStep('skip');
  });

  it('starts a payout still pending and leaves a settled one alone', () => {
    given(requested()).when(dispatched('stuck_processing')).thenStep(start);
    given(requested(), started(1), completed).when(dispatched('stuck_processing')).thenStep('skip');
  });
});

describe('after the provider answered', () => {
  const retryPolicy = { max_attempts: 3, retry_delay_ms: 1_000 };

  it('an accepted payment waits and asks again, after the provider hint if it gave one', () => {
    expect(stepAfterAnswer(1, { status: 'accepted' }, at(1), retryPolicy)).toEqual({
      kind: 'defer',
      delay_ms: ACCEPTED_CHECK_AFTER_MS,
      reason: expect.any(String),
    });
    expect(stepAfterAnswer(1, { status: 'accepted', check_after_ms: 250 }, at(1), retryPolicy)).toMatchObject(
      {
        kind: 'defer',
        delay_ms: 250,
      },
    );
  });

  it('a final answer settles the attempt: paid completes, declined fails, unavailable schedules a retry', () => {
    const state = [requested(), started(1)].reduce(evolveProcessing, null);
    const eventsFor = (answer: Parameters<typeof stepAfterAnswer>[1], attempt = 1) => {
      const step = stepAfterAnswer(attempt, answer, at(2), retryPolicy);
      if (step.kind !== 'command') throw new Error('expected a command');
      return decideProcessing(step.command, state);
    };
    expect(eventsFor({ status: 'paid', reference: 'r' })).toMatchObject([
      { type: 'PayoutCompleted', data: { provider_reference: 'r' } },
    ]);
    expect(eventsFor({ status: 'declined', code: 'account_closed', message: 'closed' })).toMatchObject([
      { type: 'PayoutFailed', data: { code: 'account_closed', retryable: false, attempt: 1 } },
    ]);
    expect(eventsFor({ status: 'unavailable', message: 'timeout' })).toMatchObject([
      { type: 'PayoutAttemptFailed', data: { attempt: 1, next_attempt_at: iso(3) } },
    ]);
    // A late answer for an attempt no longer in flight changes nothing.
    expect(eventsFor({ status: 'paid', reference: 'r' }, 2)).toEqual([]);
  });

  it('an unavailable last attempt fails the payout for good', () => {
    const state = [
      requested(),
      started(1),
      attemptFailed(1, 3),
      started(2, 4),
      attemptFailed(2, 6, 5),
      started(3, 7),
    ].reduce(evolveProcessing, null);
    const step = stepAfterAnswer(3, { status: 'unavailable', message: 'timeout' }, at(8), retryPolicy);
    if (step.kind !== 'command') throw new Error('expected a command');
    expect(decideProcessing(step.command, state)).toMatchObject([
      { type: 'PayoutFailed', data: { code: ATTEMPTS_EXHAUSTED, attempt: 3 } },
    ]);
  });
});

describe('which messages may call the provider', () => {
  it('an attempt started, and a stuck payout; nothing else', () => {
    expect(mayCallProvider(started(1))).toBe(true);
    expect(mayCallProvider(dispatched('stuck_processing'))).toBe(true);
    expect(mayCallProvider(dispatched('stale_pending'))).toBe(false);
    expect(mayCallProvider(requested())).toBe(false);
    expect(mayCallProvider(attemptFailed(1, 5))).toBe(false);
  });
});
