// The payout's processing rules: the payout decider's state plus what only processing and scheduling
// need (when the next attempt may start, when processing was last dispatched), and the commands the
// processor and the scheduler send. Kept apart from `Payout` because that state is what clients and
// the read model see; a retry schedule is not part of it. Pure, like decide.ts.
import { decide, type PayoutCommand, PayoutRejected } from './decide.ts';
import type { PayoutEvent, ProcessingRequestReason } from './events.ts';
import { evolve, type Payout } from './payout.ts';

export type ProcessingState = {
  payout: Payout;
  /** Set while the last attempt failed transiently: when the next one may start. */
  next_attempt_at: string | null;
  /** When processing was last asked for by PayoutProcessingRequested. */
  dispatched_at: string | null;
  /**
   * When the attempt in flight started (its PayoutProcessingStarted). Absent in states folded
   * before it was kept (the scheduler stores them).
   */
  attempt_started_at?: string | null;
} | null;

export const initialProcessingState: ProcessingState = null;

export type ProcessingCommand =
  | Extract<PayoutCommand, { type: 'StartProcessing' | 'CompletePayout' | 'FailPayout' }>
  /**
   * Ask for processing again (the scheduler). `not_dispatched_since`: when the payout was already
   * dispatched at or after this time, nothing happens, so a job that runs twice dispatches once.
   */
  | {
      type: 'RequestProcessing';
      data: { reason: ProcessingRequestReason; not_dispatched_since: Date | null };
      now: Date;
    }
  /**
   * The provider could not answer the current attempt (timeout, outage). The payout retries after
   * `retry_delay_ms` while fewer than `max_attempts` attempts started; then it fails for good.
   */
  | {
      type: 'RecordTransientFailure';
      data: { code: string; message: string; max_attempts: number; retry_delay_ms: number };
      now: Date;
    }
  /** Start the next attempt once the failed one's `next_attempt_at` has come. */
  | { type: 'RetryProcessing'; now: Date }
  /**
   * What the provider answered for `attempt`, settled only while that attempt is still the one in
   * flight: a late answer (the attempt was settled, superseded or is waiting to retry) changes
   * nothing, so the command may be decided again on a reloaded stream after a conflict.
   * `max_attempts` and `retry_delay_ms` shape an `unavailable` answer as in RecordTransientFailure.
   */
  | {
      type: 'SettleAttempt';
      data: { attempt: number; answer: SettledAnswer; max_attempts: number; retry_delay_ms: number };
      now: Date;
    };

/**
 * A payment provider's final answer for one attempt: paid, declined for good, or no answer this time
 * (timeout, outage; the same request may be sent again). The port's richer answers are in
 * nextProcessingStep.ts.
 */
export type SettledAnswer =
  | { status: 'paid'; reference: string }
  | { status: 'declined'; code: string; message: string }
  | { status: 'unavailable'; message: string };

/** The payout is in processing, in this attempt, and the attempt has not failed yet. */
export function isAttemptInFlight(
  state: ProcessingState,
  attempt: number,
): state is NonNullable<ProcessingState> {
  return (
    state !== null &&
    state.payout.status === 'processing' &&
    state.payout.attempts === attempt &&
    state.next_attempt_at === null
  );
}

/** PayoutFailed's code when transient failures used up every attempt. */
export const ATTEMPTS_EXHAUSTED = 'attempts_exhausted';

export function evolveProcessing(state: ProcessingState, event: PayoutEvent): ProcessingState {
  const payout = evolve(state?.payout ?? null, event);
  if (payout === null) return null;
  let next_attempt_at = state?.next_attempt_at ?? null;
  let dispatched_at = state?.dispatched_at ?? null;
  let attempt_started_at = state?.attempt_started_at;
  switch (event.type) {
    case 'PayoutProcessingRequested':
      dispatched_at = event.data.occurred_at;
      break;
    case 'PayoutAttemptFailed':
      next_attempt_at = event.data.next_attempt_at;
      break;
    case 'PayoutProcessingStarted':
      next_attempt_at = null;
      attempt_started_at = event.data.occurred_at;
      break;
    case 'PayoutCompleted':
    case 'PayoutFailed':
      next_attempt_at = null;
      break;
  }
  // Built field by field, in one of two shapes, rather than spread from the previous state: the
  // spread met states of several shapes and cost ~2 us per event, most of the processor's fold.
  // A state folded before attempt_started_at was kept still has none until its next attempt.
  return attempt_started_at === undefined
    ? { next_attempt_at, dispatched_at, payout }
    : { next_attempt_at, dispatched_at, payout, attempt_started_at };
}

