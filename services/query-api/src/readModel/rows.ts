// Between read-model rows and the payout state the decider folds.
import { type Payout, type PayoutResource, type PayoutStatus, payoutResourceOf } from '@payouts/contracts';
import type { Selectable } from 'kysely';
import type { PayoutsTable } from './schema.ts';

export type PayoutRow = Selectable<PayoutsTable>;

export function rowToPayout(row: PayoutRow): Payout {
  return {
    id: row.id,
    tenant_id: row.tenant_id,
    status: row.status as PayoutStatus,
    amount: row.amount,
    currency: row.currency,
    recipient_account: row.recipient_account,
    description: row.description,
    metadata: row.metadata,
    scheduled_for: row.scheduled_for?.toISOString() ?? null,
    error_message: row.error_message,
    error_code: row.error_code,
    provider_reference: row.provider_reference,
    attempts: row.attempts,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

export function payoutToRow(payout: Payout, revision: bigint) {
  return {
    ...payout,
    metadata: JSON.stringify(payout.metadata),
    scheduled_for: payout.scheduled_for === null ? null : new Date(payout.scheduled_for),
    created_at: new Date(payout.created_at),
    updated_at: new Date(payout.updated_at),
    revision: revision.toString(),
  };
}

export function rowToResource(row: PayoutRow): PayoutResource {
  return payoutResourceOf(rowToPayout(row));
}
