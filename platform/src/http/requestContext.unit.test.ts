// Every answer under /api carries the request's correlation id: one the handler makes with c.json, a
// Response it builds by hand, and a problem from the error handler.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { HttpProblem, problemErrorHandler } from './problem.ts';
import { type RequestContextEnv, requestContext } from './requestContext.ts';

function app() {
  const logger = createLogger('test', 'silent');
  const a = new Hono<RequestContextEnv>();
  a.onError(problemErrorHandler(logger));
  a.use('/api/*', requestContext(logger));
  a.get('/api/json', (c) => c.json({ ok: true }));
  a.get('/api/raw', () => new Response('line\n', { headers: { 'Content-Type': 'application/x-ndjson' } }));
  a.get('/api/fails', () => {
    throw new HttpProblem(404, 'Not found', 'nothing here');
  });
  return a;
}

describe('requestContext', () => {
  for (const path of ['/api/json', '/api/raw', '/api/fails']) {
    it(`echoes the client's X-Correlation-Id on ${path}`, async () => {
      const response = await app().request(path, { headers: { 'X-Correlation-Id': 'corr-123' } });
      expect(response.headers.get('X-Correlation-Id')).toBe('corr-123');
    });
  }

  it('makes one up when the client sent none or an unsafe one', async () => {
    const response = await app().request('/api/json', { headers: { 'X-Correlation-Id': 'bad id!' } });
    expect(response.headers.get('X-Correlation-Id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
