// What the payout processor should do next, as a pure function of the event that arrived, the
// payout's processing state loaded from the event store, and the time: start or retry it (a command
// for the processing decider), pay through the provider, wait (defer the message), or nothing. The
// processor only loads, asks this, and acts (services/payout-processor/src/processPayout.ts), so the
// whole policy is tested here without I/O:
//  - PayoutRequested, PayoutProcessingRequested, and a PayoutUpdated that touches the schedule (a
//    cleared schedule releases the payout now) -> StartProcessing for a pending payout that is due.
//  - PayoutProcessingStarted (attempt n) -> pay attempt n while it is in flight.
//  - PayoutAttemptFailed (attempt n) -> RetryProcessing at its next_attempt_at; until then, defer.
//  - PayoutProcessingRequested(stuck_processing) -> finish what was left: start a pending payout,
//    retry a due failed attempt, or ask the provider about the attempt in flight and settle it.
// A payment message that may repeat one the provider already saw asks the provider first.
import type { PayoutEvent } from './events.ts';
import {
  isAttemptInFlight,
  isDue,
  type ProcessingCommand,
  type ProcessingState,
  type SettledAnswer,
} from './processing.ts';

/** The event the processor reacts to, as the bus delivered it. */
export type ProcessingTrigger = {
  event: PayoutEvent;
  /** When the event was appended to the store (ISO 8601). */
  recorded_at: string;
  /** 1 on this consumer's first delivery of the message; every redelivery adds one. */
  delivery_count: number;
};

export type ProcessingPolicy = {
  /**
   * A payment message whose event is at least this old may repeat one that reached the provider,
   * although delivered for the first time: nats-server 2.9 has redelivered a killed client's
   * message as a first delivery, and after NATS lost its store the relay publishes the event anew.
   * Either comes at least an ack wait after the append, which a fresh first delivery does not, so
   * the processor passes half its ack wait (the other half absorbs clock skew between the database
   * and the replica). Null: only the delivery count says so.
   */
  possible_repeat_after_ms: number | null;
  /**
   * The longest a provider call may take (the processor gives up on it then). With
   * possible_repeat_after_ms it bounds when a call of an attempt can still be running: a first
   * call starts within possible_repeat_after_ms of the attempt, so after twice that (the second
   * half absorbs clock skew) plus this, none is. Null: no bound is known, and a repeat pays as soon
   * as the provider says it knows nothing of the payout.
   */
  provider_timeout_ms?: number | null;
};

export type ProcessingStep =
  /** Decide this command on the state loaded and append at its revision. */
  | { kind: 'command'; command: ProcessingCommand }
  /**
   * Pay this attempt through the provider. `ask_first` (a repeat, or an attempt after one the provider
   * did not answer): ask its status before paying; when it knows
   * nothing of the payout, pay only from `pay_not_before` (an earlier call of the attempt may still
   * be on its way until then: defer the message till that time). `start_by`: a first call must
   * leave before this time, or become a repeat (the message is deferred and comes back as one).
   */
  | {
      kind: 'pay';
      attempt: number;
      ask_first: boolean;
      pay_not_before: string | null;
      start_by: string | null;
    }
  /** Not yet: hand the message back to the bus for `delay_ms`. */
  | { kind: 'defer'; delay_ms: number; reason: string }
  /** Nothing to do for this message. */
  | { kind: 'skip'; reason: string };

/**
 * A provider's answer to a payment or a status query: final (SettledAnswer), or accepted and still
 * being worked on, as asynchronous payout APIs answer (the outcome comes later by callback or status
 * poll). `check_after_ms` is the provider's hint for when to ask again.
 */
export type ProviderAnswer = SettledAnswer | { status: 'accepted'; check_after_ms?: number };

/**
 * How long an accepted payment waits before its status is asked again, when the provider gives no
 * hint: a second keeps a provider that settles in seconds prompt at one status query per second per
 * payout in flight, which is what real payout APIs tolerate for polling.
 */
export const ACCEPTED_CHECK_AFTER_MS = 1_000;

export function nextProcessingStep(
  trigger: ProcessingTrigger,
  state: ProcessingState,
  now: Date,
  policy: ProcessingPolicy = { possible_repeat_after_ms: null },
): ProcessingStep {
  const { event } = trigger;
  switch (event.type) {
    case 'PayoutRequested':
      return startIfDue(state, now);
    case 'PayoutUpdated':
      // Only a schedule change can make a pending payout due (setting one must lie ahead, so in
      // practice: clearing it); other updates leave it to the message that requested it.
      return 'scheduled_for' in event.data.changes
        ? startIfDue(state, now)
        : skip('the update did not change the schedule');
    case 'PayoutProcessingRequested':
      return event.data.reason === 'stuck_processing'
        ? resolveStuck(state, now, policy)
        : startIfDue(state, now);
    case 'PayoutProcessingStarted':
      // A fresh first delivery is the normal path; a repeat may follow a crash after the provider paid.
      if (!isAttemptInFlight(state, event.data.attempt)) {
        return skip('the attempt was settled, superseded, or is waiting to retry');
      }
      return payStep(state, event.data.attempt, mayRepeat(trigger, now, policy), now, policy);
    case 'PayoutAttemptFailed': {
      if (
        state?.payout.status !== 'processing' ||
        state.payout.attempts !== event.data.attempt ||
        state.next_attempt_at === null
      ) {
        return skip('the failed attempt is no longer the latest');
      }
      return retryWhenDue(state.next_attempt_at, now, true);
    }
    default:
      return skip(`${event.type} asks nothing of the processor`);
  }
}

