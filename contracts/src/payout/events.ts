// The payout's events, version 1. These schemas validate every event on write and on read; a change
// to a payload is a new schema version, upcast to the current one on read in parsePayoutEvent
// (there is none yet: any other version is refused), never an edit here.
import { z } from 'zod';

export const PAYOUT_STATUSES = ['pending', 'processing', 'completed', 'failed', 'cancelled'] as const;
export const PayoutStatus = z.enum(PAYOUT_STATUSES);
export type PayoutStatus = z.infer<typeof PayoutStatus>;

const isoTime = z.iso.datetime({ offset: true });
const decimalAmount = z.string().regex(/^\d+(\.\d+)?$/);
const currencyCode = z.string().regex(/^[A-Z]{3}$/);
const stringMap = z.record(z.string(), z.string());

export const PayoutRequestedData = z.object({
  payout_id: z.uuid(),
  tenant_id: z.string().min(1),
  amount: decimalAmount,
  currency: currencyCode,
  recipient_account: z.string().min(1).max(100),
  description: z.string().nullable(),
  metadata: stringMap,
  scheduled_for: isoTime.nullable(),
  occurred_at: isoTime,
});

/** Only the fields a client changed; the rest stay as they were. */
export const PayoutUpdatedData = z.object({
  payout_id: z.uuid(),
  changes: z
    .object({
      amount: decimalAmount,
      currency: currencyCode,
      recipient_account: z.string().min(1).max(100),
      description: z.string().nullable(),
      metadata: stringMap,
      scheduled_for: isoTime.nullable(),
    })
    .partial(),
  occurred_at: isoTime,
});

export const PayoutCancelledData = z.object({
  payout_id: z.uuid(),
  reason: z.string().nullable(),
  occurred_at: isoTime,
});

export const PayoutProcessingStartedData = z.object({
  payout_id: z.uuid(),
  attempt: z.number().int().positive(),
  occurred_at: isoTime,
});

export const PayoutCompletedData = z.object({
  payout_id: z.uuid(),
  provider_reference: z.string().min(1),
  occurred_at: isoTime,
});

export const PayoutFailedData = z.object({
  payout_id: z.uuid(),
  code: z.string().min(1),
  message: z.string(),
  retryable: z.boolean(),
  attempt: z.number().int().positive(),
  occurred_at: isoTime,
});

/**
 * Something asks for the payout to be (re)considered for processing: the scheduler releasing a
 * scheduled payout whose time has come, re-dispatching one left pending too long, or one stuck in
 * processing. It changes no business field; the processor reacts to it as it does to PayoutRequested.
 */
export const PROCESSING_REQUEST_REASONS = ['scheduled_release', 'stale_pending', 'stuck_processing'] as const;
export type ProcessingRequestReason = (typeof PROCESSING_REQUEST_REASONS)[number];
export const PayoutProcessingRequestedData = z.object({
  payout_id: z.uuid(),
  reason: z.enum(PROCESSING_REQUEST_REASONS),
  occurred_at: isoTime,
});

/**
 * One processing attempt failed for a reason that may pass (the provider timed out or was down); the
 * payout stays `processing` and the next attempt starts at `next_attempt_at`. Kept apart from
 * PayoutFailed, which is final, so that auditors see every attempt and readers never mistake a retry
 * for a failed payout.
 */
export const PayoutAttemptFailedData = z.object({
  payout_id: z.uuid(),
  attempt: z.number().int().positive(),
  code: z.string().min(1),
  message: z.string(),
  retryable: z.literal(true),
  next_attempt_at: isoTime,
  occurred_at: isoTime,
});

export const payoutEventSchemas = {
  PayoutRequested: PayoutRequestedData,
  PayoutUpdated: PayoutUpdatedData,
  PayoutCancelled: PayoutCancelledData,
  PayoutProcessingStarted: PayoutProcessingStartedData,
  PayoutCompleted: PayoutCompletedData,
  PayoutFailed: PayoutFailedData,
  PayoutProcessingRequested: PayoutProcessingRequestedData,
  PayoutAttemptFailed: PayoutAttemptFailedData,
} as const;

export type PayoutEventType = keyof typeof payoutEventSchemas;
export const PAYOUT_EVENT_TYPES = Object.keys(payoutEventSchemas) as PayoutEventType[];

/** `{ type: 'PayoutRequested', data: {...} }` for every event type: the decider's vocabulary. */
export type PayoutEvent = {
  [K in PayoutEventType]: { type: K; data: z.infer<(typeof payoutEventSchemas)[K]> };
}[PayoutEventType];

export type PayoutEventOf<K extends PayoutEventType> = Extract<PayoutEvent, { type: K }>;

export function isPayoutEventType(type: string): type is PayoutEventType {
  return Object.hasOwn(payoutEventSchemas, type);
}

export const CURRENT_SCHEMA_VERSION = 1;

/** Validates an event read from the store or the bus; throws a ZodError naming the bad field. */
export function parsePayoutEvent(
  type: string,
  data: unknown,
  schemaVersion = CURRENT_SCHEMA_VERSION,
): PayoutEvent {
  if (!isPayoutEventType(type)) throw new Error(`unknown payout event type: ${type}`);
  if (schemaVersion !== CURRENT_SCHEMA_VERSION) {
    throw new Error(`no upcaster from ${type} schema version ${schemaVersion}`);
  }
  return { type, data: payoutEventSchemas[type].parse(data) } as PayoutEvent;
}
