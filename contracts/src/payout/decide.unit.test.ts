// The payout's processing rules as given (past events) / when (a command) / then (new events, or the
// refusal). Property tests of the same decider live in their own file.
import { describe, expect, it } from 'vitest';
import { PayoutRejected } from './decide.ts';
import type { PayoutEvent } from './events.ts';
import {
  ATTEMPTS_EXHAUSTED,
  decideProcessing,
  evolveProcessing,
  type ProcessingCommand,
  type ProcessingState,
} from './processing.ts';

const payout_id = '0b0a4e0e-7c55-4c4b-9d7e-6a0f2f5e8c11';
const T0 = new Date('2026-11-26T10:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const iso = (seconds: number) => at(seconds).toISOString();

function requested(scheduled_for: string | null = null): PayoutEvent {
  return {
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
  };
}
const started = (attempt: number, s = 1): PayoutEvent => ({
  type: 'PayoutProcessingStarted',
  data: { payout_id, attempt, occurred_at: iso(s) },
});
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
  s: number,
  reason: 'stale_pending' | 'scheduled_release' = 'stale_pending',
): PayoutEvent => ({
  type: 'PayoutProcessingRequested',
  data: { payout_id, reason, occurred_at: iso(s) },
});

const fold = (events: PayoutEvent[]): ProcessingState => events.reduce(evolveProcessing, null);

/** given(events).when(command) -> the new events, or the refusal thrown. */
function given(events: PayoutEvent[]) {
  return {
    when(command: ProcessingCommand) {
      return () => decideProcessing(command, fold(events));
    },
  };
}

function rejection(run: () => unknown): PayoutRejected {
  try {
    run();
  } catch (err) {
    if (err instanceof PayoutRejected) return err;
    throw err;
  }
  throw new Error('expected the command to be rejected');
}

describe('StartProcessing', () => {
  it('starts the first attempt of a pending payout', () => {
    expect(given([requested()]).when({ type: 'StartProcessing', now: at(1) })()).toEqual([started(1)]);
  });

  it('refuses a payout scheduled for later as not due', () => {
    const err = rejection(given([requested(iso(60))]).when({ type: 'StartProcessing', now: at(59) }));
    expect(err.kind).toBe('not_due');
  });

  it('starts a scheduled payout once its time has come', () => {
    expect(given([requested(iso(1))]).when({ type: 'StartProcessing', now: at(1) })()).toEqual([started(1)]);
  });

  it('never starts a payout that is not pending', () => {
    for (const history of [
      [requested(), started(1)],
      [requested(), { type: 'PayoutCancelled', data: { payout_id, reason: null, occurred_at: iso(1) } }],
    ] satisfies PayoutEvent[][]) {
      const err = rejection(given(history).when({ type: 'StartProcessing', now: at(5) }));
      expect(err.kind).toBe('wrong_status');
    }
  });
});

describe('RecordTransientFailure', () => {
  const failure = (max_attempts: number, retry_delay_ms = 4_000): ProcessingCommand => ({
    type: 'RecordTransientFailure',
    data: { code: 'provider_unavailable', message: 'timeout', max_attempts, retry_delay_ms },
    now: at(2),
  });

  it('keeps the payout processing and names when the next attempt may start', () => {
    const events = given([requested(), started(1)]).when(failure(3))();
    expect(events).toEqual([attemptFailed(1, 6)]);
    const state = fold([requested(), started(1), ...events]);
    expect(state?.payout.status).toBe('processing');
    expect(state?.next_attempt_at).toBe(iso(6));
  });

  it('fails the payout for good when the last allowed attempt failed', () => {
    const events = given([requested(), started(1), attemptFailed(1, 3), started(2, 4)]).when(failure(2))();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'PayoutFailed',
      data: { code: ATTEMPTS_EXHAUSTED, retryable: true, attempt: 2 },
    });
    expect(JSON.stringify(events[0])).toContain('last error provider_unavailable: timeout');
  });

  it('refuses a second failure of the same attempt (a duplicate)', () => {
    const err = rejection(given([requested(), started(1), attemptFailed(1, 6)]).when(failure(3)));
    expect(err.kind).toBe('wrong_status');
  });

  it('refuses a payout that is not processing', () => {
    expect(rejection(given([requested()]).when(failure(3))).kind).toBe('wrong_status');
  });
});

