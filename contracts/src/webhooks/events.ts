// What a webhook receiver is told, and which payout events tell it. A webhook is sent when the payout
// resource a client reads changes in a way the client cares about: created, changed by the client,
// cancelled, or a step of processing (started, completed, failed).
//
// Attempt failures are not a type of their own and are not delivered: an attempt the provider could
// not answer (PayoutAttemptFailed) leaves the payout `processing` with nothing new in the resource
// but `updated_at`, and the retry that follows (a second PayoutProcessingStarted) does not change the
// status either. The receiver learns how processing ended from `payout.completed` or `payout.failed`.
// PayoutProcessingRequested (the scheduler asking again) changes nothing a client sees. So revisions
// delivered to a receiver may skip numbers; they never go backwards for one payout and endpoint.
import { z } from 'zod';
import type { PayoutEvent } from '../payout/events.ts';
import type { Payout } from '../payout/payout.ts';

export const WEBHOOK_EVENT_TYPES = [
  'payout.created',
  'payout.updated',
  'payout.cancelled',
  'payout.processing',
  'payout.completed',
  'payout.failed',
] as const;
export const WebhookEventType = z.enum(WEBHOOK_EVENT_TYPES);
export type WebhookEventType = z.infer<typeof WebhookEventType>;

/** `enabled_events: ["*"]` (or none given) means every type, including types added later. */
export const ALL_WEBHOOK_EVENTS = '*';

/**
 * The webhook type a payout event is delivered as, or null when it is not delivered. `before` is the
 * payout as it was just before the event (null for its first event).
 */
export function webhookTypeOf(event: PayoutEvent, before: Payout | null): WebhookEventType | null {
  switch (event.type) {
    case 'PayoutRequested':
      return 'payout.created';
    case 'PayoutUpdated':
      return 'payout.updated';
    case 'PayoutCancelled':
      return 'payout.cancelled';
    case 'PayoutProcessingStarted':
      // A retry after a failed attempt starts processing again while the payout already is.
      return before?.status === 'processing' ? null : 'payout.processing';
    case 'PayoutCompleted':
      return 'payout.completed';
    case 'PayoutFailed':
      return 'payout.failed';
    case 'PayoutAttemptFailed':
    case 'PayoutProcessingRequested':
      return null;
  }
}

export function endpointWants(enabledEvents: readonly string[], type: string): boolean {
  return enabledEvents.includes(ALL_WEBHOOK_EVENTS) || enabledEvents.includes(type);
}
