// One trace follows a payout through every service: the client's traceparent -> command-api's server
// span -> event metadata -> the relay's publish span -> NATS header -> the processor's consumer span ->
// the events it appends -> publish -> the projector's consumer span.
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { createLogger, initTracing, loadConfig, type Tracing } from '@payouts/platform';
import { createTestDatabase, eventually, type TestDatabase, uniqueBusNames } from '@payouts/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem, systemEnv } from '../start/system.ts';

const API_KEY = 'e2e-trace-key-0123456789';
const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
const CLIENT_SPAN_ID = 'b7ad6b7169203331';

describe('a payout, traced end to end', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;
  let database: TestDatabase;
  let system: RunningSystem;
  let base: string;

  beforeAll(async () => {
    tracing = initTracing('e2e', { testExporter: exporter });
    database = await createTestDatabase('e2e_trace');
    const names = uniqueBusNames();
    const config = loadConfig(systemEnv, {
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      NATS_URL: process.env.NATS_URL,
      ...names,
      DEV_API_KEY: API_KEY,
      PORT: '0',
      PROVIDER_LATENCY_MS: '10',
    });
    system = await startSystem(config, createLogger('e2e', 'warn'));
    base = `http://127.0.0.1:${system.port}`;
  });

  afterAll(async () => {
    await system?.stop();
    await database?.drop();
    await tracing?.shutdown();
  });

  it('carries the W3C trace from the HTTP request into the processor and the projector', async () => {
    const created = await fetch(`${base}/api/v1/payouts/`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${API_KEY}`,
        'Content-Type': 'application/json',
        traceparent: `00-${TRACE_ID}-${CLIENT_SPAN_ID}-01`,
      },
      body: JSON.stringify({ amount: '12.34', currency: 'EUR', recipient_account: 'TRACE-1' }),
    });
    expect(created.status).toBe(201);

    // The projector's span for PayoutCompleted is the last hop of the journey.
    const spans = await eventually(
      async () => {
        const inTrace = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === TRACE_ID);
        return inTrace.some(
          (s) => s.name.startsWith('projector process') && s.name.endsWith('PayoutCompleted'),
        )
          ? inTrace
          : undefined;
      },
      20_000,
      'the projector to handle PayoutCompleted in the same trace',
    );
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
    const parentOf = (span: ReadableSpan) => byId.get(span.parentSpanContext?.spanId ?? '');
    const find = (kind: SpanKind, name: RegExp) => spans.find((s) => s.kind === kind && name.test(s.name));

    const server = find(SpanKind.SERVER, /^POST /);
    expect(server?.parentSpanContext?.spanId).toBe(CLIENT_SPAN_ID);

    const requestedPublished = find(SpanKind.PRODUCER, /\.PayoutRequested$/);
    expect(parentOf(requestedPublished!)).toBe(server);

    const processorTook = find(SpanKind.CONSUMER, /^payout-processor.* process .*\.PayoutRequested$/);
    expect(parentOf(processorTook!)).toBe(requestedPublished);

    // The processor's own events hang under the span of the message that caused them.
    const completedPublished = find(SpanKind.PRODUCER, /\.PayoutCompleted$/);
    let ancestor = parentOf(completedPublished!);
    const chain: string[] = [];
    while (ancestor) {
      chain.push(ancestor.name);
      ancestor = parentOf(ancestor);
    }
    expect(chain.at(-1)).toBe(server?.name);
    expect(chain.some((name) => name.startsWith('payout-processor'))).toBe(true);

    const projected = find(SpanKind.CONSUMER, /^projector process .*\.PayoutCompleted$/);
    expect(parentOf(projected!)).toBe(completedPublished);
  });
});
