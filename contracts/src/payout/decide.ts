// The payout's rules: given its state and a command, which events happen. Pure: time comes in with
// the command, nothing is read or written here.
import { DEFAULT_CURRENCY, normalizeCurrency } from '../currencies.ts';
import { checkAmount } from '../money.ts';
import type { PayoutEvent, PayoutEventOf, PayoutStatus } from './events.ts';
import type { Payout, PayoutState } from './payout.ts';

type Editable = {
  amount: string;
  currency: string;
  recipient_account: string;
  description: string | null;
  metadata: Record<string, string>;
  scheduled_for: string | null;
};

export type PayoutCommand =
  | {
      type: 'RequestPayout';
      data: { payout_id: string; tenant_id: string } & Omit<Editable, 'currency'> & { currency?: string };
      now: Date;
    }
  | { type: 'UpdatePayout'; data: { changes: Partial<Editable> }; now: Date }
  | { type: 'CancelPayout'; data: { reason: string | null }; now: Date }
  | { type: 'StartProcessing'; now: Date }
  | { type: 'CompletePayout'; data: { provider_reference: string }; now: Date }
  | { type: 'FailPayout'; data: { code: string; message: string; retryable: boolean }; now: Date };

/** A command the payout's rules refuse; `kind` says why, for the edge to turn into a response. */
export class PayoutRejected extends Error {
  constructor(
    readonly kind: 'not_found' | 'already_exists' | 'invalid' | 'wrong_status' | 'not_due',
    message: string,
    readonly details: { field?: string; status?: PayoutStatus } = {},
  ) {
    super(message);
    this.name = 'PayoutRejected';
  }
}

export function decide(command: PayoutCommand, state: PayoutState): PayoutEvent[] {
  const occurred_at = command.now.toISOString();
  if (command.type === 'RequestPayout') {
    if (state !== null) throw new PayoutRejected('already_exists', `payout ${state.id} already exists`);
    const { currency: requestedCurrency, ...rest } = command.data;
    const terms = validTerms({ ...rest, currency: requestedCurrency ?? DEFAULT_CURRENCY });
    return [{ type: 'PayoutRequested', data: { ...rest, ...terms, occurred_at } }];
  }
  const payout = existing(state);
  const payout_id = payout.id;
  switch (command.type) {
    case 'UpdatePayout': {
      requireStatus(payout, 'pending', 'updated');
      const changes = { ...command.data.changes };
      if (changes.amount !== undefined || changes.currency !== undefined) {
        const terms = validTerms({
          amount: changes.amount ?? payout.amount,
          currency: changes.currency ?? payout.currency,
        });
        if (changes.amount !== undefined) changes.amount = terms.amount;
        if (changes.currency !== undefined) changes.currency = terms.currency;
      }
      return [{ type: 'PayoutUpdated', data: { payout_id, changes, occurred_at } }];
    }
    case 'CancelPayout':
      requireStatus(payout, 'pending', 'cancelled');
      return [{ type: 'PayoutCancelled', data: { payout_id, reason: command.data.reason, occurred_at } }];
    case 'StartProcessing':
      requireStatus(payout, 'pending', 'processed');
      if (payout.scheduled_for !== null && Date.parse(payout.scheduled_for) > command.now.getTime()) {
        throw new PayoutRejected('not_due', `payout is scheduled for ${payout.scheduled_for}`);
      }
      return [
        { type: 'PayoutProcessingStarted', data: { payout_id, attempt: payout.attempts + 1, occurred_at } },
      ];
    case 'CompletePayout':
      requireStatus(payout, 'processing', 'completed');
      return [{ type: 'PayoutCompleted', data: { payout_id, ...command.data, occurred_at } }];
    case 'FailPayout': {
      requireStatus(payout, 'processing', 'failed');
      const failed: PayoutEventOf<'PayoutFailed'> = {
        type: 'PayoutFailed',
        data: { payout_id, ...command.data, attempt: payout.attempts, occurred_at },
      };
      return [failed];
    }
  }
}

function existing(state: PayoutState): Payout {
  if (state === null) throw new PayoutRejected('not_found', 'payout not found');
  return state;
}

function requireStatus(payout: Payout, status: PayoutStatus, verb: string): void {
  if (payout.status !== status) {
    throw new PayoutRejected(
      'wrong_status',
      `payout is ${payout.status}; only a ${status} payout can be ${verb}`,
      {
        status: payout.status,
      },
    );
  }
}

function validTerms(terms: { amount: string; currency: string }): { amount: string; currency: string } {
  const currency = normalizeCurrency(terms.currency);
  if (currency === undefined) {
    throw new PayoutRejected('invalid', `${terms.currency} is not an active ISO 4217 currency code`, {
      field: 'currency',
    });
  }
  const amount = checkAmount(terms.amount, currency);
  if (!amount.ok) throw new PayoutRejected('invalid', `amount ${amount.reason}`, { field: 'amount' });
  return { amount: amount.amount, currency };
}
