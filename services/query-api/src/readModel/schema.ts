// The `payouts` read model: one row per payout, its state folded from the event store up to
// `revision`. Owned by query-api; the projector writes it, the API reads it.
import type { ColumnType, Generated } from 'kysely';

export type PayoutsTable = {
  id: string;
  tenant_id: string;
  status: string;
  /** numeric, read back as the decimal string it was written as. */
  amount: string;
  currency: string;
  recipient_account: string;
  description: string | null;
  error_message: string | null;
  error_code: string | null;
  provider_reference: string | null;
  metadata: ColumnType<Record<string, string>, string, string>;
  scheduled_for: Date | null;
  attempts: number;
  created_at: Date;
  updated_at: Date;
  /** The last event revision folded into this row. */
  revision: ColumnType<string, string, string>;
  projected_at: Generated<Date>;
};

/** `payouts_rebuild` exists only while a rebuild fills it (see rebuild/rebuild.ts). */
export type ReadModel = { payouts: PayoutsTable; payouts_rebuild: PayoutsTable };
