// The command API as a Hono app: middleware in the order a request meets it, then the routes.
import { OpenAPIHono } from '@hono/zod-openapi';
import {
  type ApiKeyRecord,
  apiKeyAuth,
  type EventStore,
  fieldErrorsFromZod,
  httpMetrics,
  jsonBody,
  type Logger,
  notFoundProblem,
  problemErrorHandler,
  type RateLimitOptions,
  rateLimit,
  requestContext,
  validationProblem,
} from '@payouts/platform';
import { addOpenApiDocument } from './docs/openapi.ts';
import { addSwaggerUi } from './docs/swagger.ts';
import type { IdempotencyStore } from './idempotency/store.ts';
import { COLLECTION_PATH, type CommandEnv, ITEM_PATH, payoutRoutes } from './payouts/routes.ts';

export type CommandAppDeps = {
  eventStore: EventStore;
  idempotency: IdempotencyStore;
  apiKeys: ApiKeyRecord[];
  logger: Logger;
  /** Per API key; `requests: 0` turns the limit off. */
  rateLimit: RateLimitOptions;
  clock?: () => Date;
};

export function createCommandApp(deps: CommandAppDeps): OpenAPIHono<CommandEnv> {
  const app = new OpenAPIHono<CommandEnv>({
    strict: false,
    defaultHook: (result) => {
      if (!result.success) throw validationProblem(fieldErrorsFromZod(result.error));
    },
  });
  app.onError(problemErrorHandler(deps.logger));
  app.notFound(notFoundProblem);
  app.use('*', httpMetrics('command-api'));
  app.use('/api/*', requestContext(deps.logger));
  app.use('/api/v1/payouts/*', apiKeyAuth(deps.apiKeys));
  app.use('/api/v1/payouts/*', rateLimit(deps.rateLimit));
  // Bodies only where a route takes one, so another method on the resource is a 405, not a 415.
  app.on('POST', COLLECTION_PATH, jsonBody);
  app.on(['PUT', 'PATCH'], ITEM_PATH, jsonBody);
  payoutRoutes(app, {
    eventStore: deps.eventStore,
    idempotency: deps.idempotency,
    clock: deps.clock ?? (() => new Date()),
  });
  addOpenApiDocument(app);
  addSwaggerUi(app);
  return app;
}
