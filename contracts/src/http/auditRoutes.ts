// Auditors' routes: read from the event store, never from the read model. They live under
// /api/v1/payouts so every deployment that routes reads of payouts to query-api serves them too.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { PayoutStatus } from '../payout/events.ts';
import { commonProblems, PayoutIdParam, problem } from './routes.ts';
import { isoDateTime } from './time.ts';

const auditProblems = {
  401: commonProblems[401],
  403: problem('The API key lacks the scope this endpoint needs (see its description).'),
  429: commonProblems[429],
  503: commonProblems[503],
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
    "Every event of the payout in revision order, from the event store. A key of the payout's tenant with `payouts:read` or `audit:read`, or any key with `audit:read:all-tenants`; to any other key the payout does not exist (404).",
  security: [
    { bearer: ['payouts:read'] },
    { bearer: ['audit:read'] },
    { bearer: ['audit:read:all-tenants'] },
  ],
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
    "Folds the payout's events up to `at` (inclusive). An event counts from the earlier of the time it occurred (the time base of the payout's `created_at` and `updated_at`) and the time the event store recorded it, so a payout exists as of its own `created_at`, and as of its `updated_at` it is as that answer showed it. A key of the payout's tenant with `payouts:read` or `audit:read`, or any key with `audit:read:all-tenants`; to any other key the payout does not exist (404).",
  security: [
    { bearer: ['payouts:read'] },
    { bearer: ['audit:read'] },
    { bearer: ['audit:read:all-tenants'] },
  ],
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
    "Streams payout events in commit order, one AuditEvent per line, from the event store: with `audit:read` the events of the key's own tenant's payouts, with `audit:read:all-tenants` every tenant's.",
  security: [{ bearer: ['audit:read'] }, { bearer: ['audit:read:all-tenants'] }],
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
            // JSON Schema's hint for what the text holds: here, per line.
            contentMediaType: 'application/x-ndjson',
            contentSchema: { $ref: '#/components/schemas/AuditEvent' },
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

const BrokenEvent = z.object({
  stream_name: z.string(),
  revision: z.string(),
  event_id: z
    .uuid()
    .nullable()
    .meta({ description: 'Null when the break is not one event (a stream head).' }),
  position: EventPositionText.nullable(),
  reason: z
    .string()
    .meta({ example: 'does not match anchor #12: this event, or an earlier one of its stream, was changed' }),
});

export const VerifyReport = z
  .object({
    ok: z
      .boolean()
      .meta({ description: 'No event breaks its chain or its anchor, and every anchor is valid.' }),
    streams: z.number().int(),
    events: z.number().int(),
    anchored_events: z
      .number()
      .int()
      .meta({ description: 'Events at positions a valid signed anchor covers.' }),
    not_yet_anchored_events: z.number().int().meta({
      description:
        'Events after the last valid anchor, checked by their chain alone until the next signing run.',
    }),
    anchors: z.number().int().meta({ description: 'Valid anchors checked, from #1.' }),
    last_anchor: z
      .object({
        sequence: z.number().int(),
        to_position: EventPositionText,
        signed_at: z.string(),
        key_id: z.string(),
        statement_sha256: z.string(),
      })
      .nullable()
      .meta({
        description: 'The last valid anchor: every event up to `to_position` was checked against it.',
      }),
    anchor_problem: z.object({ sequence: z.number().int(), reason: z.string() }).nullable().meta({
      description:
        'The first anchor that is not valid (bad signature, untrusted key, a gap in the sequence); no later anchor is used.',
    }),
    first_broken: BrokenEvent.nullable().meta({
      description: 'The first event (in commit order) that does not match, or null.',
    }),
    broken_streams: z.array(BrokenEvent).meta({
      description:
        'The first event that does not match in each stream that has one, in commit order; the first 1,000 such streams.',
    }),
    broken_stream_count: z
      .number()
      .int()
      .meta({ description: 'How many streams have an event that does not match.' }),
  })
  .meta({ id: 'VerifyReport' });
export type VerifyReport = z.infer<typeof VerifyReport>;

export const verifyChainsRoute = createRoute({
  operationId: 'verifyAuditTrail',
  method: 'get',
  path: '/api/v1/payouts/audit/verify',
  tags: ['audit'],
  summary: 'Verify every event against the signed anchors',
  description:
    "Reads every event in commit order, recomputes each stream's hash chain from the events themselves, and checks each event against the last valid signed anchor (Ed25519, checked with the configured public keys): an event that was edited, removed, moved or added since it was anchored is named, even when every hash the database keeps was recomputed. Events after the last anchor are checked by their chain alone (and, on PostgreSQL, by the stored hash column) and counted as not yet anchored. Works on both event stores. It spans every tenant's streams, so it needs `audit:read:all-tenants`.",
  security: [{ bearer: ['audit:read:all-tenants'] }],
  responses: {
    200: {
      description: 'The verification report (`ok: false` names what does not match).',
      content: { 'application/json': { schema: VerifyReport } },
    },
    ...auditProblems,
  },
});

export const AuditAnchor = z
  .object({
    sequence: z.number().int().min(1),
    statement: z.string().meta({
      description:
        'The exact signed text: JSON `{format: "payouts-audit-anchor/1", sequence, previous (SHA-256 hex of the previous statement, null for #1), key_id, signed_at, after_position (exclusive, null for #1), to_position (inclusive), events: [[event_id, stream_name, revision, position, chain hash hex], ...]}` in commit order.',
    }),
    signature: z.string().meta({ description: "Ed25519 signature of the statement's UTF-8 bytes, base64." }),
  })
  .meta({ id: 'AuditAnchor' });
export type AuditAnchor = z.infer<typeof AuditAnchor>;

export const listAnchorsRoute = createRoute({
  operationId: 'exportAuditAnchors',
  method: 'get',
  path: '/api/v1/payouts/audit/anchors',
  tags: ['audit'],
  summary: 'Export the signed anchors (NDJSON)',
  description:
    'Every signed anchor in sequence order, one AuditAnchor per line: with an export of the events (`/audit/events`) and the public key (`/audit/keys`), what an auditor needs to verify offline (see README, "Signed anchors"). Anchors name the streams of every tenant, so this needs `audit:read:all-tenants`.',
  security: [{ bearer: ['audit:read:all-tenants'] }],
  request: {
    query: z.object({
      after_sequence: z.coerce
        .number()
        .int()
        .min(0)
        .optional()
        .meta({
          param: { name: 'after_sequence', in: 'query' },
          description: 'Only anchors after this sequence: the last one a previous export held.',
        }),
    }),
  },
  responses: {
    200: {
      description:
        'Newline-delimited JSON: one `AuditAnchor` (see the schema of the same name) per line, each line ending with `\\n`; no anchors is an empty body.',
      content: {
        'application/x-ndjson': {
          // Text, a sequence of JSON documents, like the events' replay; AuditAnchor describes a line.
          schema: {
            type: 'string',
            description: 'Lines of JSON, each an AuditAnchor.',
            // JSON Schema's hint for what the text holds: here, per line.
            contentMediaType: 'application/x-ndjson',
            contentSchema: { $ref: '#/components/schemas/AuditAnchor' },
            example: '{"sequence":1,"key_id":"…","signature":"…",…}\n',
          },
        },
      },
    },
    400: problem('`after_sequence` is not a whole number; `errors` names it.'),
    ...auditProblems,
  },
});

export const AuditPublicKeys = z
  .object({
    keys: z.array(
      z.object({
        key_id: z
          .string()
          .meta({ description: "SHA-256 (hex) of the key's DER (SPKI) form, as anchors name it." }),
        algorithm: z.literal('Ed25519'),
        public_key_pem: z.string(),
      }),
    ),
  })
  .meta({ id: 'AuditPublicKeys' });

export const auditKeysRoute = createRoute({
  operationId: 'listAuditKeys',
  method: 'get',
  path: '/api/v1/payouts/audit/keys',
  tags: ['audit'],
  summary: 'The public keys anchors are checked with',
  description:
    'The Ed25519 public keys this deployment trusts for anchors (the current one and any kept after a rotation). An auditor should also hold a copy obtained out of band. Scope `audit:read` or `audit:read:all-tenants`.',
  security: [{ bearer: ['audit:read'] }, { bearer: ['audit:read:all-tenants'] }],
  responses: {
    200: { description: 'The keys.', content: { 'application/json': { schema: AuditPublicKeys } } },
    // From the service's settings, not the database: answered while the database is away too.
    401: auditProblems[401],
    403: auditProblems[403],
    429: auditProblems[429],
  },
});
