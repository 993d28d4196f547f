// The webhook routes as data. The notifier serves them (it owns the endpoints, the delivery queue and
// the deliveries' log); the OpenAPI document lists them with every other route, and describes the
// webhooks themselves in its `webhooks` section (webhookDefinitions below).
import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import { z } from 'zod';
import { Problem } from '../api.ts';
import {
  CreateWebhookEndpointBody,
  DELIVERY_STATUSES,
  ReplayBody,
  UpdateWebhookEndpointBody,
  WebhookDeliveryList,
  WebhookDeliveryResource,
  WebhookEndpointList,
  WebhookEndpointResource,
  WebhookEndpointWithSecret,
  WebhookHistory,
  WebhookReplayResource,
} from '../webhooks/api.ts';
import { WEBHOOK_EVENT_TYPES } from '../webhooks/events.ts';
import { WebhookEventPayload } from '../webhooks/payload.ts';
import { EVENT_ID_HEADER, SIGNATURE_HEADER } from '../webhooks/signature.ts';
import { ConditionalHeaders, commonProblems } from './routes.ts';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Problem } },
});

const idParam = (what: string) =>
  z.object({
    // Ids are UUIDs in any letter case, answered in lower case, as payout ids are (PayoutIdParam);
    // no example, so that Swagger UI's Try-it-out does not send one that names nothing.
    id: z
      .uuid({ error: 'must be a UUID' })
      .toLowerCase()
      .meta({ param: { name: 'id', in: 'path' }, description: `${what} (a UUID, any letter case)` }),
  });
const endpointId = idParam('The webhook endpoint.');
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });
const tag = ['webhooks'];
/** Reads need `webhooks:read`, changes `webhooks:write`; a history is also an auditor's to read. */
const readSecurity = [{ bearer: ['webhooks:read'] }];
const writeSecurity = [{ bearer: ['webhooks:write'] }];
const historySecurity = [
  { bearer: ['webhooks:read'] },
  { bearer: ['audit:read'] },
  { bearer: ['audit:read:all-tenants'] },
];

export const WEBHOOK_ENDPOINTS_PATH = '/api/v1/webhook-endpoints';
export const WEBHOOK_DELIVERIES_PATH = '/api/v1/webhook-deliveries';
export const WEBHOOK_REPLAYS_PATH = '/api/v1/webhook-replays';
/** Every path the notifier serves starts with one of these (start/system.ts and nginx route by them). */
export const WEBHOOK_PATH_PREFIXES = [WEBHOOK_ENDPOINTS_PATH, WEBHOOK_DELIVERIES_PATH, WEBHOOK_REPLAYS_PATH];

/** A path the notifier serves (every deployment routes these prefixes to it). */
export const isWebhookPath = (path: string): boolean =>
  WEBHOOK_PATH_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

export const createWebhookEndpointRoute = createRoute({
  operationId: 'createWebhookEndpoint',
  method: 'post',
  path: WEBHOOK_ENDPOINTS_PATH,
  tags: tag,
  summary: 'Register a webhook endpoint',
  description:
    'Every payout event of the enabled types that happens from now on is POSTed to `url`, signed with the secret this answer shows (only here and on rotate). Scope `webhooks:write`.',
  security: writeSecurity,
  request: { body: { required: true, content: json(CreateWebhookEndpointBody) } },
  responses: {
    201: {
      description: 'The endpoint, with its signing secret.',
      headers: { Location: { description: 'URL of the endpoint.', schema: { type: 'string' } } },
      content: json(WebhookEndpointWithSecret),
    },
    400: problem('The body is malformed, a field is invalid, or the URL is refused; `errors` names it.'),
    409: problem('The tenant has as many endpoints as it may.'),
    413: problem('The body is larger than 64 KiB.'),
    415: problem('The body is not application/json.'),
    ...commonProblems,
  },
});

