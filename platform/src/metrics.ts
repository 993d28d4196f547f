// Prometheus metrics (prom-client): one registry per process, so that services started together
// expose one /metrics.
import type { MiddlewareHandler } from 'hono';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

const httpDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP request latency by route and status',
  labelNames: ['service', 'method', 'route', 'status'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [metricsRegistry],
});

export function httpMetrics(service: string): MiddlewareHandler {
  return async (c, next) => {
    const end = httpDuration.startTimer({ service, method: c.req.method });
    try {
      await next();
    } finally {
      end({ route: c.req.routePath || 'unmatched', status: String(c.res.status) });
    }
  };
}

/** Gets or creates a metric, so that two services in one process can share a definition. */
function shared<T>(name: string, create: () => T): T {
  return (metricsRegistry.getSingleMetric(name) as T | undefined) ?? create();
}

export function counter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L> {
  return shared(name, () => new Counter({ name, help, labelNames, registers: [metricsRegistry] }));
}

export function gauge<L extends string>(name: string, help: string, labelNames: readonly L[]): Gauge<L> {
  return shared(name, () => new Gauge({ name, help, labelNames, registers: [metricsRegistry] }));
}

/**
 * A gauge whose values are read when Prometheus scrapes, for numbers that live elsewhere (a table, a
 * JetStream consumer): `collect` sets them; a failing collect leaves the gauge empty for that scrape.
 */
export function collectedGauge<L extends string>(
  name: string,
  help: string,
  labelNames: readonly L[],
  collect: (gauge: Gauge<L>) => Promise<void>,
): Gauge<L> {
  return shared(
    name,
    () =>
      new Gauge({
        name,
        help,
        labelNames,
        registers: [metricsRegistry],
        async collect() {
          this.reset();
          await collect(this).catch(() => {});
        },
      }),
  );
}
