// The payout deciders as values, for the command handler in platform to run: `payoutDecider` for
// clients' commands, `payoutProcessingDecider` for the processor's and the scheduler's (same events,
// a richer state).
import { decide, type PayoutCommand } from './decide.ts';
import { CURRENT_SCHEMA_VERSION, type PayoutEvent, parsePayoutEvent } from './events.ts';
import { evolve, initialState, type PayoutState } from './payout.ts';
import {
  decideProcessing,
  evolveProcessing,
  initialProcessingState,
  type ProcessingCommand,
  type ProcessingState,
} from './processing.ts';

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

export const payoutProcessingDecider = {
  initialState: initialProcessingState,
  evolve: evolveProcessing,
  decide: decideProcessing,
  parse: parsePayoutEvent,
  schemaVersion: CURRENT_SCHEMA_VERSION,
} satisfies {
  initialState: ProcessingState;
  evolve(state: ProcessingState, event: PayoutEvent): ProcessingState;
  decide(command: ProcessingCommand, state: ProcessingState): PayoutEvent[];
  parse(type: string, data: unknown, version: number): PayoutEvent;
  schemaVersion: number;
};