describe('RetryProcessing', () => {
  const history = [requested(), started(1), attemptFailed(1, 6)];

  it('starts the next attempt when it is due', () => {
    expect(given(history).when({ type: 'RetryProcessing', now: at(6) })()).toEqual([started(2, 6)]);
  });

  it('waits until the next attempt is due', () => {
    expect(rejection(given(history).when({ type: 'RetryProcessing', now: at(5) })).kind).toBe('not_due');
  });

  it('refuses when no attempt failed (the attempt is still in flight)', () => {
    const err = rejection(given([requested(), started(1)]).when({ type: 'RetryProcessing', now: at(9) }));
    expect(err.kind).toBe('wrong_status');
  });

  it('refuses once the payout completed', () => {
    const completed: PayoutEvent = {
      type: 'PayoutCompleted',
      data: { payout_id, provider_reference: 'ref', occurred_at: iso(7) },
    };
    const err = rejection(
      given([...history, started(2, 6), completed]).when({ type: 'RetryProcessing', now: at(9) }),
    );
    expect(err.kind).toBe('wrong_status');
  });
});

describe('RequestProcessing', () => {
  const request = (
    reason: 'stale_pending' | 'scheduled_release' | 'stuck_processing',
    now: number,
    sinceSeconds: number | null,
  ): ProcessingCommand => ({
    type: 'RequestProcessing',
    data: { reason, not_dispatched_since: sinceSeconds === null ? null : at(sinceSeconds) },
    now: at(now),
  });

  it('dispatches a pending payout', () => {
    expect(given([requested()]).when(request('stale_pending', 120, 60))()).toEqual([dispatched(120)]);
  });

  it('dispatches once: nothing when already dispatched since the given time', () => {
    expect(given([requested(), dispatched(100)]).when(request('stale_pending', 120, 60))()).toEqual([]);
  });

  it('dispatches again when the last dispatch is older than the given time', () => {
    expect(given([requested(), dispatched(30)]).when(request('stale_pending', 120, 60))()).toEqual([
      dispatched(120),
    ]);
  });

  it('releases a scheduled payout once, when its time has come', () => {
    const scheduled = requested(iso(3600));
    expect(rejection(given([scheduled]).when(request('scheduled_release', 3599, 3600))).kind).toBe('not_due');
    const release = given([scheduled]).when(request('scheduled_release', 3600, 3600))();
    expect(release).toEqual([dispatched(3600, 'scheduled_release')]);
    expect(given([scheduled, ...release]).when(request('scheduled_release', 3660, 3600))()).toEqual([]);
  });

  it('asks about a stuck payout only while it is processing', () => {
    expect(given([requested(), started(1)]).when(request('stuck_processing', 600, 300))()).toEqual([
      {
        type: 'PayoutProcessingRequested',
        data: { payout_id, reason: 'stuck_processing', occurred_at: iso(600) },
      },
    ]);
    expect(rejection(given([requested()]).when(request('stuck_processing', 600, 300))).kind).toBe(
      'wrong_status',
    );
  });

  it('never dispatches a settled payout', () => {
    const failed: PayoutEvent = {
      type: 'PayoutFailed',
      data: {
        payout_id,
        code: 'declined',
        message: 'closed',
        retryable: false,
        attempt: 1,
        occurred_at: iso(2),
      },
    };
    expect(
      rejection(given([requested(), started(1), failed]).when(request('stale_pending', 600, 300))).kind,
    ).toBe('wrong_status');
  });

  it('changes no field a client sees', () => {
    const before = fold([requested()]);
    const after = fold([requested(), dispatched(100)]);
    expect(after?.payout).toEqual(before?.payout);
    expect(after?.dispatched_at).toBe(iso(100));
  });
});

describe('CompletePayout and FailPayout', () => {
  it('completes a processing payout with the provider reference', () => {
    expect(
      given([requested(), started(1)]).when({
        type: 'CompletePayout',
        data: { provider_reference: 'sim_1' },
        now: at(2),
      })(),
    ).toEqual([
      { type: 'PayoutCompleted', data: { payout_id, provider_reference: 'sim_1', occurred_at: iso(2) } },
    ]);
  });

  it('fails a processing payout with code, message and attempt', () => {
    expect(
      given([requested(), started(1), attemptFailed(1, 3), started(2, 3)]).when({
        type: 'FailPayout',
        data: { code: 'account_closed', message: 'closed', retryable: false },
        now: at(4),
      })(),
    ).toEqual([
      {
        type: 'PayoutFailed',
        data: {
          payout_id,
          code: 'account_closed',
          message: 'closed',
          retryable: false,
          attempt: 2,
          occurred_at: iso(4),
        },
      },
    ]);
  });

  it('settles a payout only once', () => {
    const completed: PayoutEvent = {
      type: 'PayoutCompleted',
      data: { payout_id, provider_reference: 'sim_1', occurred_at: iso(2) },
    };
    const err = rejection(
      given([requested(), started(1), completed]).when({
        type: 'CompletePayout',
        data: { provider_reference: 'sim_2' },
        now: at(3),
      }),
    );
    expect(err.kind).toBe('wrong_status');
  });
});
