// The query API as a Hono app: the platform's API setup (problems, metrics, request context, API
// keys, one rate limit across every read route, each route's scopes), then the routes.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { type ApiKeyRecord, createApiApp, type Logger, type RateLimitOptions } from '@payouts/platform';
import type { Kysely } from 'kysely';
import { type AuditDeps, auditRoutes } from './audit/routes.ts';
import { type Projections, pollingProjections } from './payouts/readYourWrites.ts';
import { payoutQueryRoutes, type QueryEnv } from './payouts/routes.ts';
import type { ReadModel } from './readModel/schema.ts';
import { reportRoutes } from './reports/routes.ts';

export type QueryAppDeps = {
  db: Kysely<ReadModel>;
  apiKeys: ApiKeyRecord[];
  logger: Logger;
  /** Wakes reads waiting for a revision; without it they re-check on a short timer. */
  projections?: Projections;
  /** How long a read waits for a revision; at most (and by default) READ_WAIT_MAX_MS. */
  readWaitMs?: number | undefined;
  audit: AuditDeps;
  /** Requests per API key across every read route; none (the default) means no limit. */
  rateLimit?: RateLimitOptions;
};

export function createQueryApp(deps: QueryAppDeps): OpenAPIHono<QueryEnv> {
  const app = createApiApp({
    service: 'query-api',
    logger: deps.logger,
    apiKeys: deps.apiKeys,
    protectedPaths: ['/api/v1/payouts/*', '/api/v1/reports/*'],
    ...(deps.rateLimit ? { rateLimit: deps.rateLimit } : {}),
  });
  // Audit routes first: /api/v1/payouts/audit/... must not be taken for a payout id.
  auditRoutes(app, deps.audit);
  payoutQueryRoutes(app, {
    db: deps.db,
    projections: deps.projections ?? pollingProjections,
    readWaitMs: deps.readWaitMs,
  });
  reportRoutes(app, { db: deps.db });
  return app;
}
