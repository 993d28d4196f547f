// The payout's rules under random command sequences (fast-check; a failure prints the seed and the
// shrunk sequence that reproduce it). Whatever clients, the processor and the scheduler send, in
// whatever order: only legal status transitions, terminal states absorb, the terms freeze once
// processing started, and a payout ends with exactly one terminal event.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, type PayoutCommand, PayoutRejected } from './decide.ts';
import { type PayoutEvent, type PayoutStatus, parsePayoutEvent } from './events.ts';
import { TERMINAL_STATUSES } from './payout.ts';
import {
  decideProcessing,
  evolveProcessing,
  type ProcessingCommand,
  type ProcessingState,
} from './processing.ts';

const RUNS = 10_000;

const LEGAL: Record<PayoutStatus, ReadonlySet<PayoutStatus>> = {
  pending: new Set(['pending', 'processing', 'cancelled']),
  processing: new Set(['processing', 'completed', 'failed']),
  completed: new Set(['completed']),
  failed: new Set(['failed']),
  cancelled: new Set(['cancelled']),
};
const TERMINAL_EVENTS = new Set(['PayoutCompleted', 'PayoutFailed', 'PayoutCancelled']);

type Step =
  | { kind: 'client'; command: (now: Date) => PayoutCommand }
  | { kind: 'processing'; command: (now: Date) => ProcessingCommand };

const amount = fc.constantFrom('1', '100.50', '0.01', '-3', '0', '1.234', '9999999999.99', 'abc');
const currency = fc.constantFrom('RUB', 'usd', 'JPY', 'KWD', 'XXX');

const step: fc.Arbitrary<Step> = fc.oneof(
  fc
    .record({
      amount: fc.option(amount, { nil: undefined }),
      currency: fc.option(currency, { nil: undefined }),
    })
    .map(
      (changes): Step => ({
        kind: 'client',
        command: (now) => ({
          type: 'UpdatePayout',
          data: {
            changes: Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
          },
          now,
        }),
      }),
    ),
  fc.constant<Step>({
    kind: 'client',
    command: (now) => ({ type: 'CancelPayout', data: { reason: null }, now }),
  }),
  fc.constant<Step>({ kind: 'processing', command: (now) => ({ type: 'StartProcessing', now }) }),
  fc.constant<Step>({
    kind: 'processing',
    command: (now) => ({ type: 'CompletePayout', data: { provider_reference: 'ref-1' }, now }),
  }),
  fc.boolean().map(
    (retryable): Step => ({
      kind: 'processing',
      command: (now) => ({ type: 'FailPayout', data: { code: 'declined', message: 'no', retryable }, now }),
    }),
  ),
  fc.constantFrom('scheduled_release', 'stale_pending', 'stuck_processing').map(
    (reason): Step => ({
      kind: 'processing',
      command: (now) => ({ type: 'RequestProcessing', data: { reason, not_dispatched_since: null }, now }),
    }),
  ),
  fc.integer({ min: 1, max: 4 }).map(
    (max_attempts): Step => ({
      kind: 'processing',
      command: (now) => ({
        type: 'RecordTransientFailure',
        data: { code: 'timeout', message: 'provider timed out', max_attempts, retry_delay_ms: 1_000 },
        now,
      }),
    }),
  ),
  fc.constant<Step>({ kind: 'processing', command: (now) => ({ type: 'RetryProcessing', now }) }),
);

const scenario = fc.record({
  request: fc.record({
    amount,
    currency,
    scheduledInSeconds: fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }),
  }),
  steps: fc.array(fc.tuple(step, fc.integer({ min: 0, max: 30_000 })), { maxLength: 25 }),
});

function apply(state: ProcessingState, events: PayoutEvent[]): ProcessingState {
  return events.reduce(evolveProcessing, state);
}

describe('payout rules under random command sequences', () => {
  it(`hold in ${RUNS} generated histories`, () => {
    fc.assert(
      fc.property(scenario, ({ request, steps }) => {
        let now = new Date('2026-01-01T00:00:00Z');
        let requested: PayoutEvent[];
        try {
          requested = decide(
            {
              type: 'RequestPayout',
              data: {
                payout_id: '00000000-0000-4000-8000-000000000001',
                tenant_id: 't1',
                amount: request.amount,
                currency: request.currency,
                recipient_account: 'ACC',
                description: null,
                metadata: {},
                scheduled_for:
                  request.scheduledInSeconds === null
                    ? null
                    : new Date(now.getTime() + request.scheduledInSeconds * 1000).toISOString(),
              },
              now,
            },
            null,
          );
        } catch (err) {
          expect(err).toBeInstanceOf(PayoutRejected);
          return;
        }
        const history: PayoutEvent[] = [...requested];
        let state = apply(null, requested);
        let termsFrozen: string | null = null;
        for (const [next, elapsedMs] of steps) {
          now = new Date(now.getTime() + elapsedMs);
          const before = state!;
          let events: PayoutEvent[];
          try {
            events =
              next.kind === 'client'
                ? decide(next.command(now), before.payout)
                : decideProcessing(next.command(now), before);
          } catch (err) {
            if (!(err instanceof PayoutRejected)) throw err;
            continue; // refused: nothing happened
          }
          // Every event the rules produce is valid under its published schema.
          for (const e of events) parsePayoutEvent(e.type, e.data);
          state = apply(before, events);
          const from = before.payout.status;
          const to = state!.payout.status;
          expect(LEGAL[from].has(to), `${from} -> ${to}`).toBe(true);
          if (TERMINAL_STATUSES.has(from)) expect(events).toEqual([]);
          if (events.some((e) => e.type === 'PayoutProcessingStarted')) {
            expect(state!.payout.attempts).toBe(before.payout.attempts + 1);
          }
          history.push(...events);
          const terms = `${state!.payout.amount} ${state!.payout.currency} ${state!.payout.recipient_account}`;
          if (termsFrozen !== null) expect(terms).toBe(termsFrozen);
          if (history.some((e) => e.type === 'PayoutProcessingStarted')) termsFrozen ??= terms;
        }
        const terminalEvents = history.filter((e) => TERMINAL_EVENTS.has(e.type)).length;
        expect(terminalEvents).toBe(TERMINAL_STATUSES.has(state!.payout.status) ? 1 : 0);
      }),
      { numRuns: RUNS },
    );
  });
});
