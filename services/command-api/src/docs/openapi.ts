// One OpenAPI 3.1 document for the whole payouts API, generated from every route contracts defines
// (the write routes this app implements, the read, audit and report routes query-api serves): a new
// route is documented the day it is defined, with the schemas that validate it. Beside the routes'
// own operations the document declares what every path answers at the HTTP level, because clients
// and validating proxies meet those answers too: HEAD wherever there is GET, OPTIONS, a 405 for any
// other method (undocumented, as OpenAPI means it), `X-Correlation-Id` on every answer and the rate
// limit's headers.
import { OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import * as contracts from '@payouts/contracts';
import { correlationHeader, isWebhookPath, rateLimitHeaders } from '@payouts/contracts';
import { addMethodAnswers, DOCUMENTED_METHODS, type DocumentedMethod, pathMethods } from '@payouts/platform';
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
  'Errors are RFC 9457 `application/problem+json`; `errors` lists each offending field. Text is refused',
  'rather than changed: NUL and unpaired surrogates anywhere, control and formatting characters in',
  'identifiers such as `recipient_account`, and control characters other than tab and line breaks in',
  'free text such as `description`. Payout ids are UUIDs in any letter case, answered in lower case.',
  'Requests are limited per API key (a token bucket in each service process): every answer to an',
  'authenticated request, errors included, carries `RateLimit` and `RateLimit-Policy` when a limit is',
  'configured, and a `429` also `Retry-After`.',
  'While a server the API depends on is away the answer is a `503` with `Retry-After`; retry then.',
  "Writes answer with the payout's revision as `ETag`; send it as `If-Match` to make a change conditional.",
  'Send `Idempotency-Key` with a create to retry it safely: the same key and body answer the first response again.',
  '',
  'Every path also answers `HEAD` where it answers `GET` and `OPTIONS` with `Allow` (under the tag `http`);',
  'a method a path does not list is answered `405` with `Allow`.',
].join('\n');

const TAGS = [
  { name: 'payouts', description: "Payouts of the API key's tenant." },
  { name: 'audit', description: 'History, as-of state, replay and hash chains, read from the event store.' },
  { name: 'reports', description: 'Totals kept by the scheduler.' },
  { name: 'http', description: 'HEAD and OPTIONS, which every path answers besides its operations.' },
];

type Json = Record<string, unknown>;
type Operation = Json & { operationId?: string; responses: Record<string, Json>; parameters?: Json[] };
type PathItem = Partial<Record<DocumentedMethod, Operation>>;
type Document = Json & { paths: Record<string, PathItem>; components: Json & { parameters?: Json } };

const CORRELATION_PARAMETER = 'CorrelationId';

/** The document, built once: the routes do not change while the process runs. */
let built: Document | undefined;
export function openApiDocument(): Document {
  built ??= buildDocument(contractRoutes());
  return built;
}

function buildDocument(routes: RouteConfig[]): Document {
  const app = new OpenAPIHono();
  for (const route of routes) {
    app.openAPIRegistry.registerPath(withHeaderNamesAsDeclared(route));
  }
  for (const webhook of contracts.webhookDefinitions) app.openAPIRegistry.registerWebhook(webhook);
  // A line of the anchors' NDJSON export: no route's JSON names it, so it is registered by name.
  app.openAPIRegistry.register('AuditAnchor', contracts.AuditAnchor);
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description:
      "An API key as `Authorization: Bearer <key>`. Each key belongs to one tenant and has scopes, each operation naming the ones it accepts: `payouts:write` (POST, PUT, PATCH, DELETE), `payouts:read` (GET), `audit:read` (the audit trail of the key's own tenant), `webhooks:write` and `webhooks:read` (the tenant's webhook endpoints). `audit:read:all-tenants` reads every tenant's audit trail; it is a scope of its own, issued only on purpose.",
  });
  const document = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Payouts API',
      version: '1.0.0',
      description: DESCRIPTION,
      // OpenAPI 3.1's SPDX `identifier`; the generator's types know only 3.0's `url`.
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' } as { name: string },
    },
    servers: [{ url: '/', description: 'The service that serves this document' }],
    tags: TAGS,
    security: [{ bearer: [] }],
  }) as unknown as Document;
  document.components.parameters = {
    ...document.components.parameters,
    [CORRELATION_PARAMETER]: {
      name: 'X-Correlation-Id',
      in: 'header',
      required: false,
      description:
        'Your id for this request (1 to 128 letters, digits or `._:-`): echoed back and stored in the events it causes. Another value is replaced by a new id.',
      schema: { type: 'string' },
    },
  };
  for (const { path, operations, allow } of pathMethods(routes)) {
    const item = document.paths[path]!;
    addHttpOperations(item, path, operations, allow);
    for (const operation of Object.values(item)) addCrossCuttingHeaders(operation);
  }
  // Components by name: the order they were defined in depends on which module loaded first, and a
  // generated client must not change with it.
  for (const [kind, map] of Object.entries(document.components)) {
    document.components[kind] = Object.fromEntries(
      Object.entries(map as Json).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  }
  // Paths in order, and in each the path's own operations first (in the usual method order), then
  // HEAD and OPTIONS: the order Swagger UI shows them in.
  const rank = (operation: Operation) => ((operation.tags as string[] | undefined)?.includes('http') ? 1 : 0);
  document.paths = Object.fromEntries(
    Object.keys(document.paths)
      .sort()
      .map((path) => {
        const item = document.paths[path]!;
        const methods = DOCUMENTED_METHODS.filter((m) => item[m] !== undefined).sort(
          (a, b) => rank(item[a]!) - rank(item[b]!),
        );
        return [path, Object.fromEntries(methods.map((m) => [m, item[m]]))];
      }),
  );
  return document;
}

