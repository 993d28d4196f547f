// The command API as a Hono app: the platform's API setup (problems, metrics, request context, API
// keys, rate limit, each route's scopes and body), then the routes and the documentation.
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  type ApiKeyRecord,
  createApiApp,
  type EventStore,
  type Logger,
  type RateLimitOptions,
} from '@payouts/platform';
import { addOpenApiDocument } from './docs/openapi.ts';
import { addSwaggerUi } from './docs/swagger.ts';
import type { IdempotencyStore } from './idempotency/store.ts';
import { type CommandEnv, payoutRoutes } from './payouts/routes.ts';

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
  const app = createApiApp({
    service: 'command-api',
    logger: deps.logger,
    apiKeys: deps.apiKeys,
    protectedPaths: ['/api/v1/payouts/*'],
    rateLimit: deps.rateLimit,
  });
  payoutRoutes(app, {
    eventStore: deps.eventStore,
    idempotency: deps.idempotency,
    clock: deps.clock ?? (() => new Date()),
  });
  addOpenApiDocument(app);
  addSwaggerUi(app);
  return app;
}
