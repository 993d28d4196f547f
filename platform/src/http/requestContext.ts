// Per-request correlation: the client's X-Correlation-Id (or a new one) and W3C traceparent, echoed
// back and carried into every event the request causes.
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../logger.ts';

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
    const traceparent = c.req.header('traceparent');
    c.set('requestId', requestId);
    c.set('correlationId', correlationId);
    c.set('traceparent', traceparent && TRACEPARENT.test(traceparent) ? traceparent : null);
    c.set('logger', logger.child({ correlation_id: correlationId, request_id: requestId }));
    await next();
    c.header('X-Correlation-Id', correlationId);
  };
}
