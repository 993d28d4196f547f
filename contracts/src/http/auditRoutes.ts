// Auditors' routes: read from the event store, never from the read model. They live under
// /api/v1/payouts so every deployment that routes reads of payouts to query-api serves them too.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { PayoutStatus } from '../payout/events.ts';
import { commonProblems, PayoutIdParam, problem } from './routes.ts';
import { isoDateTime } from './time.ts';

const auditProblems = {
  401: commonProblems[401],
  403: problem('The API key lacks the audit:read scope.'),
  429: commonProblems[429],
};

/** Where an event stands among all events: `<commit>:<prepare>` (PostgreSQL: transaction id and row). */
/** Each part of a position is a signed 64-bit integer in the stores (PostgreSQL's bigint): larger
 * numbers cannot be compared there, and would fail the replay after its answer had begun. */
const POSITION_PART_MAX = 9_223_372_036_854_775_807n;
export const EventPositionText = z
  .string()
  .regex(/^\d{1,19}:\d{1,19}$/, 'must be a position `<commit>:<prepare>` as history or replay shows it')
  .refine(
    // A text the pattern refused is reported by the pattern alone.
    (text) => !/^\d+:\d+$/.test(text) || text.split(':').every((part) => BigInt(part) <= POSITION_PART_MAX),
    `each part of a position must be at most ${POSITION_PART_MAX}`,
  )
  .meta({ description: 'An event position: `<commit>:<prepare>`, as history or replay shows it.' });

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
  operationId: 'getPayoutHistory',
  method: 'get',
  path: '/api/v1/payouts/{id}/history',
  tags: ['audit'],
  summary: "A payout's full event history",
  description:
    'Every event of the payout in revision order, from the event store. Scope `audit:read`, or the owning tenant.',
  security: [{ bearer: [] }],
  request: { params: PayoutIdParam },
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
  operationId: 'getPayoutAsOf',
  method: 'get',
  path: '/api/v1/payouts/{id}/as-of',
  tags: ['audit'],
  summary: "A payout's state as of a past time",
  description:
    "Folds the payout's events up to `at` (inclusive). An event counts from the earlier of the time it occurred (the time base of the payout's `created_at` and `updated_at`) and the time the event store recorded it, so a payout exists as of its own `created_at`, and as of its `updated_at` it is as that answer showed it. Scope `audit:read`, or the owning tenant.",
  security: [{ bearer: [] }],
  request: {
    params: PayoutIdParam,
    query: z.object({
      at: isoDateTime().meta({
        param: { name: 'at', in: 'query' },
        description:
          'ISO 8601 date-time with an offset, such as a `created_at` or `updated_at` of the payout.',
      }),
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
    from_time: isoDateTime()
      .optional()
      .meta({
        param: { name: 'from_time', in: 'query' },
        description: 'Events recorded at or after this time.',
      }),
    to_time: isoDateTime()
      .optional()
      .meta({ param: { name: 'to_time', in: 'query' }, description: 'Events recorded before this time.' }),
  })
  .meta({ id: 'ReplayQuery' });
export type ReplayQuery = z.infer<typeof ReplayQuery>;

export const replayEventsRoute = createRoute({
  operationId: 'replayPayoutEvents',
  method: 'get',
  path: '/api/v1/payouts/audit/events',
  tags: ['audit'],
  summary: 'Replay all payout events (NDJSON)',
  description:
    'Streams every payout event in commit order, one AuditEvent per line, from the event store. Scope `audit:read`.',
  security: [{ bearer: [] }],
  request: { query: ReplayQuery },
  responses: {
    200: {
      description:
        'Newline-delimited JSON: one `AuditEvent` (see the schema of the same name) per line, each line ending with `\\n`; no events is an empty body.',
      content: {
        'application/x-ndjson': {
          // The body is text, a sequence of JSON documents; no JSON Schema describes it as one value.
          schema: {
            type: 'string',
            description: 'Lines of JSON, each an AuditEvent.',
            example:
              '{"event_id":"…","type":"PayoutRequested",…}\n{"event_id":"…","type":"PayoutProcessingStarted",…}\n',
          },
        },
      },
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
  operationId: 'verifyHashChains',
  method: 'get',
  path: '/api/v1/payouts/audit/verify',
  tags: ['audit'],
  summary: "Verify every stream's hash chain",
  description:
    "Recomputes each event's hash from its content and its predecessor's hash, and names the first event that does not match. Scope `audit:read`.",
  security: [{ bearer: [] }],
  responses: {
    200: {
      description: 'The verification report.',
      content: { 'application/json': { schema: VerifyReport } },
    },
    501: problem('This event store keeps no hash chain.'),
    ...auditProblems,
  },
});
