// One OpenAPI 3.1 document for the whole payouts API: the write routes this app implements register
// themselves through app.openapi(); every other route defined in contracts (the read and audit routes
// query-api serves) is registered here from the same definitions, for documentation only. Taking them
// all from contracts means a new route is documented the day it is defined.
import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import * as contracts from '@payouts/contracts';
import type { Env } from 'hono';
import { z } from 'zod';

export const OPENAPI_PATH = '/api/v1/openapi.json';

/** The route definitions contracts exports (createRoute() adds getRoutingPath to each). */
export function contractRoutes(): RouteConfig[] {
  return (Object.values(contracts) as unknown[]).filter(
    (value): value is RouteConfig =>
      typeof value === 'object' &&
      value !== null &&
      'method' in value &&
      'path' in value &&
      'responses' in value &&
      typeof (value as { getRoutingPath?: unknown }).getRoutingPath === 'function',
  );
}

const DESCRIPTION = [
  'Request, change, cancel and read payouts. Amounts are decimal strings; times are UTC ISO 8601.',
  '',
  'Errors are RFC 9457 `application/problem+json`; `errors` lists each offending field.',
  'Requests are limited per API key (a token bucket in each service process): every answer to an',
  'authenticated request, errors included, carries `RateLimit` and `RateLimit-Policy`, and a `429` also `Retry-After`.',
  'While a server the API depends on is away the answer is a `503` with `Retry-After`; retry then.',
  "Writes answer with the payout's revision as `ETag`; send it as `If-Match` to make a change conditional.",
  'Send `Idempotency-Key` with a create to retry it safely: the same key and body answer the first response again.',
].join('\n');

/** Call after the app's own routes are registered, so that they are not registered twice. */
export function addOpenApiDocument<E extends Env>(app: OpenAPIHono<E>): void {
  const implemented = new Set(
    app.openAPIRegistry.definitions.flatMap((d) =>
      d.type === 'route' ? [`${d.route.method} ${d.route.path}`] : [],
    ),
  );
  for (const route of contractRoutes()) {
    if (!implemented.has(`${route.method} ${route.path}`)) {
      app.openAPIRegistry.registerPath(withHeaderNamesAsDeclared(route));
    }
  }
  for (const webhook of contracts.webhookDefinitions) app.openAPIRegistry.registerWebhook(webhook);
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description:
      "An API key as `Authorization: Bearer <key>`. Each key belongs to one tenant and has scopes, each operation naming the ones it accepts: `payouts:write` (POST, PUT, PATCH, DELETE), `payouts:read` (GET), `audit:read` (the audit trail of the key's own tenant), `webhooks:write` and `webhooks:read` (the tenant's webhook endpoints). `audit:read:all-tenants` reads every tenant's audit trail; it is a scope of its own, issued only on purpose.",
  });
  // Served by a plain route rather than app.doc31(), so that a failure to generate is logged and
  // answered as a problem like every other error. Generated once: the routes do not change.
  let document: unknown;
  app.get(OPENAPI_PATH, (c) => {
    document ??= app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 'Payouts API', version: '1.0.0', description: DESCRIPTION },
      tags: [{ name: 'payouts', description: "Payouts of the API key's tenant." }],
      security: [{ bearer: [] }],
    });
    return c.json(document);
  });
}

/**
 * Header validators match names case-insensitively, so a route may declare `if-none-match` and
 * document it as `If-None-Match`; the generator insists the two be spelled alike. For the document
 * only, key such headers by their documented name.
 */
function withHeaderNamesAsDeclared(route: RouteConfig): RouteConfig {
  const headers = route.request?.headers;
  if (!(headers instanceof z.ZodObject)) return route;
  const shape = Object.fromEntries(
    Object.entries(headers.shape as Record<string, z.ZodType>).map(([key, schema]) => {
      const name = (schema.meta() as { param?: { name?: string } } | undefined)?.param?.name;
      return [name ?? key, schema];
    }),
  );
  return { ...route, request: { ...route.request, headers: z.object(shape) } };
}
