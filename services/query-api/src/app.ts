// The query API as a Hono app: middleware in the order a request meets it, then the routes.
import { OpenAPIHono } from '@hono/zod-openapi';
import {
  type ApiKeyRecord,
  apiKeyAuth,
  fieldErrorsFromZod,
  httpMetrics,
  type Logger,
  notFoundProblem,
  problemErrorHandler,
  type RateLimitOptions,
  rateLimit,
  requestContext,
  validationProblem,
} from '@payouts/platform';
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
  const app = new OpenAPIHono<QueryEnv>({
    strict: false,
    defaultHook: (result) => {
      if (!result.success) throw validationProblem(fieldErrorsFromZod(result.error));
    },
  });
  app.onError(problemErrorHandler(deps.logger));
  app.notFound(notFoundProblem);
  app.use('*', httpMetrics('query-api'));
  app.use('/api/*', requestContext(deps.logger));
  // One set of buckets for every read route, each key's after its authentication.
  const limit = rateLimit(deps.rateLimit ?? { requests: 0, windowSeconds: 1 });
  app.use('/api/v1/payouts/*', apiKeyAuth(deps.apiKeys), limit);
  // Audit routes first: /api/v1/payouts/audit/... must not be taken for a payout id.
  auditRoutes(app, deps.audit);
  payoutQueryRoutes(app, {
    db: deps.db,
    projections: deps.projections ?? pollingProjections,
    readWaitMs: deps.readWaitMs,
  });
  reportRoutes(app, { db: deps.db, apiKeys: deps.apiKeys, rateLimit: limit });
  return app;
}
