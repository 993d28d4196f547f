// How long an Idempotency-Key binds its first request body, and the claim that does the binding: one
// (scope 'idempotency', key `${tenant}:${key}`) -> body fingerprint record, written by the event
// store in the same transaction as the payout's first event (AppendClaim in the platform's port).
import type { AppendClaim } from '@payouts/platform';

/** Stripe keeps keys 24 h; our clients asked for 72 h. Older keys may be used again, and purged. */
export const MIN_RETENTION_HOURS = 72;
export const DEFAULT_RETENTION_HOURS = 96;
export const IDEMPOTENCY_CLAIM_SCOPE = 'idempotency';

const MS_PER_HOUR = 60 * 60 * 1000;

/** Refuses a retention shorter than clients were promised (the config refuses it first). */
export function checkRetentionHours(retentionHours: number): number {
  if (!(retentionHours >= MIN_RETENTION_HOURS)) {
    throw new Error(`idempotency keys must be kept at least ${MIN_RETENTION_HOURS} hours`);
  }
  return retentionHours;
}

function idempotencyClaimKey(tenant: string, key: string): string {
  return `${tenant}:${key}`;
}

export function idempotencyClaim(
  tenant: string,
  key: string,
  fingerprint: string,
  retentionHours: number,
): AppendClaim {
  return {
    scope: IDEMPOTENCY_CLAIM_SCOPE,
    key: idempotencyClaimKey(tenant, key),
    value: fingerprint,
    expiresAfterMs: retentionHours * MS_PER_HOUR,
  };
}
