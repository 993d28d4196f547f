// The HTTP API's routes as data: paths, parameters, bodies and responses. command-api and query-api
// each implement their part; the OpenAPI document is generated from all of them, so it can never
// describe an endpoint differently from the schema that validates it.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  CreatePayoutBody,
  PayoutResource,
  Problem,
  RECIPIENT_ACCOUNT_MAX_LENGTH,
  ReplacePayoutBody,
  UpdatePayoutBody,
} from '../api.ts';
import { PAYOUT_STATUSES } from '../payout/events.ts';
import {
  acceptPatchHeader,
  acceptPostHeader,
  etagHeader,
  type HeaderObject,
  rateLimitHeaders,
  retryAfterHeader,
  wwwAuthenticateHeader,
} from './headers.ts';
import { freeText, identifierText } from './text.ts';
import { isoInstant } from './time.ts';

export const problem = (description: string, headers?: Record<string, HeaderObject>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/problem+json': { schema: Problem } },
});

export const commonProblems = {
  401: problem('Missing or unknown API key.', wwwAuthenticateHeader),
  403: problem('The API key lacks the scope this endpoint needs.'),
  429: problem(
    'Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds.',
    { ...rateLimitHeaders(true), ...retryAfterHeader },
  ),
  503: problem(
    'A server this API depends on (the database, the event store) is not answering; nothing was changed that a retry would repeat. Retry after `Retry-After` seconds (with the same `Idempotency-Key` for a create).',
    retryAfterHeader,
  ),
};

/**
 * A payout id in a path. UUIDs are case-insensitive (RFC 9562), and a payout has one id: an
 * upper-case id names the same payout on every route, answered and stored in lower case.
 */
export const PayoutIdParam = z.object({
  id: z
    .uuid({ error: 'must be a UUID' })
    .toLowerCase()
    .meta({
      param: { name: 'id', in: 'path' },
      description: "The payout's id (a UUID, any letter case).",
    }),
});

/** `Idempotency-Key` on create: a retry with the same key and body replays the first response. */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;
export const CreatePayoutHeaders = z.object({
  // Header validation matches names case-insensitively, and the OpenAPI parameter must carry the
  // key's own name: so the key is spelled as clients see it.
  'Idempotency-Key': z
    .string()
    .min(1)
    .max(IDEMPOTENCY_KEY_MAX_LENGTH)
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
    .optional()
    .meta({
      // No example: Swagger UI would fill it in, and every person's second create would replay the first.
      param: { name: 'Idempotency-Key', in: 'header' },
      description:
        'A unique key per intended payout (a new UUID for each payout is a good choice), at most 255 printable ASCII characters. The same key with the same body returns the original response again for at least 72 hours (with `Idempotent-Replayed: true`); with a different body it is a 409. Leave it empty to create a new payout every time.',
    }),
});

/** `If-Match` on update and cancel: the ETag of the revision the client decided on. */
export const ConditionalHeaders = z.object({
  'If-Match': z
    .string()
    .optional()
    .meta({
      param: { name: 'If-Match', in: 'header' },
      description: 'The ETag from the last read or write (`"3"`); a stale one is refused with 412.',
    }),
});

/**
 * The collection and one payout. Both are served with and without a trailing slash (the
 * predecessor's URLs had one); the document, `Location` and README write them without, as a
 * validating proxy or a generated client matches one form exactly.
 */
export const PAYOUTS_PATH = '/api/v1/payouts';
export const PAYOUT_PATH = '/api/v1/payouts/{id}';

export const createPayoutRoute = createRoute({
  operationId: 'createPayout',
  method: 'post',
  path: PAYOUTS_PATH,
  tags: ['payouts'],
  summary: 'Request a payout',
  description:
    'Creates a payout in status `pending`; processing starts asynchronously. Send `Idempotency-Key` to retry safely.',
  security: [{ bearer: ['payouts:write'] }],
  request: {
    headers: CreatePayoutHeaders,
    body: { required: true, content: { 'application/json': { schema: CreatePayoutBody } } },
  },
  responses: {
    201: {
      description:
        'The payout was requested; or, for a retry with the same `Idempotency-Key` and body, the first answer again.',
      headers: {
        ...etagHeader,
        Location: {
          description: 'Path of the payout: `/api/v1/payouts/<id>`.',
          required: true,
          schema: { type: 'string' as const },
        },
        'Idempotent-Replayed': {
          description:
            '`true` when this answer replays the first answer to the same `Idempotency-Key` and body.',
          schema: { type: 'string' as const, enum: ['true'] },
        },
      },
      content: { 'application/json': { schema: PayoutResource } },
    },
    400: problem('The body is malformed or a field is invalid; `errors` names each field.'),
    409: problem('The Idempotency-Key was already used with a different body.'),
    413: problem('The body is larger than 64 KiB.'),
    415: problem('The body is not application/json.', acceptPostHeader(true)),
    ...commonProblems,
  },
});

