// The notifier's API as a Hono app: middleware in the order a request meets it, then the routes.
// Built like query-api's app (a shared platform builder is on its way; this is the one place to
// switch to it).
import { OpenAPIHono } from '@hono/zod-openapi';
import { WEBHOOK_DELIVERIES_PATH, WEBHOOK_ENDPOINTS_PATH, WEBHOOK_REPLAYS_PATH } from '@payouts/contracts';
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
import type pg from 'pg';
import { auditRoutes } from './audit/routes.ts';
import { deliveryRoutes } from './deliveries/routes.ts';
import { type NotifierEnv, webhookScopes } from './edge.ts';
import { endpointRoutes } from './endpoints/routes.ts';
import type { TargetPolicy } from './targets/targetPolicy.ts';

export type NotifierAppDeps = {
  pool: pg.Pool;
  eventStore: EventStore;
  apiKeys: ApiKeyRecord[];
  logger: Logger;
  policy: TargetPolicy;
  rateLimit: RateLimitOptions;
  clock: () => Date;
  /** The delivery worker looks at the queue now. */
  wake: () => void;
  /** The replay runner looks for work now. */
  wakeReplays: () => void;
};

export function createNotifierApp(deps: NotifierAppDeps): OpenAPIHono<NotifierEnv> {
  const app = new OpenAPIHono<NotifierEnv>({
    strict: false,
    defaultHook: (result) => {
      if (!result.success) throw validationProblem(fieldErrorsFromZod(result.error));
    },
  });
  app.onError(problemErrorHandler(deps.logger));
  app.notFound(notFoundProblem);
  app.use('*', httpMetrics('notifier'));
  app.use('/api/*', requestContext(deps.logger));
  const limit = rateLimit(deps.rateLimit);
  for (const prefix of [WEBHOOK_ENDPOINTS_PATH, WEBHOOK_DELIVERIES_PATH, WEBHOOK_REPLAYS_PATH]) {
    for (const path of [prefix, `${prefix}/*`]) app.use(path, apiKeyAuth(deps.apiKeys), limit, webhookScopes);
  }
  // Bodies only where a route takes one, so a POST without one (rotate, redeliver) is not a 415.
  app.on('POST', WEBHOOK_ENDPOINTS_PATH, jsonBody);
  app.on('PATCH', `${WEBHOOK_ENDPOINTS_PATH}/:id`, jsonBody);
  app.on('POST', `${WEBHOOK_ENDPOINTS_PATH}/:id/replay`, jsonBody);
  endpointRoutes(app, deps);
  deliveryRoutes(app, deps);
  auditRoutes(app, deps);
  return app;
}
