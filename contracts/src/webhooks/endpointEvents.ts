// The record of what webhooks did, in the event store beside the payouts: each endpoint's changes in
// its own stream (`webhook-endpoint-<id>`), each delivery's outcome in its own stream
// (`webhook-delivery-<id>`), so an auditor can prove what a client was told and when. Secrets never
// appear here, only their ids: an auditor can see that a secret changed, not what it is.
import { z } from 'zod';

const isoTime = z.iso.datetime({ offset: true });

export const WEBHOOK_ENDPOINT_STREAM_PREFIX = 'webhook-endpoint-';
export const WEBHOOK_DELIVERY_STREAM_PREFIX = 'webhook-delivery-';

export const webhookEndpointStreamName = (endpointId: string) =>
  `${WEBHOOK_ENDPOINT_STREAM_PREFIX}${endpointId}`;
export const webhookDeliveryStreamName = (deliveryId: string) =>
  `${WEBHOOK_DELIVERY_STREAM_PREFIX}${deliveryId}`;

/** Why an endpoint stopped receiving: its owner said so, it answered 410 Gone, or it failed too long. */
export const DISABLED_REASONS = ['requested', 'gone', 'failing'] as const;
export type DisabledReason = (typeof DISABLED_REASONS)[number];

export const SecretRef = z.object({ id: z.string().min(1), expires_at: isoTime.nullable() });
export type SecretRef = z.infer<typeof SecretRef>;

export const webhookEndpointEventSchemas = {
  WebhookEndpointCreated: z.object({
    endpoint_id: z.uuid(),
    tenant_id: z.string().min(1),
    url: z.string().min(1),
    enabled_events: z.array(z.string()),
    description: z.string().nullable(),
    secret_id: z.string().min(1),
    occurred_at: isoTime,
  }),
  WebhookEndpointUpdated: z.object({
    endpoint_id: z.uuid(),
    changes: z
      .object({
        url: z.string().min(1),
        enabled_events: z.array(z.string()),
        description: z.string().nullable(),
      })
      .partial(),
    occurred_at: isoTime,
  }),
  WebhookEndpointSecretRotated: z.object({
    endpoint_id: z.uuid(),
    secret_id: z.string().min(1),
    previous_secret_id: z.string().min(1),
    previous_secret_expires_at: isoTime,
    occurred_at: isoTime,
  }),
  WebhookEndpointDisabled: z.object({
    endpoint_id: z.uuid(),
    reason: z.enum(DISABLED_REASONS),
    detail: z.string().nullable(),
    occurred_at: isoTime,
  }),
  WebhookEndpointEnabled: z.object({ endpoint_id: z.uuid(), occurred_at: isoTime }),
  WebhookEndpointDeleted: z.object({ endpoint_id: z.uuid(), occurred_at: isoTime }),
  /** Who asked to deliver a range again, and which: the deliveries it makes name the replay. */
  WebhookReplayRequested: z.object({
    endpoint_id: z.uuid(),
    replay_id: z.uuid(),
    from: z.string(),
    to: z.string().nullable(),
    types: z.array(z.string()),
    occurred_at: isoTime,
  }),
} as const;

export type WebhookEndpointEventType = keyof typeof webhookEndpointEventSchemas;
export type WebhookEndpointEvent = {
  [K in WebhookEndpointEventType]: { type: K; data: z.infer<(typeof webhookEndpointEventSchemas)[K]> };
}[WebhookEndpointEventType];

export function parseWebhookEndpointEvent(
  type: string,
  data: unknown,
  schemaVersion = 1,
): WebhookEndpointEvent {
  if (!Object.hasOwn(webhookEndpointEventSchemas, type))
    throw new Error(`unknown webhook endpoint event: ${type}`);
  if (schemaVersion !== 1) throw new Error(`no upcaster from ${type} schema version ${schemaVersion}`);
  const schema = webhookEndpointEventSchemas[type as WebhookEndpointEventType];
  return { type, data: schema.parse(data) } as WebhookEndpointEvent;
}

export const DeliveryAttemptRecord = z.object({
  attempted_at: isoTime,
  response_status: z.number().int().nullable(),
  error: z.string().nullable(),
  latency_ms: z.number().int(),
});
export type DeliveryAttemptRecord = z.infer<typeof DeliveryAttemptRecord>;

export const DELIVERY_ORIGINS = ['live', 'replay', 'redelivery'] as const;
export type DeliveryOrigin = (typeof DELIVERY_ORIGINS)[number];

const deliveryOutcome = z.object({
  delivery_id: z.uuid(),
  endpoint_id: z.uuid(),
  tenant_id: z.string().min(1),
  url: z.string(),
  event_id: z.uuid(),
  event_type: z.string(),
  payout_id: z.uuid(),
  revision: z.number().int(),
  origin: z.enum(DELIVERY_ORIGINS),
  /** The replay, or the delivery redelivered, that made this delivery. */
  origin_id: z.uuid().nullable(),
  /** SHA-256 of the exact body sent, so the body can be proven from the webhook event it carried. */
  body_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  attempts: z.array(DeliveryAttemptRecord),
  occurred_at: isoTime,
});

export const webhookDeliveryEventSchemas = {
  WebhookDeliverySucceeded: deliveryOutcome,
  /** Given up: retries ran out, the endpoint answered 410 Gone, or it was deleted. */
  WebhookDeliveryFailed: deliveryOutcome.extend({ reason: z.string() }),
} as const;
export type WebhookDeliveryEventType = keyof typeof webhookDeliveryEventSchemas;
export type WebhookDeliveryOutcome = z.infer<typeof deliveryOutcome> & { reason?: string };
