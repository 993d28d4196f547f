// The exporter comes from the standard OTEL_* variables: none when nothing is set, OTLP over HTTP to
// OTEL_EXPORTER_OTLP_ENDPOINT when it is (here a local receiver standing in for a collector).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initTracing, tracer } from './tracing.ts';

describe('initTracing from the environment', () => {
  const received: { url: string | undefined; body: string }[] = [];
  let collector: Server;
  let endpoint: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    collector = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        received.push({ url: req.url, body });
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
  });
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (name.startsWith('OTEL_')) delete process.env[name];
    Object.assign(process.env, saved);
  });
  afterAll(() => new Promise<void>((resolve) => collector.close(() => resolve())));

  it('exports nothing when no OTEL_* variable names an exporter', async () => {
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    delete process.env.OTEL_TRACES_EXPORTER;
    const tracing = initTracing('quiet');
    expect(tracing.exporter).toBe('none');
    tracer().startSpan('unseen').end();
    await tracing.shutdown();
  });

  it('sends spans over OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT, named by OTEL_SERVICE_NAME', async () => {
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = endpoint;
    process.env.OTEL_SERVICE_NAME = 'payouts-under-test';
    const tracing = initTracing('fallback-name');
    expect(tracing.exporter).toBe('otlp');
    tracer().startSpan('exported-span').end();
    await tracing.shutdown(); // flushes the batch

    expect(received.map((r) => r.url)).toEqual(['/v1/traces']);
    expect(received[0]?.body).toContain('exported-span');
    expect(received[0]?.body).toContain('payouts-under-test');
    expect(received[0]?.body).not.toContain('unseen');
  });
});
