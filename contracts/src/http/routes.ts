// The HTTP API's routes as data: paths, parameters, bodies and responses. command-api and query-api
// each implement their part; the OpenAPI document is generated from all of them, so it can never
// describe an endpoint differently from the schema that validates it.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { CreatePayoutBody, PayoutResource, Problem, ReplacePayoutBody, UpdatePayoutBody } from '../api.ts';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Problem } },
});

export const commonProblems = {
  401: problem('Missing or unknown API key.'),
  403: problem('The API key lacks the scope this endpoint needs.'),
  429: {
    ...problem(
      'Too many requests for this API key; `RateLimit` says how many remain (`r`) and when (`t`, seconds). Retry after `Retry-After` seconds.',
    ),
    headers: {
      RateLimit: {
        description: 'Remaining quota: `"default";r=<requests left>;t=<seconds until full>`.',
        schema: { type: 'string' as const },
      },
      'RateLimit-Policy': {
        description: 'The policy: `"default";q=<requests>;w=<window seconds>` (a token bucket per key).',
        schema: { type: 'string' as const },
      },
      'Retry-After': {
        description: 'Seconds until a request is allowed again.',
        schema: { type: 'integer' as const },
      },
    },
  },
};

/** `Idempotency-Key` on create: a retry with the same key and body replays the first response. */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;
export const CreatePayoutHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(IDEMPOTENCY_KEY_MAX_LENGTH)
    .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces')
    .optional()
    .meta({
      param: { name: 'Idempotency-Key', in: 'header' },
      description:
        'A unique key per intended payout (a UUID is a good choice), at most 255 printable ASCII characters. The same key with the same body returns the original response again for at least 72 hours; with a different body it is a 409.',
      example: '5f0c2b1e-8a43-4f5e-9a3b-0d3c2f1e7a10',
    }),
});

/** `If-Match` on update and cancel: the ETag of the revision the client decided on. */
export const ConditionalHeaders = z.object({
  'if-match': z
    .string()
    .optional()
    .meta({
      param: { name: 'If-Match', in: 'header' },
      description: 'The ETag from the last read or write; a stale one is refused with 412.',
      example: '"0"',
    }),
});

const payoutIdParam = z.object({
  id: z.uuid().meta({ param: { name: 'id', in: 'path' }, example: '0b0a4e0e-7c55-4c4b-9d7e-6a0f2f5e8c11' }),
});

const etagHeader = {
  ETag: { description: "The payout's revision; send it as If-Match.", schema: { type: 'string' as const } },
};

export const createPayoutRoute = createRoute({
  method: 'post',
  path: '/api/v1/payouts',
  tags: ['payouts'],
  summary: 'Request a payout',
  description:
    'Creates a payout in status `pending`; processing starts asynchronously. Send `Idempotency-Key` to retry safely.',
  security: [{ bearer: [] }],
  request: {
    headers: CreatePayoutHeaders,
    body: { required: true, content: { 'application/json': { schema: CreatePayoutBody } } },
  },
  responses: {
    201: {
      description: 'The payout was requested.',
      headers: { ...etagHeader, Location: { description: 'URL of the payout.', schema: { type: 'string' } } },
      content: { 'application/json': { schema: PayoutResource } },
    },
    400: problem('The body is malformed or a field is invalid; `errors` names each field.'),
    409: problem('The Idempotency-Key was already used with a different body.'),
    413: problem('The body is larger than 64 KiB.'),
    415: problem('The body is not application/json.'),
    ...commonProblems,
  },
});

export const getPayoutRoute = createRoute({
  method: 'get',
  path: '/api/v1/payouts/{id}',
  tags: ['payouts'],
  summary: 'Read one payout',
  security: [{ bearer: [] }],
  request: { params: payoutIdParam },
  responses: {
    200: {
      description: 'The payout.',
      headers: etagHeader,
      content: { 'application/json': { schema: PayoutResource } },
    },
    400: problem('The id is not a UUID.'),
    404: problem('No such payout for this tenant.'),
    ...commonProblems,
  },
});

export const PayoutPage = z
  .object({
    next: z.string().nullable().meta({ description: 'URL of the next page, or null on the last page.' }),
    previous: z
      .string()
      .nullable()
      .meta({ description: 'URL of the previous page, or null on the first page.' }),
    results: z.array(PayoutResource),
  })
  .meta({ id: 'PayoutPage' });

export const ListPayoutsQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .meta({ param: { name: 'limit', in: 'query' }, description: 'Page size, 1 to 100.', example: 20 }),
  cursor: z
    .string()
    .optional()
    .meta({
      param: { name: 'cursor', in: 'query' },
      description: 'Opaque cursor from `next` or `previous`.',
    }),
});

export const listPayoutsRoute = createRoute({
  method: 'get',
  path: '/api/v1/payouts',
  tags: ['payouts'],
  summary: 'List payouts',
  description: 'Newest first, in pages (`next`/`previous` cursor links).',
  security: [{ bearer: [] }],
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

export const replacePayoutRoute = createRoute({
  method: 'put',
  path: '/api/v1/payouts/{id}',
  tags: ['payouts'],
  summary: 'Replace a pending payout',
  description:
    'Replaces every editable field (`amount`, `currency`, `recipient_account`, `description`, `metadata`, `scheduled_for`); an omitted optional field returns to its default. Only while `pending`.',
  security: [{ bearer: [] }],
  request: {
    params: payoutIdParam,
    headers: ConditionalHeaders,
    body: { required: true, content: { 'application/json': { schema: ReplacePayoutBody } } },
  },
  responses: {
    200: payoutResponse('The payout as replaced.'),
    ...writeProblems,
    413: problem('The body is larger than 64 KiB.'),
    415: problem('The body is not application/json.'),
  },
});

export const updatePayoutRoute = createRoute({
  method: 'patch',
  path: '/api/v1/payouts/{id}',
  tags: ['payouts'],
  summary: 'Change fields of a pending payout',
  description: 'Changes only the fields sent (at least one). Only while `pending`.',
  security: [{ bearer: [] }],
  request: {
    params: payoutIdParam,
    headers: ConditionalHeaders,
    body: { required: true, content: { 'application/json': { schema: UpdatePayoutBody } } },
  },
  responses: {
    200: payoutResponse('The payout as updated.'),
    ...writeProblems,
    413: problem('The body is larger than 64 KiB.'),
    415: problem('The body is not application/json.'),
  },
});

export const cancelPayoutRoute = createRoute({
  method: 'delete',
  path: '/api/v1/payouts/{id}',
  tags: ['payouts'],
  summary: 'Cancel a pending payout',
  description:
    'Cancels the payout (status `cancelled`); nothing is deleted, its history is kept. Answers 200 with the cancelled payout. Only while `pending`.',
  security: [{ bearer: [] }],
  request: { params: payoutIdParam, headers: ConditionalHeaders },
  responses: {
    200: payoutResponse('The cancelled payout.'),
    ...writeProblems,
  },
});