export const listWebhookEndpointsRoute = createRoute({
  operationId: 'listWebhookEndpoints',
  method: 'get',
  path: WEBHOOK_ENDPOINTS_PATH,
  tags: tag,
  summary: "The tenant's webhook endpoints",
  description: 'Oldest first; secrets are never shown. Scope `webhooks:read`.',
  security: readSecurity,
  responses: {
    200: { description: 'The endpoints.', content: json(WebhookEndpointList) },
    ...commonProblems,
  },
});

const etag = {
  ETag: { description: "The endpoint's revision; send it as If-Match.", schema: { type: 'string' as const } },
};

export const getWebhookEndpointRoute = createRoute({
  operationId: 'getWebhookEndpoint',
  method: 'get',
  path: `${WEBHOOK_ENDPOINTS_PATH}/{id}`,
  tags: tag,
  summary: 'One webhook endpoint',
  description: 'Scope `webhooks:read`.',
  security: readSecurity,
  request: { params: endpointId },
  responses: {
    200: { description: 'The endpoint.', headers: etag, content: json(WebhookEndpointResource) },
    400: problem('The id is not a UUID.'),
    404: problem('No such endpoint for this tenant.'),
    ...commonProblems,
  },
});

export const updateWebhookEndpointRoute = createRoute({
  operationId: 'updateWebhookEndpoint',
  method: 'patch',
  path: `${WEBHOOK_ENDPOINTS_PATH}/{id}`,
  tags: tag,
  summary: 'Change a webhook endpoint',
  description:
    'Changes the fields sent: `url`, `enabled_events`, `description`, or `status` (`disabled` stops deliveries; `enabled` resumes the ones waiting). Scope `webhooks:write`.',
  security: writeSecurity,
  request: {
    params: endpointId,
    headers: ConditionalHeaders,
    body: { required: true, content: json(UpdateWebhookEndpointBody) },
  },
  responses: {
    200: { description: 'The endpoint as changed.', headers: etag, content: json(WebhookEndpointResource) },
    400: problem('The body is malformed, a field is invalid, or the URL is refused; `errors` names it.'),
    404: problem('No such endpoint for this tenant.'),
    412: problem('If-Match does not name the current revision.'),
    413: problem('The body is larger than 64 KiB.'),
    415: problem('The body is not application/json.'),
    ...commonProblems,
  },
});

export const deleteWebhookEndpointRoute = createRoute({
  operationId: 'deleteWebhookEndpoint',
  method: 'delete',
  path: `${WEBHOOK_ENDPOINTS_PATH}/{id}`,
  tags: tag,
  summary: 'Delete a webhook endpoint',
  description:
    'No more deliveries; the ones waiting are given up. Its history stays in the event store (`/history`). Scope `webhooks:write`.',
  security: writeSecurity,
  request: { params: endpointId, headers: ConditionalHeaders },
  responses: {
    204: { description: 'Deleted.' },
    400: problem('The id is not a UUID, or If-Match is malformed.'),
    404: problem('No such endpoint for this tenant.'),
    412: problem('If-Match does not name the current revision.'),
    ...commonProblems,
  },
});

export const rotateWebhookSecretRoute = createRoute({
  operationId: 'rotateWebhookSecret',
  method: 'post',
  path: `${WEBHOOK_ENDPOINTS_PATH}/{id}/rotate-secret`,
  tags: tag,
  summary: "Rotate an endpoint's signing secret",
  description:
    'A new secret signs every webhook from now on; for 24 hours the previous one signs too (two `v1=` in `Payouts-Signature`), so the receiver can switch without losing one. Scope `webhooks:write`.',
  security: writeSecurity,
  request: { params: endpointId, headers: ConditionalHeaders },
  responses: {
    200: {
      description: 'The endpoint with its new secret.',
      headers: etag,
      content: json(WebhookEndpointWithSecret),
    },
    400: problem('The id is not a UUID, or If-Match is malformed.'),
    404: problem('No such endpoint for this tenant.'),
    412: problem('If-Match does not name the current revision.'),
    ...commonProblems,
  },
});