/**
 * After the provider answered attempt `attempt`: settle it (the decider appends nothing if the
 * attempt is no longer in flight by then), or, when the provider accepted the payment and has not
 * settled it yet, wait and ask again.
 */
export function stepAfterAnswer(
  attempt: number,
  answer: ProviderAnswer,
  now: Date,
  retry: { max_attempts: number; retry_delay_ms: number },
): Extract<ProcessingStep, { kind: 'command' | 'defer' }> {
  if (answer.status === 'accepted') {
    return {
      kind: 'defer',
      delay_ms: Math.max(0, answer.check_after_ms ?? ACCEPTED_CHECK_AFTER_MS),
      reason: 'the provider accepted the payment and has not settled it yet',
    };
  }
  return { kind: 'command', command: { type: 'SettleAttempt', data: { attempt, answer, ...retry }, now } };
}

function startIfDue(state: ProcessingState, now: Date): ProcessingStep {
  if (state === null) return skip('no such payout');
  if (state.payout.status !== 'pending') return skip(`the payout is ${state.payout.status}`);
  // Not due: the scheduler releases it at its time (PayoutProcessingRequested).
  if (!isDue(state.payout, now)) return skip(`the payout is scheduled for ${state.payout.scheduled_for}`);
  return { kind: 'command', command: { type: 'StartProcessing', now } };
}

/**
 * Paying attempt `attempt`, which is in flight. Two replicas must not both call the provider for
 * it: a replica paused (or slow) before its call leaves may find, when it resumes, that another
 * replica took the redelivered message, asked the provider, heard of no payment, and paid. So a
 * first call leaves only within the window in which a message is taken for a first delivery, and a
 * repeat that hears of no payment pays only once every call of the window has ended. The payout id
 * is the provider's idempotency key too; this keeps repeat calls from happening at all.
 */
function payStep(
  state: NonNullable<ProcessingState>,
  attempt: number,
  askFirst: boolean,
  now: Date,
  policy: ProcessingPolicy,
): ProcessingStep {
  // A later attempt follows one the provider did not answer, which may still have reached it (its
  // record written, the answer lost): it asks first, and pays at once if the provider knows nothing.
  const afterUnanswered = attempt > 1;
  const startedAt = state.attempt_started_at ? Date.parse(state.attempt_started_at) : Number.NaN;
  const window = policy.possible_repeat_after_ms;
  if (window === null || Number.isNaN(startedAt)) {
    return {
      kind: 'pay',
      attempt,
      ask_first: askFirst || afterUnanswered,
      pay_not_before: null,
      start_by: null,
    };
  }
  if (!askFirst && now.getTime() < startedAt + window) {
    const startBy = new Date(startedAt + window).toISOString();
    return { kind: 'pay', attempt, ask_first: afterUnanswered, pay_not_before: null, start_by: startBy };
  }
  const timeout = policy.provider_timeout_ms ?? null;
  const payNotBefore = timeout === null ? null : new Date(startedAt + 2 * window + timeout).toISOString();
  return { kind: 'pay', attempt, ask_first: true, pay_not_before: payNotBefore, start_by: null };
}

/** The scheduler found the payout in processing for too long: finish what was left undone. */
function resolveStuck(state: ProcessingState, now: Date, policy: ProcessingPolicy): ProcessingStep {
  if (state === null) return skip('no such payout');
  if (state.payout.status === 'pending') return startIfDue(state, now);
  if (state.payout.status !== 'processing') return skip(`the payout is ${state.payout.status}`);
  // The retry's own message may have been lost: start it if it is due, else that message will.
  if (state.next_attempt_at !== null) return retryWhenDue(state.next_attempt_at, now, false);
  // Whatever happened to the attempt in flight, the provider's record says: ask before paying.
  return payStep(state, state.payout.attempts, true, now, policy);
}

function retryWhenDue(nextAttemptAt: string, now: Date, waitForIt: boolean): ProcessingStep {
  const waitMs = Date.parse(nextAttemptAt) - now.getTime();
  if (waitMs <= 0) return { kind: 'command', command: { type: 'RetryProcessing', now } };
  return waitForIt
    ? { kind: 'defer', delay_ms: waitMs, reason: `the next attempt is due at ${nextAttemptAt}` }
    : skip(`the next attempt is due at ${nextAttemptAt}; its own message starts it`);
}

/** Whether this payment message may repeat one that already reached the provider (see ProcessingPolicy). */
function mayRepeat(trigger: ProcessingTrigger, now: Date, policy: ProcessingPolicy): boolean {
  if (trigger.delivery_count > 1) return true;
  if (policy.possible_repeat_after_ms === null) return false;
  return now.getTime() - Date.parse(trigger.recorded_at) >= policy.possible_repeat_after_ms;
}

function skip(reason: string): ProcessingStep {
  return { kind: 'skip', reason };
}

/**
 * Whether a message of this event may lead to a provider call: the processor runs such messages one
 * at a time per payout, so that a duplicate never calls the provider alongside the first.
 */
export function mayCallProvider(event: PayoutEvent): boolean {
  return (
    event.type === 'PayoutProcessingStarted' ||
    (event.type === 'PayoutProcessingRequested' && event.data.reason === 'stuck_processing')
  );
}
