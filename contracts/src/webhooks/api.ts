// The webhook endpoints' HTTP resources and request bodies. The same schemas validate requests and
// generate the OpenAPI document.
import { z } from 'zod';
import { freeText, identifierText } from '../http/text.ts';
import { DELIVERY_ORIGINS, DISABLED_REASONS } from './endpointEvents.ts';
import { ALL_WEBHOOK_EVENTS, WEBHOOK_EVENT_TYPES } from './events.ts';

/** Long enough for any real URL; longer ones are refused, not cut. */
export const WEBHOOK_URL_MAX_LENGTH = 2048;
/** An endpoint per system a tenant integrates, with room to spare; each one costs a delivery per event. */
export const MAX_ENDPOINTS_PER_TENANT = 20;

// Stored and shown as sent: text PostgreSQL cannot hold, or a control character, is refused.
const url = identifierText(1, WEBHOOK_URL_MAX_LENGTH).meta({
  description:
    'Where webhooks are POSTed. `https` in production; targets resolving to private, loopback, link-local or metadata addresses are refused there.',
  example: 'https://example.com/webhooks/payouts',
});

const enabledEvents = z
  .array(z.enum([ALL_WEBHOOK_EVENTS, ...WEBHOOK_EVENT_TYPES]))
  .min(1)
  .max(WEBHOOK_EVENT_TYPES.length + 1)
  .refine((list) => new Set(list).size === list.length, { message: 'lists a type twice' })
  .refine((list) => !list.includes(ALL_WEBHOOK_EVENTS) || list.length === 1, {
    message: '"*" stands alone: it already means every type',
  })
  .meta({
    description: 'Event types to deliver; `["*"]` (the default) means all, including types added later.',
    example: ['payout.completed', 'payout.failed'],
  });

const description = freeText(1000).nullable().meta({ example: 'ERP integration' });

export const CreateWebhookEndpointBody = z
  .strictObject({ url, enabled_events: enabledEvents.optional(), description: description.optional() })
  .meta({ id: 'CreateWebhookEndpoint' });
export type CreateWebhookEndpointBody = z.infer<typeof CreateWebhookEndpointBody>;

export const UpdateWebhookEndpointBody = z
  .strictObject({
    url: url.optional(),
    enabled_events: enabledEvents.optional(),
    description: description.optional(),
    status: z
      .enum(['enabled', 'disabled'])
      .optional()
      .meta({ description: 'Disable to stop deliveries (pending ones wait); enable to resume them.' }),
  })
  .meta({ id: 'UpdateWebhookEndpoint', example: { enabled_events: ['*'] } });
export type UpdateWebhookEndpointBody = z.infer<typeof UpdateWebhookEndpointBody>;

export const WebhookEndpointResource = z
  .object({
    id: z.uuid(),
    url: z.string(),
    enabled_events: z.array(z.string()),
    description: z.string().nullable(),
    status: z.enum(['enabled', 'disabled']),
    disabled_reason: z.enum(DISABLED_REASONS).nullable().meta({
      description:
        '`requested` (PATCH), `gone` (the endpoint answered 410), `failing` (every delivery failed for too long).',
    }),
    disabled_detail: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: 'WebhookEndpoint' });
export type WebhookEndpointResource = z.infer<typeof WebhookEndpointResource>;

export const WebhookEndpointWithSecret = WebhookEndpointResource.extend({
  secret: z.string().meta({
    description: 'The signing secret (`whsec_...`). Shown only here: on create and on rotate.',
    example: 'whsec_3q2+7w...',
  }),
}).meta({ id: 'WebhookEndpointWithSecret' });
export type WebhookEndpointWithSecret = z.infer<typeof WebhookEndpointWithSecret>;

export const WebhookEndpointList = z
  .object({ results: z.array(WebhookEndpointResource) })
  .meta({ id: 'WebhookEndpointList' });

