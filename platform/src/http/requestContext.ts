// Per-request correlation: the client's X-Correlation-Id (or a new one) and W3C traceparent, echoed
// back and carried into every event the request causes. Each request is an HTTP server span, a child
// of the client's traceparent; the traceparent handed to the handlers (and so to the events) is that
// span's, so the work the request causes downstream hangs under it.
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../logger.ts';
import {
  contextFromTraceparent,
  SpanKind,
  SpanStatusCode,
  traceparentOf,
  tracer,
  withActiveSpan,
} from '../tracing.ts';

export type RequestContextEnv = {
  Variables: { correlationId: string; requestId: string; traceparent: string | null; logger: Logger };
};

const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const TRACEPARENT = /^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

export function requestContext(logger: Logger): MiddlewareHandler<RequestContextEnv> {
  return async (c, next) => {
    const requestId = randomUUID();
    const given = c.req.header('X-Correlation-Id');
    const correlationId = given && SAFE_ID.test(given) ? given : requestId;
    const header = c.req.header('traceparent');
    const incoming = header && TRACEPARENT.test(header) ? header : null;
    const parent = contextFromTraceparent(incoming);
    const span = tracer().startSpan(
      `${c.req.method} ${c.req.path}`,
      {
        kind: SpanKind.SERVER,
        attributes: {
          'http.request.method': c.req.method,
          'url.path': c.req.path,
          correlation_id: correlationId,
        },
      },
      parent,
    );
    const traceparent = traceparentOf(span, incoming);
    c.set('requestId', requestId);
    c.set('correlationId', correlationId);
    c.set('traceparent', traceparent);
    const traceId = span.spanContext().traceId;
    c.set(
      'logger',
      logger.child({
        correlation_id: correlationId,
        request_id: requestId,
        ...(span.isRecording() ? { trace_id: traceId } : {}),
      }),
    );
    // Set before the answer exists, so the handler's answer is made with it: set on a finished answer,
    // Hono rebuilds that answer, and Node's adapter then builds a whole web Response (body stream
    // included), the largest single cost of a GET by id after its query.
    c.header('X-Correlation-Id', correlationId);
    const started = performance.now();
    try {
      // What a request causes reaches its trace through c.var.traceparent; the span is active
      // only when it records (withActiveSpan says why).
      await withActiveSpan(span, parent, next);
    } finally {
      const status = c.res.status;
      // A span that records nothing would drop these: not worth building per request.
      if (span.isRecording()) {
        span.updateName(`${c.req.method} ${c.req.routePath}`);
        span.setAttributes({ 'http.route': c.req.routePath, 'http.response.status_code': status });
        if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      }
      span.end();
      // One line per request, at debug: nginx keeps the access log; LOG_LEVEL=debug adds this one.
      c.get('logger').debug(
        { method: c.req.method, route: c.req.routePath, status, duration_ms: performance.now() - started },
        'request',
      );
    }
    // An answer made without the prepared headers (a Response built by hand) gets it now.
    if (c.res.headers.get('X-Correlation-Id') === null) c.header('X-Correlation-Id', correlationId);
  };
}