export const DeliveriesQuery = z.object({
  status: z
    .enum(DELIVERY_STATUSES)
    .optional()
    .meta({ param: { name: 'status', in: 'query' }, description: 'Only deliveries in this status.' }),
  payout_id: z
    .uuid({ error: 'must be a UUID' })
    .toLowerCase()
    .optional()
    .meta({ param: { name: 'payout_id', in: 'query' }, description: "Only this payout's deliveries." }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .meta({
      param: { name: 'limit', in: 'query' },
      description: 'Deliveries per page (1..100, default 20).',
    }),
  cursor: z
    .string()
    .regex(/^\d{1,18}$/, 'must be the cursor of a `next` link')
    .optional()
    .meta({ param: { name: 'cursor', in: 'query' }, description: 'From a `next` link.' }),
});

export const listWebhookDeliveriesRoute = createRoute({
  operationId: 'listWebhookDeliveries',
  method: 'get',
  path: `${WEBHOOK_ENDPOINTS_PATH}/{id}/deliveries`,
  tags: tag,
  summary: "An endpoint's deliveries, with every attempt",
  description:
    'Newest first. Each delivery names its event, type, payout and revision, and lists every attempt: when, the answer (status or error), the latency and the start of the response body. Scope `webhooks:read`.',
  security: readSecurity,
  request: { params: endpointId, query: DeliveriesQuery },
  responses: {
    200: { description: 'A page of deliveries.', content: json(WebhookDeliveryList) },
    400: problem('A parameter is invalid; `errors` names it.'),
    404: problem('No such endpoint for this tenant.'),
    ...commonProblems,
  },
});

export const redeliverWebhookRoute = createRoute({
  operationId: 'redeliverWebhook',
  method: 'post',
  path: `${WEBHOOK_DELIVERIES_PATH}/{id}/redeliver`,
  tags: tag,
  summary: 'Deliver an event again',
  description:
    'A new delivery of the same event (same id and body) to the same endpoint, whatever became of the first. Scope `webhooks:write`.',
  security: writeSecurity,
  request: { params: idParam('The delivery to repeat.') },
  responses: {
    202: { description: 'The new delivery, pending.', content: json(WebhookDeliveryResource) },
    400: problem('The id is not a UUID.'),
    404: problem('No such delivery for this tenant, or its endpoint was deleted.'),
    ...commonProblems,
  },
});

export const replayWebhookEventsRoute = createRoute({
  operationId: 'replayWebhookEvents',
  method: 'post',
  path: `${WEBHOOK_ENDPOINTS_PATH}/{id}/replay`,
  tags: tag,
  summary: 'Deliver a range of past events again',
  description:
    "Reads the event store over the range (positions as the audit routes show them, or times), however old, and delivers each of the tenant's payout events of the chosen types to this endpoint again, with its original id and the payout as of its revision. Runs in the background; `GET /api/v1/webhook-replays/{id}` shows progress. Scope `webhooks:write`.",
  security: writeSecurity,
  request: { params: endpointId, body: { required: true, content: json(ReplayBody) } },
  responses: {
    202: { description: 'The replay, started.', content: json(WebhookReplayResource) },
    400: problem('The body is malformed or a bound is invalid; `errors` names it.'),
    404: problem('No such endpoint for this tenant.'),
    413: problem('The body is larger than 64 KiB.'),
    415: problem('The body is not application/json.'),
    ...commonProblems,
  },
});

export const getWebhookReplayRoute = createRoute({
  operationId: 'getWebhookReplay',
  method: 'get',
  path: `${WEBHOOK_REPLAYS_PATH}/{id}`,
  tags: tag,
  summary: "A replay's progress",
  description: 'Scope `webhooks:read`.',
  security: readSecurity,
  request: { params: idParam('The replay.') },
  responses: {
    200: { description: 'The replay.', content: json(WebhookReplayResource) },
    400: problem('The id is not a UUID.'),
    404: problem('No such replay for this tenant.'),
    ...commonProblems,
  },
});

export const webhookEndpointHistoryRoute = createRoute({
  operationId: 'getWebhookEndpointHistory',
  method: 'get',
  path: `${WEBHOOK_ENDPOINTS_PATH}/{id}/history`,
  tags: ['audit'],
  summary: "A webhook endpoint's history",
  description:
    "Every change of the endpoint (created, updated, secret rotated, disabled and why, enabled, deleted, replays requested), from the event store; deleted endpoints included. Scope `webhooks:read` or `audit:read`, the key's own tenant.",
  security: historySecurity,
  request: { params: endpointId },
  responses: {
    200: { description: 'The history.', content: json(WebhookHistory) },
    400: problem('The id is not a UUID.'),
    404: problem('No such endpoint for this tenant.'),
    ...commonProblems,
  },
});

export const webhookDeliveryHistoryRoute = createRoute({
  operationId: 'getWebhookDeliveryHistory',
  method: 'get',
  path: `${WEBHOOK_DELIVERIES_PATH}/{id}/history`,
  tags: ['audit'],
  summary: "A delivery's outcome, from the event store",
  description:
    "The event recording how the delivery ended (succeeded, or given up and why), with every attempt and the SHA-256 of the body sent; empty while it is pending. Scope `webhooks:read` or `audit:read`, the key's own tenant.",
  security: historySecurity,
  request: { params: idParam('The delivery.') },
  responses: {
    200: { description: 'The history.', content: json(WebhookHistory) },
    400: problem('The id is not a UUID.'),
    404: problem('No such delivery for this tenant.'),
    ...commonProblems,
  },
});

/** Every route the notifier serves, for its OPTIONS and 405 answers. */
export const webhookRoutes: RouteConfig[] = [
  createWebhookEndpointRoute,
  listWebhookEndpointsRoute,
  getWebhookEndpointRoute,
  updateWebhookEndpointRoute,
  deleteWebhookEndpointRoute,
  rotateWebhookSecretRoute,
  listWebhookDeliveriesRoute,
  redeliverWebhookRoute,
  replayWebhookEventsRoute,
  getWebhookReplayRoute,
  webhookEndpointHistoryRoute,
  webhookDeliveryHistoryRoute,
];

const WebhookHeaders = z.object({
  [SIGNATURE_HEADER]: z.string().meta({
    param: { name: SIGNATURE_HEADER, in: 'header' },
    description:
      '`t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, one `v1` per valid secret (two for 24 h after a rotation). Verify it over the raw body, before parsing.',
    example: 't=1764151501,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd',
  }),
  [EVENT_ID_HEADER]: z.uuid().meta({
    param: { name: EVENT_ID_HEADER, in: 'header' },
    description: 'The event id, as in the body: the same on every attempt.',
  }),
  traceparent: z.string().meta({
    param: { name: 'traceparent', in: 'header' },
    description: 'W3C trace context of the delivery, within the trace of the request that caused the event.',
  }),
});

/**
 * The OpenAPI 3.1 `webhooks` section: what each event type's POST to a receiver carries. Any 2xx
 * within 10 s is success; anything else is retried with backoff for about three days.
 */
export const webhookDefinitions: RouteConfig[] = WEBHOOK_EVENT_TYPES.map((type) => ({
  // `payout.completed` -> `onPayoutCompleted`: the handler a receiver's generated code would name.
  operationId: `on${type
    .split('.')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')}`,
  method: 'post',
  path: type,
  tags: tag,
  summary: `${type}: POSTed to every endpoint that enabled it`,
  description:
    'Delivered at least once (deduplicate by `id`), in revision order per payout and endpoint. Answer any 2xx within 10 s; anything else (timeouts, connection errors, redirects) is retried with exponential backoff for about three days. 410 Gone disables the endpoint.',
  request: { headers: WebhookHeaders, body: { required: true, content: json(WebhookEventPayload) } },
  responses: {
    200: { description: 'Any 2xx: received.' },
    410: { description: 'The endpoint is gone: it is disabled and nothing more is sent.' },
  },
}));
