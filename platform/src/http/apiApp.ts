// The one Hono app setup every HTTP API shares (command-api, query-api, and any API after them): the
// middleware in the order a request meets it, one error handler that turns every failure into a
// problem, and each route's own checks taken from its definition. A service adds its routes with
// app.openapi(route, handler) and nothing else: the scopes a route declares in its OpenAPI
// `security` are checked before anything else of the route runs, and a route that takes a JSON body
// gets it read by jsonBody, so no route can be registered without either.
import { OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../logger.ts';
import { httpMetrics } from '../metrics.ts';
import { type ApiKeyRecord, type AuthEnv, apiKeyAuth, routeScopeCheck } from './auth.ts';
import { closeWhenBodyUnread } from './connection.ts';
import { fieldErrorsFromZod } from './fieldErrors.ts';
import { jsonBody } from './jsonBody.ts';
import { notFoundProblem, problemErrorHandler, validationProblem } from './problem.ts';
import { type RateLimitOptions, rateLimit } from './rateLimit.ts';
import { type RequestContextEnv, requestContext } from './requestContext.ts';

export type ApiEnv = AuthEnv & RequestContextEnv;

export type ApiAppOptions = {
  /** The `service` label of its HTTP metrics. */
  service: string;
  logger: Logger;
  apiKeys: ApiKeyRecord[];
  /** Paths whose requests need an API key and spend its rate limit (`/api/v1/payouts/*`). */
  protectedPaths: string[];
  /** Per API key, one bucket across every protected path; none, or `requests: 0`, is no limit. */
  rateLimit?: RateLimitOptions;
};

export function createApiApp(options: ApiAppOptions): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>({
    strict: false,
    defaultHook: (result) => {
      if (!result.success) throw validationProblem(fieldErrorsFromZod(result.error));
    },
  });
  app.onError(problemErrorHandler(options.logger));
  app.notFound(notFoundProblem);
  app.use('*', closeWhenBodyUnread);
  app.use('*', httpMetrics(options.service));
  app.use('/api/*', requestContext(options.logger));
  const limits = options.rateLimit && options.rateLimit.requests > 0 ? [rateLimit(options.rateLimit)] : [];
  // No limit is no middleware at all, rather than one that only passes each request on.
  for (const path of options.protectedPaths) app.use(path, apiKeyAuth(options.apiKeys), ...limits);

  const register = app.openapi;
  app.openapi = ((route: RouteConfig, handler: never, hook?: never) =>
    register(
      { ...route, middleware: [...routeChecks(route), ...[route.middleware ?? []].flat()] } as never,
      handler,
      hook,
    )) as typeof app.openapi;
  return app;
}

/** What a route's definition asks of every request before its validators: its scopes, its body. */
function routeChecks(route: RouteConfig): MiddlewareHandler[] {
  const checks: MiddlewareHandler[] = [];
  const scopes = routeScopeCheck(route.security);
  if (scopes) checks.push(scopes as MiddlewareHandler);
  const content = route.request?.body?.content ?? {};
  if (Object.keys(content).some((mediaType) => /^application\/(?:[\w.-]+\+)?json\b/i.test(mediaType))) {
    checks.push(jsonBody);
  }
  return checks;
}
