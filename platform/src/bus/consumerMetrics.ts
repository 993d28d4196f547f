// Consumer lag, throughput and parked messages for Prometheus. Lag is the bus's own count for the
// durable consumer (pending: stored but not yet delivered; ack pending: delivered, not yet
// acknowledged), asked for when Prometheus scrapes, so it costs one request per consumer per scrape
// and nothing otherwise. Parked messages are counted in their table at the same moment. Every replica
// reports the same durable consumer's numbers: dashboards and alerts take the max.
import { Gauge } from 'prom-client';
import { counter, metricsRegistry } from '../metrics.ts';
import type { ConsumerLag } from './port.ts';

/** One scrape reads both lag gauges; a lag this fresh answers both. */
const LAG_REUSE_MS = 1_000;

type LagSource = { stream: string; consumer: string; lag: () => Promise<ConsumerLag> };
type Cached = { at: number; lag: Promise<ConsumerLag | undefined> };

const sources = new Map<string, LagSource>();
const cache = new Map<string, Cached>();

function lagOf(key: string, source: LagSource): Promise<ConsumerLag | undefined> {
  const cached = cache.get(key);
  if (cached && Date.now() - cached.at < LAG_REUSE_MS) return cached.lag;
  // A consumer the bus cannot describe right now is left out of this scrape rather than failing it.
  const lag = source.lag().catch(() => undefined);
  cache.set(key, { at: Date.now(), lag });
  return lag;
}

function lagGauge(name: string, help: string, read: (lag: ConsumerLag) => number): void {
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
          const lag = await lagOf(key, source);
          if (lag) this.set({ stream: source.stream, consumer: source.consumer }, read(lag));
        }),
      );
    },
  });
}

lagGauge(
  'bus_consumer_pending_messages',
  'Messages stored in the stream that the durable consumer has not delivered yet (its lag)',
  (lag) => lag.pending,
);
lagGauge(
  'bus_consumer_ack_pending_messages',
  'Messages the durable consumer delivered that are not acknowledged yet (in flight)',
  (lag) => lag.ackPending,
);

export const consumerHandled = counter(
  'bus_consumer_handled_total',
  'Messages handled by a durable consumer, by outcome (ok, retry, deferred, parked, terminated, redriven, redrive_failed)',
  ['consumer', 'outcome'],
);

/** Reports the consumer's lag while it runs; call the returned function when it stops. */
export function watchConsumerLag(stream: string, consumer: string, lag: () => Promise<ConsumerLag>) {
  const key = `${stream}/${consumer}`;
  sources.set(key, { stream, consumer, lag });
  return () => {
    if (sources.get(key)?.lag === lag) sources.delete(key);
    cache.delete(key);
  };
}

type ParkedSource = { consumers: Set<string>; count: () => Promise<Map<string, number>> };
const parkedSources = new Map<string, ParkedSource>();

if (!metricsRegistry.getSingleMetric('bus_parked_messages')) {
  new Gauge({
    name: 'bus_parked_messages',
    help: 'Messages parked after failing too often, by consumer (alert when above 0; list and re-drive them with `npm run bus -w @payouts/platform`)',
    labelNames: ['stream', 'consumer'] as const,
    registers: [metricsRegistry],
    async collect() {
      this.reset();
      await Promise.all(
        [...parkedSources].map(async ([stream, source]) => {
          const counts = await source.count().catch(() => undefined);
          if (!counts) return; // the table cannot be read now: no value rather than a false 0
          for (const consumer of source.consumers) this.set({ stream, consumer }, counts.get(consumer) ?? 0);
          for (const [consumer, count] of counts) this.set({ stream, consumer }, count);
        }),
      );
    },
  });
}

/** Reports the stream's parked messages while the consumer runs; call the returned function when it stops. */
export function watchParkedMessages(
  stream: string,
  consumer: string,
  count: () => Promise<Map<string, number>>,
) {
  const source = parkedSources.get(stream) ?? { consumers: new Set<string>(), count };
  source.count = count;
  source.consumers.add(consumer);
  parkedSources.set(stream, source);
  return () => {
    source.consumers.delete(consumer);
    if (source.consumers.size === 0 && parkedSources.get(stream) === source) parkedSources.delete(stream);
  };
}