export function decideProcessing(command: ProcessingCommand, state: ProcessingState): PayoutEvent[] {
  if (state === null) throw new PayoutRejected('not_found', 'payout not found');
  const { payout } = state;
  const payout_id = payout.id;
  const occurred_at = command.now.toISOString();
  switch (command.type) {
    case 'StartProcessing':
    case 'CompletePayout':
    case 'FailPayout':
      return decide(command, payout);
    case 'RequestProcessing': {
      const { reason, not_dispatched_since } = command.data;
      // Each reason names the status it was meant for; a payout that moved on is not dispatched.
      requireStatus(payout, reason === 'stuck_processing' ? 'processing' : 'pending');
      if (reason !== 'stuck_processing' && !isDue(payout, command.now)) {
        throw new PayoutRejected('not_due', `payout is scheduled for ${payout.scheduled_for}`);
      }
      if (
        not_dispatched_since !== null &&
        state.dispatched_at !== null &&
        Date.parse(state.dispatched_at) >= not_dispatched_since.getTime()
      ) {
        return [];
      }
      return [{ type: 'PayoutProcessingRequested', data: { payout_id, reason, occurred_at } }];
    }
    case 'RecordTransientFailure': {
      const { code, message, max_attempts, retry_delay_ms } = command.data;
      if (!Number.isInteger(max_attempts) || max_attempts < 1 || !(retry_delay_ms >= 0)) {
        throw new Error(
          `invalid retry policy: max_attempts ${max_attempts}, retry_delay_ms ${retry_delay_ms}`,
        );
      }
      requireStatus(payout, 'processing');
      if (state.next_attempt_at !== null) {
        throw new PayoutRejected(
          'wrong_status',
          `attempt ${payout.attempts} already failed; the next one is due at ${state.next_attempt_at}`,
          { status: payout.status },
        );
      }
      if (payout.attempts >= max_attempts) {
        return [
          {
            type: 'PayoutFailed',
            data: {
              payout_id,
              code: ATTEMPTS_EXHAUSTED,
              message: `gave up after ${payout.attempts} attempts; last error ${code}: ${message}`,
              retryable: true,
              attempt: payout.attempts,
              occurred_at,
            },
          },
        ];
      }
      const next_attempt_at = new Date(command.now.getTime() + retry_delay_ms).toISOString();
      return [
        {
          type: 'PayoutAttemptFailed',
          data: {
            payout_id,
            attempt: payout.attempts,
            code,
            message,
            retryable: true,
            next_attempt_at,
            occurred_at,
          },
        },
      ];
    }
    case 'SettleAttempt':
      return settleAttempt(command, state);
    case 'RetryProcessing': {
      requireStatus(payout, 'processing');
      if (state.next_attempt_at === null) {
        throw new PayoutRejected(
          'wrong_status',
          `attempt ${payout.attempts} has not failed; nothing to retry`,
          {
            status: payout.status,
          },
        );
      }
      if (Date.parse(state.next_attempt_at) > command.now.getTime()) {
        throw new PayoutRejected('not_due', `the next attempt is due at ${state.next_attempt_at}`);
      }
      return [
        { type: 'PayoutProcessingStarted', data: { payout_id, attempt: payout.attempts + 1, occurred_at } },
      ];
    }
  }
}

function settleAttempt(
  command: Extract<ProcessingCommand, { type: 'SettleAttempt' }>,
  state: NonNullable<ProcessingState>,
): PayoutEvent[] {
  const { attempt, answer, max_attempts, retry_delay_ms } = command.data;
  if (!isAttemptInFlight(state, attempt)) return [];
  const now = command.now;
  switch (answer.status) {
    case 'paid':
      return decide(
        { type: 'CompletePayout', data: { provider_reference: answer.reference }, now },
        state.payout,
      );
    case 'declined':
      return decide(
        { type: 'FailPayout', data: { code: answer.code, message: answer.message, retryable: false }, now },
        state.payout,
      );
    case 'unavailable':
      return decideProcessing(
        {
          type: 'RecordTransientFailure',
          data: { code: 'provider_unavailable', message: answer.message, max_attempts, retry_delay_ms },
          now,
        },
        state,
      );
  }
}

/**
 * Whether a payout's time has come: it has no schedule, or its `scheduled_for` is not after `now`.
 * The scheduler's release and stale-pending queries restate this in SQL (jobs.ts).
 */
export function isDue(payout: Payout, now: Date): boolean {
  return payout.scheduled_for === null || Date.parse(payout.scheduled_for) <= now.getTime();
}

function requireStatus(payout: Payout, status: 'pending' | 'processing'): void {
  if (payout.status !== status) {
    throw new PayoutRejected('wrong_status', `payout is ${payout.status}; expected ${status}`, {
      status: payout.status,
    });
  }
}
