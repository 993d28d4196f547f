// The processor's policy under generated histories (fast-check, seeded: a failure prints the seed and
// the shrunk case; FC_SEED=<seed> replays it). Histories come from the payout's own rules, so every
// state is one the event store can hold; triggers are any event of the history, delivered late,
// again, or out of order, as the bus may. Whatever arrives:
//  - the policy and the decider agree: a command step is one the decider accepts on that state;
//  - nothing happens twice: once a command's events are appended, the same message asks nothing more;
//  - only an attempt in flight is paid, only by a message that may call the provider, and a payment
//    that may repeat one asks the provider first;
//  - a settled payout is left alone; a deferral waits a positive time;
//  - settling an attempt that is no longer in flight appends nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, type PayoutCommand, PayoutRejected } from './decide.ts';
import type { PayoutEvent } from './events.ts';
import { mayCallProvider, nextProcessingStep, stepAfterAnswer } from './nextProcessingStep.ts';
import { TERMINAL_STATUSES } from './payout.ts';
import {
  decideProcessing,
  evolveProcessing,
  isAttemptInFlight,
  type ProcessingCommand,
  type ProcessingState,
} from './processing.ts';

const RUNS = 5_000;
const SEED =
  process.env.FC_SEED === undefined
    ? Date.now() ^ (Math.random() * 0x100000000)
    : Number(process.env.FC_SEED);

type Move = (now: Date, state: NonNullable<ProcessingState>) => PayoutCommand | ProcessingCommand;

const answer = fc.constantFrom(
  { status: 'paid', reference: 'ref' } as const,
  { status: 'declined', code: 'account_closed', message: 'closed' } as const,
  { status: 'unavailable', message: 'timeout' } as const,
);

/** What clients, the processor and the scheduler may do to a payout, in any order. */
const move: fc.Arbitrary<Move> = fc.oneof(
  fc.constant<Move>((now) => ({ type: 'UpdatePayout', data: { changes: { scheduled_for: null } }, now })),
  fc.constant<Move>((now) => ({ type: 'UpdatePayout', data: { changes: { description: 'x' } }, now })),
  fc.constant<Move>((now) => ({ type: 'CancelPayout', data: { reason: null }, now })),
  fc.constant<Move>((now) => ({ type: 'StartProcessing', now })),
  fc.record({ answer, maxAttempts: fc.integer({ min: 1, max: 4 }), late: fc.boolean() }).map(
    ({ answer, maxAttempts, late }): Move =>
      (now, state) => ({
        type: 'SettleAttempt',
        data: {
          attempt: state.payout.attempts - (late ? 1 : 0),
          answer,
          max_attempts: maxAttempts,
          retry_delay_ms: 5_000,
        },
        now,
      }),
  ),
  fc.constant<Move>((now) => ({ type: 'RetryProcessing', now })),
  fc.constantFrom('scheduled_release', 'stale_pending', 'stuck_processing').map(
    (reason): Move =>
      (now) => ({ type: 'RequestProcessing', data: { reason, not_dispatched_since: null }, now }),
  ),
);

const scenario = fc.record({
  scheduledInSeconds: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
  moves: fc.array(fc.tuple(move, fc.integer({ min: 0, max: 20_000 })), { maxLength: 15 }),
  /** Which event of the history arrives (modulo its length), how late, which delivery. */
  trigger: fc.nat(),
  lateMs: fc.integer({ min: 0, max: 60_000 }),
  delivery: fc.integer({ min: 1, max: 3 }),
  possibleRepeatAfterMs: fc.option(fc.constantFrom(1_000, 15_000), { nil: null }),
});

function isProcessingCommand(command: PayoutCommand | ProcessingCommand): command is ProcessingCommand {
  return ['StartProcessing', 'SettleAttempt', 'RetryProcessing', 'RequestProcessing'].includes(command.type);
}

function decideAny(command: PayoutCommand | ProcessingCommand, state: NonNullable<ProcessingState>) {
  return isProcessingCommand(command) ? decideProcessing(command, state) : decide(command, state.payout);
}

/** The payout's history from its own rules: a request, then the generated moves the rules accepted. */
function historyOf(scheduledInSeconds: number | null, moves: [Move, number][], start: Date) {
  let now = start;
  const history: PayoutEvent[] = decide(
    {
      type: 'RequestPayout',
      data: {
        payout_id: '00000000-0000-4000-8000-000000000001',
        tenant_id: 't1',
        amount: '10.00',
        currency: 'RUB',
        recipient_account: 'ACC',
        description: null,
        metadata: {},
        scheduled_for:
          scheduledInSeconds === null
            ? null
            : new Date(start.getTime() + scheduledInSeconds * 1000).toISOString(),
      },
      now,
    },
    null,
  );
  let state = history.reduce(evolveProcessing, null);
  for (const [next, elapsedMs] of moves) {
    now = new Date(now.getTime() + elapsedMs);
    if (state === null) break;
    try {
      const events = decideAny(next(now, state), state);
      history.push(...events);
      state = events.reduce(evolveProcessing, state);
    } catch (err) {
      if (!(err instanceof PayoutRejected)) throw err;
    }
  }
  return { history, state, now };
}

describe('the processing policy under generated histories', () => {
  it(`holds in ${RUNS} histories`, () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const {
          history,
          state,
          now: last,
        } = historyOf(s.scheduledInSeconds, s.moves, new Date('2026-01-01T00:00:00Z'));
        const event = history[s.trigger % history.length];
        if (!event || state === null) throw new Error('a history always holds its request');
        const now = new Date(last.getTime() + s.lateMs);
        const trigger = { event, recorded_at: event.data.occurred_at, delivery_count: s.delivery };
        const policy = { possible_repeat_after_ms: s.possibleRepeatAfterMs };
        const step = nextProcessingStep(trigger, state, now, policy);

        if (TERMINAL_STATUSES.has(state.payout.status)) expect(step.kind).toBe('skip');
        switch (step.kind) {
          case 'command': {
            // The decider accepts what the policy asks for, and appends something.
            const events = decideProcessing(step.command, state);
            expect(events.length).toBeGreaterThan(0);
            // Redelivered after the append: nothing more of the same.
            const after = events.reduce(evolveProcessing, state);
            const again = nextProcessingStep(trigger, after, now, policy);
            if (again.kind === 'command') expect(again.command.type).not.toBe(step.command.type);
            break;
          }
          case 'pay':
            expect(mayCallProvider(event)).toBe(true);
            expect(isAttemptInFlight(state, step.attempt)).toBe(true);
            if (s.delivery > 1) expect(step.ask_first).toBe(true);
            break;
          case 'defer':
            expect(step.delay_ms).toBeGreaterThan(0);
            break;
          case 'skip':
            break;
        }

        // Settling any attempt but the one in flight appends nothing, whatever the answer.
        for (let attempt = 1; attempt <= state.payout.attempts + 1; attempt++) {
          if (isAttemptInFlight(state, attempt)) continue;
          const settle = stepAfterAnswer(attempt, { status: 'paid', reference: 'late' }, now, {
            max_attempts: 3,
            retry_delay_ms: 1_000,
          });
          if (settle.kind === 'command') expect(decideProcessing(settle.command, state)).toEqual([]);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
