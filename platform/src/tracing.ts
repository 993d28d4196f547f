// OpenTelemetry tracing, configured by the standard OTEL_* variables. One trace follows a payout:
// the HTTP server span of the request, the relay's publish span, the consumers' spans in the
// processor and the projector, joined by W3C traceparent in event metadata and NATS headers.
//
// Spans are always made once initTracing ran (so every event carries a traceparent and logs a
// trace_id). With no exporter, a trace this process starts is not sampled: its spans carry ids but
// record nothing (a recorded span nobody exports cost about a tenth of the pipeline's Node CPU per
// payout: bench/RESULTS.md, "CPU per payout"), and a trace a client sent as sampled stays sampled.
// Spans leave the process only when an exporter is configured:
//   OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) set -> OTLP over HTTP
//   OTEL_TRACES_EXPORTER=otlp | console | none                            -> that exporter, or none
//   OTEL_SDK_DISABLED=true                                                -> no provider at all
// Sampling (OTEL_TRACES_SAMPLER), batching (OTEL_BSP_*) and the OTLP headers are read by the SDK.
import {
  type Context,
  context,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  BatchSpanProcessor,
  ConsoleSpanExporter,
  ParentBasedSampler,
  SimpleSpanProcessor,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

export { type Context, type Span, SpanKind, SpanStatusCode } from '@opentelemetry/api';

const TRACER_NAME = '@payouts/platform';

export type Tracing = {
  /** Where spans go: 'otlp', 'console', 'none', or 'test' for an exporter given by a test. */
  exporter: string;
  /** Sends what is buffered; the tests call it before they read their exporter. */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
};

let active: { provider: NodeTracerProvider; tracing: Tracing } | undefined;

/** The exporter the OTEL_* variables ask for, or undefined for none. */
export function exporterFromEnv(env: Record<string, string | undefined> = process.env): string | undefined {
  const named = env.OTEL_TRACES_EXPORTER?.trim();
  if (named) return named === 'none' ? undefined : named;
  return env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim()
    ? 'otlp'
    : undefined;
}

/**
 * Registers the process's tracer provider, once: a second call (two services in one process) gets
 * the first one. `testExporter` replaces whatever the environment names, with spans sent at once.
 */
export function initTracing(serviceName: string, options: { testExporter?: SpanExporter } = {}): Tracing {
  if (active) return active.tracing;
  const disabled = process.env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true';
  if (disabled && !options.testExporter) {
    return { exporter: 'none', flush: async () => {}, shutdown: async () => {} };
  }
  const exporterName = options.testExporter ? 'test' : (exporterFromEnv() ?? 'none');
  const spanProcessors: SpanProcessor[] = [];
  if (options.testExporter) spanProcessors.push(new SimpleSpanProcessor(options.testExporter));
  else if (exporterName === 'otlp') spanProcessors.push(new BatchSpanProcessor(new OTLPTraceExporter()));
  else if (exporterName === 'console')
    spanProcessors.push(new SimpleSpanProcessor(new ConsoleSpanExporter()));
  else if (exporterName !== 'none') {
    throw new Error(`OTEL_TRACES_EXPORTER: ${exporterName} is not supported here (otlp, console or none)`);
  }
  const resource = resourceFromAttributes({ 'service.name': serviceName }).merge(
    detectResources({ detectors: [envDetector] }),
  );
  const provider = new NodeTracerProvider({
    resource,
    spanProcessors,
    ...(exporterName === 'none' ? { sampler: new ParentBasedSampler({ root: new AlwaysOffSampler() }) } : {}),
  });
  provider.register();
  const tracing: Tracing = {
    exporter: exporterName,
    flush: () => provider.forceFlush(),
    async shutdown() {
      if (active?.provider !== provider) return;
      active = undefined;
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
  active = { provider, tracing };
  return tracing;
}

/** Flushes and stops the provider, if there is one (platform/src/process.ts calls it on the way out). */
export async function shutdownTracing(): Promise<void> {
  await active?.tracing.shutdown();
}

export function tracer() {
  return trace.getTracer(TRACER_NAME);
}

/** The context a W3C traceparent header (from a client or a NATS message) names, or the root. */
export function contextFromTraceparent(traceparent: string | null | undefined): Context {
  if (!traceparent) return ROOT_CONTEXT;
  return propagation.extract(ROOT_CONTEXT, { traceparent });
}

/**
 * The traceparent of `span`, to store in event metadata and send on: its own when it is a real span,
 * otherwise (tracing not initialised) the one it continues, if any.
 */
export function traceparentOf(span: Span, fallback: string | null | undefined): string | null {
  const carrier: Record<string, string> = {};
  propagation.inject(trace.setSpan(ROOT_CONTEXT, span), carrier);
  return carrier.traceparent ?? fallback ?? null;
}

/**
 * Runs `work` with `span` as the active span (a child of `parent`); the caller ends the span. Only a
 * span that records is made active: what the services run takes its trace from the traceparent they
 * are handed, never from the active span, and the first AsyncLocalStorage.run() of a Node 20 process
 * turns on promise hooks for every promise after it (about 4% of the CPU per payout with no
 * exporter, when every request, publish and consumed message made its non-recording span active).
 */
export function withActiveSpan<T>(span: Span, parent: Context, work: () => T): T {
  return span.isRecording() ? context.with(trace.setSpan(parent, span), work) : work();
}

/** Runs `work` inside `span`, records a thrown error on it, and ends it. */
export async function inSpan<T>(span: Span, parent: Context, work: () => Promise<T>): Promise<T> {
  try {
    return await withActiveSpan(span, parent, work);
  } catch (err) {
    span.recordException(err as Error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
    throw err;
  } finally {
    span.end();
  }
}