/** The longest a read waits for the read model to reach a requested revision: long enough for a
 * projector that is a few seconds behind, short enough to stay well inside client timeouts. */
export const READ_WAIT_MAX_MS = 5_000;

const revisionText = z.string().regex(/^\d{1,18}$/, 'must be a revision number (the ETag of a write)');

const ReadPayoutHeaders = z.object({
  'If-None-Match': z
    .string()
    .optional()
    .meta({ param: { name: 'If-None-Match', in: 'header' }, description: 'An ETag; 304 if unchanged.' }),
  'X-Min-Revision': revisionText.optional().meta({
    param: { name: 'X-Min-Revision', in: 'header' },
    description: `Wait (at most ${READ_WAIT_MAX_MS / 1000} s) until the payout has reached this revision.`,
  }),
});

const ReadPayoutQuery = z.object({
  min_revision: revisionText
    .optional()
    .meta({ param: { name: 'min_revision', in: 'query' }, description: 'Same as `X-Min-Revision`.' }),
});

const staleHeader = {
  'X-Read-Model-Stale': {
    description: 'Present (`true`) when the read model had not reached the requested revision in time.',
    schema: { type: 'string' as const },
  },
};

export const getPayoutRoute = createRoute({
  operationId: 'getPayout',
  method: 'get',
  path: PAYOUT_PATH,
  tags: ['payouts'],
  summary: 'Read one payout',
  description: `Read-your-writes: send the revision a write answered (its \`ETag\`) as \`X-Min-Revision\` (or \`min_revision\`) and the read waits, at most ${READ_WAIT_MAX_MS / 1000} s, until the read model has reached it. If it has not by then, the answer is what the read model has, marked \`X-Read-Model-Stale: true\`.`,
  security: [{ bearer: ['payouts:read'] }],
  request: { params: PayoutIdParam, headers: ReadPayoutHeaders, query: ReadPayoutQuery },
  responses: {
    200: {
      description: 'The payout.',
      headers: { ...etagHeader, ...staleHeader },
      content: { 'application/json': { schema: PayoutResource } },
    },
    304: { description: '`If-None-Match` names the current revision.', headers: etagHeader },
    400: problem('The id is not a UUID, or a revision is not a number; `errors` names it.'),
    404: problem('No such payout for this tenant.'),
    ...commonProblems,
  },
});

export const PayoutPage = z
  .object({
    next: z.string().nullable().meta({
      description:
        'Link to the next page, relative to the server (path and query, e.g. `/api/v1/payouts/?cursor=...`), or null on the last page.',
    }),
    previous: z.string().nullable().meta({
      description:
        'Link to the previous page, relative to the server like `next`, or null on the first page.',
    }),
    results: z.array(PayoutResource),
  })
  .meta({ id: 'PayoutPage' });

/** Fields a list may be ordered by; ties are always broken by `id`. */
export const PAYOUT_ORDERING_FIELDS = ['created_at', 'amount', 'status', 'updated_at'] as const;
export type PayoutOrderingField = (typeof PAYOUT_ORDERING_FIELDS)[number];

/** A repeated query parameter (`?status=a&status=b`) counts as a comma-separated list. */
const joinRepeated = (value: unknown) => (Array.isArray(value) ? value.join(',') : value);
const queryParam = (name: string) => ({ param: { name, in: 'query' as const } });
/** ISO 8601 date-time with an offset, or a date (midnight UTC). No example: see ListPayoutsQuery. */
const instant = (name: string, description: string) =>
  isoInstant()
    .optional()
    .meta({
      ...queryParam(name),
      description: `${description} ISO 8601 with an offset (\`2026-11-01T00:00:00Z\`), or a date meaning midnight UTC.`,
    });
