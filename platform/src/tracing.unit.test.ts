// Which exporter the OTEL_* variables choose, and what a request carries on when no tracer provider
// was registered (tests, tools): the client's own traceparent, unchanged.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { type RequestContextEnv, requestContext } from './http/requestContext.ts';
import { createLogger } from './logger.ts';
import { exporterFromEnv } from './tracing.ts';

describe('exporterFromEnv', () => {
  it.each([
    [{}, undefined],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: '' }, undefined],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://jaeger:4318' }, 'otlp'],
    [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://jaeger:4318/v1/traces' }, 'otlp'],
    [{ OTEL_TRACES_EXPORTER: 'console' }, 'console'],
    [{ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://jaeger:4318' }, undefined],
    [{ OTEL_TRACES_EXPORTER: 'otlp' }, 'otlp'],
  ])('%j -> %s', (env, expected) => {
    expect(exporterFromEnv(env)).toBe(expected);
  });
});

describe('requestContext without a tracer provider', () => {
  const app = new Hono<RequestContextEnv>();
  app.use('/api/*', requestContext(createLogger('test', 'silent')));
  app.get('/api/x', (c) =>
    c.json({ traceparent: c.get('traceparent'), correlation: c.get('correlationId') }),
  );

  it("passes the client's traceparent on as it came", async () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const res = await app.request('/api/x', { headers: { traceparent, 'X-Correlation-Id': 'c-1' } });
    expect(await res.json()).toEqual({ traceparent, correlation: 'c-1' });
    expect(res.headers.get('X-Correlation-Id')).toBe('c-1');
  });

  it('carries none when the client sent none', async () => {
    const res = await app.request('/api/x');
    expect(((await res.json()) as { traceparent: unknown }).traceparent).toBeNull();
  });
});
