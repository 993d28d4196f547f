// Consumer lag and throughput for Prometheus. Lag is JetStream's own count for the durable consumer
// (num_pending: stored but not yet delivered; num_ack_pending: delivered, not yet acknowledged), asked
// for when Prometheus scrapes, so it costs one request per consumer per scrape and nothing otherwise.
// Every replica reports the same durable consumer's numbers: dashboards take the max.
import type { ConsumerInfo } from '@nats-io/jetstream';
import { Gauge } from 'prom-client';
import { counter, metricsRegistry } from '../metrics.ts';

/** One scrape reads both gauges; a consumer info this fresh answers both. */
const INFO_REUSE_MS = 1_000;

type LagSource = { stream: string; consumer: string; info: () => Promise<ConsumerInfo> };
type Cached = { at: number; info: Promise<ConsumerInfo | undefined> };

const sources = new Map<string, LagSource>();
const cache = new Map<string, Cached>();

function infoOf(key: string, source: LagSource): Promise<ConsumerInfo | undefined> {
  const cached = cache.get(key);
  if (cached && Date.now() - cached.at < INFO_REUSE_MS) return cached.info;
  // A consumer NATS cannot describe right now is left out of this scrape rather than failing it.
  const info = source.info().catch(() => undefined);
  cache.set(key, { at: Date.now(), info });
  return info;
}

function lagGauge(name: string, help: string, read: (info: ConsumerInfo) => number): void {
  if (metricsRegistry.getSingleMetric(name)) return;
  new Gauge({
    name,
    help,
    labelNames: ['stream', 'consumer'] as const,
    registers: [metricsRegistry],
    async collect() {
      this.reset();
      await Promise.all(
        [...sources].map(async ([key, source]) => {
          const info = await infoOf(key, source);
          if (info) this.set({ stream: source.stream, consumer: source.consumer }, read(info));
        }),
      );
    },
  });
}

lagGauge(
  'bus_consumer_pending_messages',
  'Messages stored in the stream that the durable consumer has not delivered yet (its lag)',
  (info) => info.num_pending,
);
lagGauge(
  'bus_consumer_ack_pending_messages',
  'Messages the durable consumer delivered that are not acknowledged yet (in flight)',
  (info) => info.num_ack_pending,
);

export const consumerHandled = counter(
  'bus_consumer_handled_total',
  'Messages handled by a durable consumer, by outcome (ok, retry, deferred, terminated)',
  ['consumer', 'outcome'],
);

/** Reports the consumer's lag while it runs; call the returned function when it stops. */
export function watchConsumerLag(stream: string, consumer: string, info: () => Promise<ConsumerInfo>) {
  const key = `${stream}/${consumer}`;
  sources.set(key, { stream, consumer, info });
  return () => {
    if (sources.get(key)?.info === info) sources.delete(key);
    cache.delete(key);
  };
}
