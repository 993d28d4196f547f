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
import type { LegacyKeys } from './idempotency/legacyKeys.ts';
import { checkRetentionHours, DEFAULT_RETENTION_HOURS } from './idempotency/retention.ts';
import { type CommandEnv, payoutRoutes } from './payouts/routes.ts';

export type CommandAppDeps = {
  eventStore: EventStore;
  /** How long an Idempotency-Key binds its body (default 96 h, at least 72 h). */
  idempotencyRetentionHours?: number;
  /** Keys recorded before the upgrade to claims, when they could not be copied (legacyKeys.ts). */
  legacyIdempotencyKeys?: LegacyKeys | null;
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
    idempotency: {
      retentionHours: checkRetentionHours(deps.idempotencyRetentionHours ?? DEFAULT_RETENTION_HOURS),
      legacy: deps.legacyIdempotencyKeys ?? null,
    },
    clock: deps.clock ?? (() => new Date()),
  });
  addOpenApiDocument(app);
  addSwaggerUi(app);
  return app;
}
