// The notifier's API: the shared app setup (platform's createApiApp), then its routes.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { WEBHOOK_PATH_PREFIXES, webhookRoutes } from '@payouts/contracts';
import {
  type ApiKeyRecord,
  addMethodAnswers,
  createApiApp,
  type EventStore,
  type Logger,
  type RateLimitOptions,
} from '@payouts/platform';
import type pg from 'pg';
import { auditRoutes } from './audit/routes.ts';
import { deliveryRoutes } from './deliveries/routes.ts';
import type { NotifierEnv } from './edge.ts';
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
  // Each route's scopes (webhooks:read, webhooks:write; histories also audit:read) come from its
  // definition in contracts, and its JSON body is read where it declares one.
  const app = createApiApp({
    service: 'notifier',
    logger: deps.logger,
    apiKeys: deps.apiKeys,
    protectedPaths: WEBHOOK_PATH_PREFIXES.flatMap((prefix) => [prefix, `${prefix}/*`]),
    rateLimit: deps.rateLimit,
  });
  endpointRoutes(app, deps);
  deliveryRoutes(app, deps);
  auditRoutes(app, deps);
  // OPTIONS and the 405s the document promises for these paths, after the routes above.
  addMethodAnswers(app, webhookRoutes);
  return app;
}
