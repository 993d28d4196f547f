// The payout decider as one value, for the command handler in platform to run.
import { decide, type PayoutCommand } from './decide.ts';
import { CURRENT_SCHEMA_VERSION, type PayoutEvent, parsePayoutEvent } from './events.ts';
import { evolve, initialState, type PayoutState } from './payout.ts';

export const payoutDecider = {
  initialState,
  evolve,
  decide,
  parse: parsePayoutEvent,
  schemaVersion: CURRENT_SCHEMA_VERSION,
} satisfies {
  initialState: PayoutState;
  evolve(state: PayoutState, event: PayoutEvent): PayoutState;
  decide(command: PayoutCommand, state: PayoutState): PayoutEvent[];
  parse(type: string, data: unknown, version: number): PayoutEvent;
  schemaVersion: number;
};
