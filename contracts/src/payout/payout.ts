// A payout's state, folded from its events. `evolve` is the only way state changes, so the read
// model, the processor and auditors' as-of queries all agree on what a history means.
import type { PayoutEvent, PayoutStatus } from './events.ts';

export type Payout = {
  id: string;
  tenant_id: string;
  status: PayoutStatus;
  amount: string;
  currency: string;
  recipient_account: string;
  description: string | null;
  metadata: Record<string, string>;
  scheduled_for: string | null;
  error_message: string | null;
  error_code: string | null;
  provider_reference: string | null;
  /** Processing attempts started so far. */
  attempts: number;
  created_at: string;
  updated_at: string;
};

/** `null` until the payout is requested. */
export type PayoutState = Payout | null;

export const initialState: PayoutState = null;

export function evolve(state: PayoutState, event: PayoutEvent): PayoutState {
  if (event.type === 'PayoutRequested') {
    const d = event.data;
    return {
      id: d.payout_id,
      tenant_id: d.tenant_id,
      status: 'pending',
      amount: d.amount,
      currency: d.currency,
      recipient_account: d.recipient_account,
      description: d.description,
      metadata: d.metadata,
      scheduled_for: d.scheduled_for,
      error_message: null,
      error_code: null,
      provider_reference: null,
      attempts: 0,
      created_at: d.occurred_at,
      updated_at: d.occurred_at,
    };
  }
  if (state === null) throw new Error(`${event.type} before PayoutRequested`);
  const updated_at = event.data.occurred_at;
  switch (event.type) {
    case 'PayoutUpdated':
      return { ...state, ...event.data.changes, updated_at };
    case 'PayoutCancelled':
      return { ...state, status: 'cancelled', updated_at };
    case 'PayoutProcessingStarted':
      return { ...state, status: 'processing', attempts: event.data.attempt, updated_at };
    case 'PayoutCompleted':
      return { ...state, status: 'completed', provider_reference: event.data.provider_reference, updated_at };
    case 'PayoutFailed':
      return {
        ...state,
        status: 'failed',
        error_code: event.data.code,
        error_message: event.data.message,
        updated_at,
      };
    case 'PayoutProcessingRequested':
      // A dispatch changes nothing a client sees, so updated_at stays. When it happened matters only
      // to processing; see processing.ts.
      return state;
    case 'PayoutAttemptFailed':
      // The payout stays processing; the retry schedule is processing's business (processing.ts).
      return { ...state, updated_at };
  }
}

export function foldPayout(events: Iterable<PayoutEvent>, from: PayoutState = initialState): PayoutState {
  let state = from;
  for (const event of events) state = evolve(state, event);
  return state;
}

export const TERMINAL_STATUSES: ReadonlySet<PayoutStatus> = new Set(['completed', 'failed', 'cancelled']);
