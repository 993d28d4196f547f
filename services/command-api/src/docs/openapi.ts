// One OpenAPI 3.1 document for the whole payouts API: the write routes this app implements register
// themselves through app.openapi(); the read routes (served by query-api) are registered here from the
// same definitions in contracts, for documentation only.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { getPayoutRoute, listPayoutsRoute } from '@payouts/contracts';
import type { Env } from 'hono';

export const OPENAPI_PATH = '/api/v1/openapi.json';

/** Read routes documented here; add a read route's definition when query-api gains one. */
const readRoutes = [listPayoutsRoute, getPayoutRoute];

export function addOpenApiDocument<E extends Env>(app: OpenAPIHono<E>): void {
  for (const route of readRoutes) app.openAPIRegistry.registerPath(route);
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description:
      'An API key as `Authorization: Bearer <key>`. Each key belongs to one tenant and has scopes: `payouts:write` (POST, PUT, PATCH, DELETE), `payouts:read` (GET), `audit:read`.',
  });
  app.doc31(OPENAPI_PATH, (c) => ({
    openapi: '3.1.0',
    info: {
      title: 'Payouts API',
      version: '1.0.0',
      description: [
        'Request, change, cancel and read payouts. Amounts are decimal strings; times are UTC ISO 8601.',
        '',
        'Errors are RFC 9457 `application/problem+json`; `errors` lists each offending field.',
        'Requests are limited per API key (a token bucket in each service process): every answer carries',
        '`RateLimit` and `RateLimit-Policy`, and a `429` also `Retry-After`.',
        "Writes answer with the payout's revision as `ETag`; send it as `If-Match` to make a change conditional.",
      ].join('\n'),
    },
    servers: [{ url: new URL(c.req.url).origin }],
    tags: [{ name: 'payouts', description: "Payouts of the API key's tenant." }],
    security: [{ bearer: [] }],
  }));
}