/** `/api/v1/payouts/{id}/as-of` -> `PayoutsByIdAsOf`: the stem of the HTTP-level operation ids. */
function pathStem(path: string): string {
  return path
    .replace(/^\/api\/v\d+\//, '')
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => segment.replace(/^\{(.+)\}$/, 'by-$1'))
    .flatMap((segment) => segment.split(/[-_]/))
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/**
 * HEAD beside GET, and OPTIONS. A method a path does not list answers 405 with `Allow`; that is what
 * a method missing from an OpenAPI document means (a validating proxy answers it so too), so it has
 * no operation of its own.
 */
function addHttpOperations(
  item: PathItem,
  path: string,
  operations: DocumentedMethod[],
  allow: string,
): void {
  const stem = pathStem(path);
  const template = item[operations[0]!]!;
  // Who may ask is who may ask the path's own operations: the same key, the same refusals.
  const refusals = Object.fromEntries(
    ['401', '403', '429', '503'].flatMap((status) =>
      template.responses[status] ? [[status, template.responses[status]]] : [],
    ),
  );
  const shared = {
    tags: ['http'],
    security: template.security,
    parameters: (template.parameters ?? []).filter((p) => p.in === 'path'),
  };
  const allowHeader = {
    Allow: {
      description: `The methods this path answers: \`${allow}\`.`,
      required: true,
      schema: { type: 'string' },
    },
  };
  const get = item.get;
  if (get) {
    item.head = {
      ...get,
      operationId: `head${stem}`,
      tags: ['http'],
      summary: `Headers of: ${String(get.summary ?? '').replace(/^./, (c) => c.toLowerCase())}`,
      description: 'The answer GET gives, without its body.',
      responses: Object.fromEntries(
        Object.entries(get.responses).map(([status, response]) => {
          const { content: _content, ...withoutBody } = response;
          return [status, withoutBody];
        }),
      ),
    };
  }
  item.options = {
    ...shared,
    operationId: `options${stem}`,
    summary: 'Methods this path answers',
    description: `Answers 204 with \`Allow: ${allow}\`.`,
    responses: { 204: { description: 'The methods, in `Allow`.', headers: allowHeader }, ...refusals },
  };
}

/** `X-Correlation-Id` in and out of every operation, and the rate limit's headers on every answer. */
function addCrossCuttingHeaders(operation: Operation): void {
  operation.parameters = [
    ...(operation.parameters ?? []),
    { $ref: `#/components/parameters/${CORRELATION_PARAMETER}` },
  ];
  for (const [status, response] of Object.entries(operation.responses)) {
    operation.responses[status] = {
      ...response,
      headers: {
        ...rateLimitHeaders(false),
        ...correlationHeader,
        ...(response.headers as Json | undefined),
      },
    };
  }
}

/**
 * Serves the document, and the OPTIONS and 405 answers it promises for every path (registered here,
 * after the app's own routes, so that the two cannot drift apart).
 */
export function addOpenApiDocument<E extends Env>(app: OpenAPIHono<E>): void {
  const own = contractRoutes().filter((route) => !isWebhookPath(route.path));
  addMethodAnswers(app, own, 'query-api');
  // Served by a plain route rather than app.doc31(), so that a failure to generate is logged and
  // answered as a problem like every other error.
  app.get(OPENAPI_PATH, (c) => c.json(openApiDocument()));
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
