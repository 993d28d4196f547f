import type { Payout, PayoutResource } from '@payouts/contracts';

/** The client's view of a payout: its public fields, in the predecessor's names. */
export function toResource(payout: Payout): PayoutResource {
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
    scheduled_for: payout.scheduled_for,
    created_at: payout.created_at,
    updated_at: payout.updated_at,
  };
}
