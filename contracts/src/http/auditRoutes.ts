// Auditors' routes: read from the event store, never from the read model. They live under
// /api/v1/payouts so every deployment that routes reads of payouts to query-api serves them too.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Problem } from '../api.ts';
import { PayoutStatus } from '../payout/events.ts';
import { commonProblems } from './routes.ts';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Problem } },
});

const auditProblems = {
  401: problem('Missing or unknown API key.'),
  403: problem('The API key lacks the scope this endpoint needs (see its description).'),
  429: commonProblems[429],
  503: commonProblems[503],
};

const payoutIdParam = z.object({
  id: z.uuid().meta({ param: { name: 'id', in: 'path' }, example: '0b0a4e0e-7c55-4c4b-9d7e-6a0f2f5e8c11' }),
});

/** Where an event stands among all events: `<commit>:<prepare>` (PostgreSQL: transaction id and row). */
export const EventPositionText = z
  .string()
  .regex(/^\d{1,20}:\d{1,20}$/, 'must be a position `<commit>:<prepare>` as history or replay shows it')
  .meta({ example: '1234:56' });

export const AuditEvent = z
  .object({
    event_id: z.uuid(),
    stream_name: z.string(),
    type: z.string().meta({ example: 'PayoutRequested' }),
    revision: z.string().meta({ description: "The event's number in its payout's stream, from 0." }),
    position: EventPositionText,
    recorded_at: z.string().meta({ description: 'When the event store stored it (UTC).' }),
    data: z.record(z.string(), z.unknown()),
    metadata: z
      .record(z.string(), z.unknown())
      .meta({ description: 'actor, correlation_id, causation_id, traceparent, schema_version.' }),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof AuditEvent>;

export const PayoutHistory = z
  .object({ payout_id: z.uuid(), events: z.array(AuditEvent) })
  .meta({ id: 'PayoutHistory' });

export const payoutHistoryRoute = createRoute({
  method: 'get',
  path: '/api/v1/payouts/{id}/history',
  tags: ['audit'],
  summary: "A payout's full event history",
  description:
    "Every event of the payout in revision order, from the event store. A key of the payout's tenant with `payouts:read` or `audit:read`, or any key with `audit:read:all-tenants`; to any other key the payout does not exist (404).",
  security: [
    { bearer: ['payouts:read'] },
    { bearer: ['audit:read'] },
    { bearer: ['audit:read:all-tenants'] },
  ],
  request: { params: payoutIdParam },
  responses: {
    200: { description: 'The history.', content: { 'application/json': { schema: PayoutHistory } } },
    400: problem('The id is not a UUID.'),
    404: problem('No such payout visible to this key.'),
    ...auditProblems,
  },
});

export const PayoutAsOf = z
  .object({
    as_of: z.string(),
    revision: z.string().meta({ description: 'The last revision recorded at or before `as_of`.' }),
    payout: z.object({
      id: z.uuid(),
      tenant_id: z.string(),
      status: PayoutStatus,
      amount: z.string(),
      currency: z.string(),
      recipient_account: z.string(),
      description: z.string().nullable(),
      metadata: z.record(z.string(), z.string()),
      scheduled_for: z.string().nullable(),
      error_message: z.string().nullable(),
      error_code: z.string().nullable(),
      provider_reference: z.string().nullable(),
      attempts: z.number().int(),
      created_at: z.string(),
      updated_at: z.string(),
    }),
  })
  .meta({ id: 'PayoutAsOf' });

export const payoutAsOfRoute = createRoute({
  method: 'get',
  path: '/api/v1/payouts/{id}/as-of',
  tags: ['audit'],
  summary: "A payout's state as of a past time",
  description:
    "Folds the events the event store had recorded at `at` (inclusive). A key of the payout's tenant with `payouts:read` or `audit:read`, or any key with `audit:read:all-tenants`; to any other key the payout does not exist (404).",
  security: [
    { bearer: ['payouts:read'] },
    { bearer: ['audit:read'] },
    { bearer: ['audit:read:all-tenants'] },
  ],
  request: {
    params: payoutIdParam,
    query: z.object({
      at: z.iso
        .datetime({ offset: true, error: 'must be an ISO 8601 date-time with an offset' })
        .meta({ param: { name: 'at', in: 'query' }, example: '2026-11-26T10:15:00Z' }),
    }),
  },
  responses: {
    200: { description: 'The state then.', content: { 'application/json': { schema: PayoutAsOf } } },
    400: problem('The id or `at` is invalid; `errors` names it.'),
    404: problem('No such payout visible to this key, or it did not exist yet at `at`.'),
    ...auditProblems,
  },
});

export const ReplayQuery = z
  .object({
    after_position: EventPositionText.optional().meta({
      param: { name: 'after_position', in: 'query' },
      description: 'Start after this position (exclusive): the last position a previous replay showed.',
    }),
    to_position: EventPositionText.optional().meta({
      param: { name: 'to_position', in: 'query' },
      description: 'Stop at this position (inclusive).',
    }),
    from_time: z.iso
      .datetime({ offset: true, error: 'must be an ISO 8601 date-time with an offset' })
      .optional()
      .meta({
        param: { name: 'from_time', in: 'query' },
        description: 'Events recorded at or after this time.',
      }),
    to_time: z.iso
      .datetime({ offset: true, error: 'must be an ISO 8601 date-time with an offset' })
      .optional()
      .meta({ param: { name: 'to_time', in: 'query' }, description: 'Events recorded before this time.' }),
  })
  .meta({ id: 'ReplayQuery' });
export type ReplayQuery = z.infer<typeof ReplayQuery>;

export const replayEventsRoute = createRoute({
  method: 'get',
  path: '/api/v1/payouts/audit/events',
  tags: ['audit'],
  summary: 'Replay all payout events (NDJSON)',
  description:
    "Streams payout events in commit order, one AuditEvent per line, from the event store: with `audit:read` the events of the key's own tenant's payouts, with `audit:read:all-tenants` every tenant's.",
  security: [{ bearer: ['audit:read'] }, { bearer: ['audit:read:all-tenants'] }],
  request: { query: ReplayQuery },
  responses: {
    200: {
      description: 'One JSON AuditEvent per line.',
      content: { 'application/x-ndjson': { schema: AuditEvent } },
    },
    400: problem('A range parameter is invalid; `errors` names it.'),
    ...auditProblems,
  },
});

export const VerifyReport = z
  .object({
    ok: z.boolean(),
    streams: z.number().int(),
    events: z.number().int(),
    first_broken: z
      .object({
        stream_name: z.string(),
        revision: z.string(),
        event_id: z.uuid().nullable(),
        position: EventPositionText.nullable(),
        reason: z.string(),
      })
      .nullable()
      .meta({ description: 'The first event (in commit order) whose hash does not match, or null.' }),
  })
  .meta({ id: 'VerifyReport' });
export type VerifyReport = z.infer<typeof VerifyReport>;

export const verifyChainsRoute = createRoute({
  method: 'get',
  path: '/api/v1/payouts/audit/verify',
  tags: ['audit'],
  summary: "Verify every stream's hash chain",
  description:
    "Recomputes each event's hash from its content and its predecessor's hash, and names the first event that does not match. It spans every tenant's streams, so it needs `audit:read:all-tenants`.",
  security: [{ bearer: ['audit:read:all-tenants'] }],
  responses: {
    200: {
      description: 'The verification report.',
      content: { 'application/json': { schema: VerifyReport } },
    },
    501: problem('This event store keeps no hash chain.'),
    ...auditProblems,
  },
});
