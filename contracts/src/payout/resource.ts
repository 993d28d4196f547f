// The client's view of a payout: its public fields, in the predecessor's names and order, times in
// UTC with milliseconds. The one place a payout becomes what GET, a write's answer and a webhook show.
import type { PayoutResource } from '../api.ts';
import type { Payout } from './payout.ts';

const utc = (time: string) => new Date(time).toISOString();

export function payoutResourceOf(payout: Payout): PayoutResource {
  return {
    id: payout.id,
    amount: payout.amount,
    currency: payout.currency,
    recipient_account: payout.recipient_account,
    status: payout.status,
    description: payout.description,
    error_code: payout.error_code,
    error_message: payout.error_message,
    metadata: payout.metadata,
    scheduled_for: payout.scheduled_for === null ? null : utc(payout.scheduled_for),
    created_at: utc(payout.created_at),
    updated_at: utc(payout.updated_at),
  };
}
