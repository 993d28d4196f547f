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
  requestContext,
  validationProblem,
} from '@payouts/platform';
import { type CommandEnv, payoutRoutes } from './payouts/routes.ts';

export type CommandAppDeps = {
  eventStore: EventStore;
  apiKeys: ApiKeyRecord[];
  logger: Logger;
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
  app.use('/api/v1/payouts/*', jsonBody);
  payoutRoutes(app, { eventStore: deps.eventStore, clock: deps.clock ?? (() => new Date()) });
  return app;
}