/** What a receiver's answer looks like in the log: enough to debug, bounded so a big answer costs nothing. */
export const RESPONSE_BODY_LOG_BYTES = 1024;

export const WebhookDeliveryAttempt = z
  .object({
    attempted_at: z.string(),
    response_status: z.number().int().nullable().meta({ description: 'Null when no answer came.' }),
    error: z
      .string()
      .nullable()
      .meta({ description: 'Timeout, connection error or refusal; null when answered.' }),
    latency_ms: z.number().int(),
    response_body: z
      .string()
      .nullable()
      .meta({ description: `The start of the answer, at most ${RESPONSE_BODY_LOG_BYTES} bytes.` }),
  })
  .meta({ id: 'WebhookDeliveryAttempt' });
export type WebhookDeliveryAttempt = z.infer<typeof WebhookDeliveryAttempt>;

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;

export const WebhookDeliveryResource = z
  .object({
    id: z.uuid(),
    endpoint_id: z.uuid(),
    event_id: z.uuid(),
    event_type: z.string(),
    payout_id: z.uuid(),
    revision: z.number().int(),
    origin: z.enum(DELIVERY_ORIGINS),
    status: z.enum(DELIVERY_STATUSES),
    next_attempt_at: z
      .string()
      .nullable()
      .meta({ description: 'When the next attempt is due; null when finished.' }),
    failure_reason: z.string().nullable(),
    created_at: z.string(),
    finished_at: z.string().nullable(),
    attempts: z.array(WebhookDeliveryAttempt),
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDeliveryResource = z.infer<typeof WebhookDeliveryResource>;

export const WebhookDeliveryList = z
  .object({ next: z.string().nullable(), results: z.array(WebhookDeliveryResource) })
  .meta({ id: 'WebhookDeliveryList' });

/** `<commit>:<prepare>` as the audit routes show positions, or an ISO 8601 time with an offset. */
export const ReplayBound = z
  .string()
  .max(64)
  .refine((v) => /^\d{1,20}:\d{1,20}$/.test(v) || z.iso.datetime({ offset: true }).safeParse(v).success, {
    message: 'must be a position `<commit>:<prepare>` or an ISO 8601 time with an offset',
  })
  .meta({ example: '2026-01-01T00:00:00Z' });

export const ReplayBody = z
  .strictObject({
    from: ReplayBound.meta({
      description: 'First event: a position (inclusive) or a time (recorded at or after).',
    }),
    to: ReplayBound.optional().meta({
      description: 'Last event: a position (inclusive) or a time (recorded before); default: now.',
    }),
    types: z
      .array(z.enum(WEBHOOK_EVENT_TYPES))
      .min(1)
      .optional()
      .meta({ description: "Only these types; default: the endpoint's enabled events." }),
  })
  .meta({ id: 'WebhookReplayRequest' });
export type ReplayBody = z.infer<typeof ReplayBody>;

export const WebhookReplayResource = z
  .object({
    id: z.uuid(),
    endpoint_id: z.uuid(),
    from: z.string(),
    to: z.string().nullable(),
    types: z.array(z.string()),
    status: z.enum(['running', 'done']),
    events_enqueued: z.number().int().meta({ description: 'Deliveries made so far.' }),
    created_at: z.string(),
    finished_at: z.string().nullable(),
  })
  .meta({ id: 'WebhookReplay' });
export type WebhookReplayResource = z.infer<typeof WebhookReplayResource>;

export const WebhookAuditEvent = z
  .object({
    event_id: z.uuid(),
    stream_name: z.string(),
    type: z.string(),
    revision: z.string(),
    position: z.string(),
    recorded_at: z.string(),
    data: z.record(z.string(), z.unknown()),
    metadata: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'WebhookAuditEvent' });

export const WebhookHistory = z
  .object({ stream_name: z.string(), events: z.array(WebhookAuditEvent) })
  .meta({ id: 'WebhookHistory' });
