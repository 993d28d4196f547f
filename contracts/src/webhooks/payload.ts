// The body of every webhook: the payout resource exactly as GET /api/v1/payouts/{id}/ shows it, as
// of the revision the event made. Built once per event and stored, so every attempt, redelivery and
// replay sends the same bytes.
import { z } from 'zod';
import { PayoutResource } from '../api.ts';
import type { Payout } from '../payout/payout.ts';
import { payoutResourceOf } from '../payout/resource.ts';
import { WebhookEventType } from './events.ts';

export const WebhookEventPayload = z
  .object({
    id: z.uuid().meta({
      description: 'The event id: the same on every attempt, redelivery and replay; deduplicate by it.',
    }),
    type: WebhookEventType,
    created_at: z.string().meta({
      description: 'When the event store recorded the event (UTC ISO 8601).',
      example: '2026-11-26T10:15:01.250Z',
    }),
    revision: z.number().int().meta({
      description:
        "The payout's revision after this event (its ETag). Order a payout's events by it; numbers may skip events that change nothing a client sees.",
      example: 3,
    }),
    data: z.object({ object: PayoutResource }),
  })
  .meta({ id: 'WebhookEvent' });
export type WebhookEventPayload = z.infer<typeof WebhookEventPayload>;

/** The exact text sent: key order fixed, no whitespace. */
export function webhookBody(event: {
  id: string;
  type: WebhookEventType;
  recordedAt: Date;
  revision: bigint;
  payout: Payout;
}): string {
  const payload: WebhookEventPayload = {
    id: event.id,
    type: event.type,
    created_at: event.recordedAt.toISOString(),
    revision: Number(event.revision),
    data: { object: payoutResourceOf(event.payout) },
  };
  return JSON.stringify(payload);
}