/** Non-negative decimal, compared numerically; bounded so the database never parses a novel. */
const amountBound = (name: string, description: string) =>
  z
    .string()
    .regex(/^\d{1,20}(\.\d{1,20})?$/, 'must be a non-negative decimal number such as "100.50"')
    .optional()
    .meta({ ...queryParam(name), description: `${description} A decimal such as \`100.00\`.` });

const STATUS_LIST = `^(${PAYOUT_STATUSES.join('|')})(,(${PAYOUT_STATUSES.join('|')}))*$`;

/**
 * The list's filters. None carries an example: Swagger UI fills examples into Try-it-out, and a
 * page filtered by every example at once is empty.
 */
export const ListPayoutsQuery = z
  .object({
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(100)
      .default(20)
      .meta({ ...queryParam('limit'), description: 'Page size, 1 to 100.' }),
    cursor: z
      .string()
      .optional()
      .meta({ ...queryParam('cursor'), description: 'Opaque cursor from `next` or `previous`.' }),
    status: z
      .preprocess(
        joinRepeated,
        z
          .string()
          .regex(
            new RegExp(STATUS_LIST),
            `must be one or more of ${PAYOUT_STATUSES.join(', ')}, separated by commas`,
          ),
      )
      .optional()
      .meta({
        // Repeated (`status=pending&status=failed`) or comma-separated (`status=pending,failed`), or both.
        param: { name: 'status', in: 'query', style: 'form', explode: true },
        type: 'array',
        items: { type: 'string', pattern: STATUS_LIST },
        description: `Statuses among ${PAYOUT_STATUSES.join(', ')}: the parameter repeated, or several separated by commas.`,
      }),
    currency: z
      .string()
      .regex(/^[A-Za-z]{3}$/, 'must be a three-letter ISO 4217 code')
      .optional()
      .meta({ ...queryParam('currency'), description: 'ISO 4217 code, case-insensitive.' }),
    min_amount: amountBound('min_amount', 'Amount at least this (numeric comparison).'),
    max_amount: amountBound('max_amount', 'Amount at most this (numeric comparison).'),
    created_after: instant('created_after', 'Created at or after this time.'),
    created_before: instant('created_before', 'Created at or before this time.'),
    updated_after: instant('updated_after', 'Last changed at or after this time.'),
    updated_before: instant('updated_before', 'Last changed at or before this time.'),
    recipient_account: identifierText(1, RECIPIENT_ACCOUNT_MAX_LENGTH)
      .optional()
      .meta({
        ...queryParam('recipient_account'),
        description: 'Exactly this recipient account (no control, formatting or line-break characters).',
      }),
    search: freeText(100)
      .trim()
      .min(3, 'must be at least 3 characters (shorter text cannot use the search index)')
      .optional()
      .meta({
        ...queryParam('search'),
        description:
          'Case-insensitive substring of `recipient_account` or `description`, 3 to 100 characters (no control characters other than tab and line breaks).',
      }),
    ordering: z
      .string()
      .regex(
        new RegExp(`^-?(${PAYOUT_ORDERING_FIELDS.join('|')})(,-?(${PAYOUT_ORDERING_FIELDS.join('|')}))*$`),
        `must be fields among ${PAYOUT_ORDERING_FIELDS.join(', ')}, each optionally prefixed by -, separated by commas`,
      )
      .refine((text) => {
        const fields = text.split(',').map((f) => f.replace(/^-/, ''));
        return new Set(fields).size === fields.length;
      }, 'names a field twice')
      .optional()
      .meta({
        ...queryParam('ordering'),
        description:
          'Sort keys among created_at, amount, status, updated_at; `-` for descending, commas for several (`status,-created_at`). Default `-created_at`; ties are broken by id.',
      }),
  })
  .superRefine((q, ctx) => {
    if (
      q.min_amount !== undefined &&
      q.max_amount !== undefined &&
      compareDecimals(q.min_amount, q.max_amount) > 0
    ) {
      ctx.addIssue({ code: 'custom', path: ['max_amount'], message: 'must not be less than min_amount' });
    }
  });
export type ListPayoutsQuery = z.infer<typeof ListPayoutsQuery>;

