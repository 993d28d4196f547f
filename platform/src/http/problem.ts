// The one place errors become responses: RFC 9457 problem details, offending fields listed, never a
// stack trace or an internal message.
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import type { Logger } from '../logger.ts';

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

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

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

export function fieldErrorsFromZod(error: ZodError, prefix?: string): FieldError[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    // An unknown key is reported at the object; name the key itself.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    return keys.map((key) => ({
      field: [prefix, ...path, key].filter((p) => p !== undefined && p !== '').join('.') || '(body)',
      message: issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message,
    }));
  });
}

export function renderProblem(c: Context, problem: HttpProblem): Response {
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
  const response = c.body(JSON.stringify(body), problem.status, { 'Content-Type': PROBLEM_CONTENT_TYPE });
  for (const [name, value] of Object.entries(headers ?? {})) response.headers.set(name, value);
  return response;
}

export function problemErrorHandler(logger: Logger): ErrorHandler {
  return (err, c) => {
    if (err instanceof HttpProblem) return renderProblem(c, err);
    if (err instanceof HTTPException) {
      const status = err.status as ContentfulStatusCode;
      const title = status === 400 ? 'Malformed request' : err.message || 'Request failed';
      return renderProblem(c, new HttpProblem(status, title, err.message || undefined));
    }
    // The request's own logger (requestContext) when there is one, so the line has its correlation_id.
    const requestLogger = (c.var as unknown as { logger?: Logger }).logger ?? logger;
    requestLogger.error({ err, path: c.req.path, method: c.req.method }, 'unhandled error');
    return renderProblem(
      c,
      new HttpProblem(500, 'Internal error', 'The server could not complete the request.'),
    );
  };
}

export const notFoundProblem: NotFoundHandler = (c) =>
  renderProblem(c, new HttpProblem(404, 'Not found', `nothing at ${c.req.method} ${c.req.path}`));
