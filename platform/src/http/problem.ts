// The one place errors become responses: RFC 9457 problem details, offending fields listed, never a
// stack trace or an internal message. A dependency that is away is a 503 the client may retry, a
// payout's refusal is the problem its kind says, and only what is left is a 500 worth an error log.
import { PayoutRejected } from '@payouts/contracts';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from '../logger.ts';
import { isDependencyUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from './unavailable.ts';

export type FieldError = { field: string; message: string };

export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
};

const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** A failure that has a response: thrown anywhere in a request, rendered by `onError`. */
export class HttpProblem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly title: string,
    readonly detail?: string,
    readonly extra: {
      type?: string;
      errors?: FieldError[];
      headers?: Record<string, string>;
      [k: string]: unknown;
    } = {},
  ) {
    super(detail ?? title);
    this.name = 'HttpProblem';
  }
}

export function validationProblem(errors: FieldError[], detail?: string): HttpProblem {
  return new HttpProblem(
    400,
    'Invalid request',
    detail ?? errors.map((e) => `${e.field}: ${e.message}`).join('; '),
    {
      type: '/problems/validation',
      errors,
    },
  );
}

/** A payout's refusal (from its decider) as the problem a client of either API gets for it. */
export function rejectionProblem(err: PayoutRejected, path: string): HttpProblem {
  switch (err.kind) {
    case 'invalid':
      return validationProblem([{ field: err.details.field ?? '(body)', message: err.message }]);
    case 'not_found':
      return new HttpProblem(404, 'Not found', `no payout at ${path}`);
    default:
      return new HttpProblem(409, 'Conflict', err.message, {
        type: '/problems/payout-state',
        ...(err.details.status ? { payout_status: err.details.status } : {}),
      });
  }
}

/**
 * Renders a problem with its headers given when the response is made: a header set on a response
 * after it was made can be lost (@hono/node-server's lightweight Response rebuilds itself from its
 * first headers when something later reads its body, as c.header() does).
 */
function renderProblem(c: Context, problem: HttpProblem): Response {
  const { type, errors, headers, ...extensions } = problem.extra;
  const body: ProblemBody = {
    type: type ?? 'about:blank',
    title: problem.title,
    status: problem.status,
    ...(problem.detail ? { detail: problem.detail } : {}),
    instance: new URL(c.req.url).pathname,
    ...(errors ? { errors } : {}),
    ...extensions,
  };
  return c.body(JSON.stringify(body), problem.status, {
    ...headers,
    'Content-Type': PROBLEM_CONTENT_TYPE,
  });
}

export function problemErrorHandler(logger: Logger): ErrorHandler {
  return (err, c) => {
    if (err instanceof HttpProblem) return renderProblem(c, err);
    if (err instanceof PayoutRejected) return renderProblem(c, rejectionProblem(err, c.req.path));
    if (err instanceof HTTPException) {
      const status = err.status as ContentfulStatusCode;
      const title = status === 400 ? 'Malformed request' : err.message || 'Request failed';
      return renderProblem(c, new HttpProblem(status, title, err.message || undefined));
    }
    // The request's own logger (requestContext) when there is one, so the line has its correlation_id.
    const requestLogger = (c.var as unknown as { logger?: Logger }).logger ?? logger;
    if (isDependencyUnavailable(err)) {
      // Expected while a server restarts or the network blips; /readyz says so too. Not a bug.
      requestLogger.warn({ err: (err as Error).message, path: c.req.path }, 'dependency unavailable');
      return renderProblem(
        c,
        new HttpProblem(
          503,
          'Service unavailable',
          `A service this API depends on is not answering; retry in ${UNAVAILABLE_RETRY_AFTER_SECONDS} s.`,
          {
            type: '/problems/unavailable',
            headers: { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER_SECONDS) },
          },
        ),
      );
    }
    requestLogger.error({ err, path: c.req.path, method: c.req.method }, 'unhandled error');
    return renderProblem(
      c,
      new HttpProblem(500, 'Internal error', 'The server could not complete the request.'),
    );
  };
}

export const notFoundProblem: NotFoundHandler = (c) =>
  renderProblem(c, new HttpProblem(404, 'Not found', `nothing at ${c.req.method} ${c.req.path}`));