/** Compares two non-negative decimal strings without floats. */
function compareDecimals(a: string, b: string): number {
  const [ai = '', af = ''] = a.split('.');
  const [bi = '', bf = ''] = b.split('.');
  const width = Math.max(af.length, bf.length);
  const an = BigInt(ai + af.padEnd(width, '0'));
  const bn = BigInt(bi + bf.padEnd(width, '0'));
  return an === bn ? 0 : an < bn ? -1 : 1;
}

export const listPayoutsRoute = createRoute({
  operationId: 'listPayouts',
  method: 'get',
  path: PAYOUTS_PATH,
  tags: ['payouts'],
  summary: 'List payouts',
  description:
    'Filtered, searched and ordered (default newest first), in pages (`next`/`previous` cursor links). Every filter, the search and every ordering are served by indexes.',
  security: [{ bearer: ['payouts:read'] }],
  request: { query: ListPayoutsQuery },
  responses: {
    200: { description: 'A page of payouts.', content: { 'application/json': { schema: PayoutPage } } },
    400: problem('A query parameter is invalid; `errors` names it.'),
    ...commonProblems,
  },
});

const writeProblems = {
  400: problem('The id, a header or the body is invalid; `errors` names each field.'),
  404: problem('No such payout for this tenant.'),
  409: problem('The payout is no longer `pending`; `payout_status` says what it is.'),
  412: problem("If-Match does not match the payout's current ETag: read it again."),
  ...commonProblems,
};

const payoutResponse = (description: string) => ({
  description,
  headers: etagHeader,
  content: { 'application/json': { schema: PayoutResource } },
});

const READ_ONLY_NOTE =
  'The read-only fields of the payout (`id`, `status`, `error_code`, `error_message`, `created_at`, `updated_at`) are accepted and ignored, so a payout read with GET can be edited and sent back whole; any other unknown field is a 400.';

export const replacePayoutRoute = createRoute({
  operationId: 'replacePayout',
  method: 'put',
  path: PAYOUT_PATH,
  tags: ['payouts'],
  summary: 'Replace a pending payout',
  description: `Replaces every editable field (\`amount\`, \`currency\`, \`recipient_account\`, \`description\`, \`metadata\`, \`scheduled_for\`); an omitted optional field returns to its default. Only while \`pending\`. ${READ_ONLY_NOTE}`,
  security: [{ bearer: ['payouts:write'] }],
  request: {
    params: PayoutIdParam,
    headers: ConditionalHeaders,
    body: { required: true, content: { 'application/json': { schema: ReplacePayoutBody } } },
  },
  responses: {
    200: payoutResponse('The payout as replaced.'),
    ...writeProblems,
    413: problem('The body is larger than 64 KiB.'),
    415: problem('The body is not application/json.', {
      ...acceptPostHeader(false),
      ...acceptPatchHeader(false),
    }),
  },
});

export const updatePayoutRoute = createRoute({
  operationId: 'updatePayout',
  method: 'patch',
  path: PAYOUT_PATH,
  tags: ['payouts'],
  summary: 'Change fields of a pending payout',
  description: `Changes only the fields sent (at least one); \`null\` clears \`description\` or \`scheduled_for\`. Only while \`pending\`. ${READ_ONLY_NOTE}`,
  security: [{ bearer: ['payouts:write'] }],
  request: {
    params: PayoutIdParam,
    headers: ConditionalHeaders,
    body: { required: true, content: { 'application/json': { schema: UpdatePayoutBody } } },
  },
  responses: {
    200: payoutResponse('The payout as updated.'),
    ...writeProblems,
    413: problem('The body is larger than 64 KiB.'),
    415: problem('The body is not application/json.', {
      ...acceptPostHeader(false),
      ...acceptPatchHeader(true),
    }),
  },
});

export const cancelPayoutRoute = createRoute({
  operationId: 'cancelPayout',
  method: 'delete',
  path: PAYOUT_PATH,
  tags: ['payouts'],
  summary: 'Cancel a pending payout',
  description:
    'Cancels the payout (status `cancelled`); nothing is deleted, its history is kept. Answers 200 with the cancelled payout. Only while `pending`.',
  security: [{ bearer: ['payouts:write'] }],
  request: { params: PayoutIdParam, headers: ConditionalHeaders },
  responses: {
    200: payoutResponse('The cancelled payout.'),
    ...writeProblems,
  },
});
