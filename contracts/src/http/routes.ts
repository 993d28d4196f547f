// The HTTP API's routes as data: paths, parameters, bodies and responses. command-api and query-api
// each implement their part; the OpenAPI document is generated from all of them, so it can never
// describe an endpoint differently from the schema that validates it.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { CreatePayoutBody, PayoutResource, Problem } from '../api.ts';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Problem } },
});

export const commonProblems = {
  401: problem('Missing or unknown API key.'),
  403: problem('The API key lacks the scope this endpoint needs.'),
  429: problem('Too many requests for this API key; retry after the RateLimit-Reset seconds.'),
};

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
    body: { required: true, content: { 'application/json': { schema: CreatePayoutBody } } },
  },
  responses: {
    201: {
      description: 'The payout was requested.',
      headers: { ...etagHeader, Location: { description: 'URL of the payout.', schema: { type: 'string' } } },
      content: { 'application/json': { schema: PayoutResource } },
    },
    400: problem('The body is malformed or a field is invalid; `errors` names each field.'),
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
