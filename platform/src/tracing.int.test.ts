// One trace across the hops this package owns: the HTTP request's server span, the relay's publish
// span, the consumer's span; each a child of the traceparent it was given, each handing on its own.
import { randomUUID } from 'node:crypto';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runConsumer } from './bus/consumer.ts';
import { openNatsBus } from './bus/natsBus.ts';
import type { Bus } from './bus/port.ts';
import { publishEvent } from './bus/publisher.ts';
import type { RecordedEvent } from './eventStore/port.ts';
import { type RequestContextEnv, requestContext } from './http/requestContext.ts';
import { createLogger } from './logger.ts';
import { metricsRegistry } from './metrics.ts';
import { eventually, TEST_NATS_URL, uniqueBusNames } from './testing/index.ts';
import { initTracing, type Tracing } from './tracing.ts';

const logger = createLogger('tracing-test', 'silent');
const exporter = new InMemorySpanExporter();
let tracing: Tracing;

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CLIENT_SPAN_ID = '00f067aa0ba902b7';
const CLIENT_TRACEPARENT = `00-${TRACE_ID}-${CLIENT_SPAN_ID}-01`;
const traceparentFor = (span: ReadableSpan) =>
  `00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`;

beforeAll(() => {
  tracing = initTracing('tracing-test', { testExporter: exporter });
});
afterAll(async () => {
  await tracing.shutdown();
});
beforeEach(() => exporter.reset());

describe('HTTP server spans', () => {
  const app = new Hono<RequestContextEnv>();
  app.use('/api/*', requestContext(logger));
  app.get('/api/things/:id', (c) => c.json({ traceparent: c.get('traceparent') }));
  app.get('/api/broken', () => {
    throw new Error('boom');
  });
  app.onError((_, c) => c.json({ error: true }, 500));

  it("continues the client's trace and hands the server span's traceparent to the handler", async () => {
    const res = await app.request('/api/things/42', { headers: { traceparent: CLIENT_TRACEPARENT } });
    const body = (await res.json()) as { traceparent: string };
    const [server] = exporter.getFinishedSpans();
    expect(server?.kind).toBe(SpanKind.SERVER);
    expect(server?.name).toBe('GET /api/things/:id');
    expect(server?.spanContext().traceId).toBe(TRACE_ID);
    expect(server?.parentSpanContext?.spanId).toBe(CLIENT_SPAN_ID);
    expect(server?.attributes['http.response.status_code']).toBe(200);
    expect(body.traceparent).toBe(traceparentFor(server!));
  });

  it('starts a trace when the client sent none, and marks a 500 as an error', async () => {
    await app.request('/api/things/1');
    await app.request('/api/broken');
    const [fresh, broken] = exporter.getFinishedSpans();
    expect(fresh?.parentSpanContext).toBeUndefined();
    expect(fresh?.spanContext().traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(broken?.attributes['http.response.status_code']).toBe(500);
    expect(broken?.status.code).toBe(2); // SpanStatusCode.ERROR
  });

  it('ignores a malformed traceparent', async () => {
    await app.request('/api/things/1', { headers: { traceparent: '00-nothex-01' } });
    expect(exporter.getFinishedSpans()[0]?.parentSpanContext).toBeUndefined();
  });
});

describe('bus spans and consumer lag', () => {
  const names = uniqueBusNames();
  let bus: Bus;

  beforeAll(async () => {
    bus = await openNatsBus(
      TEST_NATS_URL,
      { stream: names.NATS_STREAM, subjectPrefix: names.NATS_SUBJECT_PREFIX },
      'tracing-test',
      logger,
    );
  });
  afterAll(async () => {
    await bus.deleteStream();
    await bus.close();
  });

  const recorded = (metadata: Record<string, unknown>): RecordedEvent => ({
    id: randomUUID(),
    streamName: `payout-${randomUUID()}`,
    revision: 0n,
    type: 'PayoutRequested',
    data: {},
    metadata,
    position: { commit: 1n, prepare: 1n },
    recordedAt: new Date(),
  });

  it('publishes under the stored traceparent and consumes under the publish span', async () => {
    await publishEvent(bus, recorded({ traceparent: CLIENT_TRACEPARENT }));

    const controller = new AbortController();
    const seen: (string | undefined)[] = [];
    const consuming = runConsumer(
      bus,
      {
        durable: 'traced',
        filterSubject: `${bus.subjectPrefix}.events.>`,
        signal: controller.signal,
        logger,
      },
      async (_, info) => {
        seen.push(info.traceparent);
      },
    );
    const consumer = await eventually(
      async () => exporter.getFinishedSpans().find((s) => s.kind === SpanKind.CONSUMER),
      10_000,
      'the consumer span',
    );
    controller.abort();
    await consuming;

    const producer = exporter.getFinishedSpans().find((s) => s.kind === SpanKind.PRODUCER)!;
    expect(producer.name).toBe(`publish ${bus.subjectPrefix}.events.PayoutRequested`);
    expect(producer.spanContext().traceId).toBe(TRACE_ID);
    expect(producer.parentSpanContext?.spanId).toBe(CLIENT_SPAN_ID);
    expect(consumer.spanContext().traceId).toBe(TRACE_ID);
    expect(consumer.parentSpanContext?.spanId).toBe(producer.spanContext().spanId);
    expect(consumer.attributes['messaging.consumer.group.name']).toBe('traced');
    expect(seen).toEqual([traceparentFor(consumer)]);
  });

  it("exports a running consumer's lag from JetStream's own count", async () => {
    const controller = new AbortController();
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The handler holds the first message, so the other two stay pending (max 1 in flight).
    const consuming = runConsumer(
      bus,
      {
        durable: 'lagging',
        filterSubject: `${bus.subjectPrefix}.events.PayoutCancelled`,
        signal: controller.signal,
        logger,
      },
      () => blocked,
    );
    for (let i = 0; i < 3; i++) {
      await publishEvent(bus, { ...recorded({}), type: 'PayoutCancelled' });
    }
    // One scrape reads both gauges from one consumer info.
    const [pending, inFlight] = await eventually(
      async () => {
        const text = await metricsRegistry.metrics();
        const read = (name: string) =>
          new RegExp(`^${name}\\{stream="${bus.stream}",consumer="lagging"\\} (\\d+)$`, 'm').exec(text)?.[1];
        const both = [read('bus_consumer_pending_messages'), read('bus_consumer_ack_pending_messages')];
        const [waiting, delivered] = both.map(Number) as [number, number];
        // All three counted, and the held one (at least) delivered: the consumer has pulled by then.
        return both.every((v) => v !== undefined) && waiting + delivered === 3 && delivered >= 1
          ? [waiting, delivered]
          : undefined;
      },
      10_000,
      'three messages counted as pending or in flight, one of them delivered',
    );
    expect(pending! + inFlight!).toBe(3);
    expect(inFlight).toBeGreaterThanOrEqual(1);
    release();
    controller.abort();
    await consuming;
    // A stopped consumer is no longer reported as lagging.
    expect(await metricsRegistry.metrics()).not.toMatch(
      /^bus_consumer_pending_messages\{.*consumer="lagging"/m,
    );
  });
});
