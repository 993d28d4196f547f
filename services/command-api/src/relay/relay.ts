import { PAYOUT_STREAM_PREFIX } from '@payouts/contracts';
import {
  type CheckpointStore,
  counter,
  type EventStore,
  type GlobalPosition,
  gauge,
  type Logger,
  type RecordedEvent,
} from '@payouts/platform';

export const RELAY_CHECKPOINT = 'relay';
/** Within a long batch the checkpoint moves this often, bounding what a crash republishes. */
const CHECKPOINT_EVERY_EVENTS = 100;
/**
 * A backlog is counted up to this many events: PostgreSQL counts them, KurrentDB has to read them,
 * every LAG_SAMPLE_MS while the relay is behind.
 */
const LAG_COUNT_LIMIT = 10_000;
/** How often the lag gauges are refreshed while the relay runs. */
const LAG_SAMPLE_MS = 5_000;

const lagEvents = gauge(
  'relay_lag_events',
  `Payout events stored but not yet published (counted up to ${LAG_COUNT_LIMIT})`,
  [],
);
const lagSeconds = gauge(
  'relay_lag_seconds',
  'Age of the oldest payout event stored but not yet published (0 when none waits)',
  [],
);
const published = counter('relay_published_events_total', 'Events the relay published', []);

export type RelayDeps = {
  eventStore: EventStore;
  checkpoints: CheckpointStore;
  /** Publishes one event and resolves when JetStream has stored it (or dropped it as a duplicate). */
  publish(event: RecordedEvent): Promise<unknown>;
  /** Only streams whose names start with this are published (default: payout streams). */
  streamPrefix?: string;
  logger: Logger;
  checkpointName?: string;
  clock?: () => Date;
};

/**
 * Publishes until `signal` aborts (stopping between two events, so a relay that lost its lease
 * stops within one publish); rejects when a publish fails, and the caller restarts it from the
 * checkpoint.
 */
export async function relayEvents(deps: RelayDeps, signal: AbortSignal): Promise<void> {
  const name = deps.checkpointName ?? RELAY_CHECKPOINT;
  const streamPrefix = deps.streamPrefix ?? PAYOUT_STREAM_PREFIX;
  const from = await deps.checkpoints.load(name);
  let checkpoint = from;
  deps.logger.info({ from: from && showPosition(from) }, 'relay starting');

  // Sampling ends with the relay, whether it was stopped or failed.
  const relayEnded = new AbortController();
  const samplingSignal = AbortSignal.any([signal, relayEnded.signal]);
  const sampling = (async () => {
    while (!samplingSignal.aborted) {
      await measureRelayLag(deps, checkpoint).catch((err: unknown) =>
        deps.logger.warn({ err: (err as Error).message }, 'relay: measuring lag failed'),
      );
      await sleepUnlessAborted(LAG_SAMPLE_MS, samplingSignal);
    }
  })();

  try {
    await deps.eventStore.subscribeToAll(
      async (batch: RecordedEvent[]) => {
        let last: RecordedEvent | undefined;
        let sinceCheckpoint = 0;
        const saveCheckpoint = async () => {
          if (!last || sinceCheckpoint === 0) return;
          await deps.checkpoints.advance(name, last.position);
          checkpoint = last.position;
          published.inc(sinceCheckpoint);
          sinceCheckpoint = 0;
        };
        try {
          for (const event of batch) {
            if (signal.aborted) break;
            await deps.publish(event);
            last = event;
            sinceCheckpoint += 1;
            if (sinceCheckpoint >= CHECKPOINT_EVERY_EVENTS) await saveCheckpoint();
          }
        } finally {
          // Whatever was acknowledged need not be published again, even if the rest failed.
          await saveCheckpoint();
        }
      },
      {
        from,
        streamPrefix,
        signal,
        onRetry: (err, attempt) =>
          deps.logger.warn({ err: (err as Error).message, attempt }, 'relay: event store read failed'),
      },
    );
  } finally {
    relayEnded.abort();
    await sampling;
  }
}

/** Sets the lag gauges for a relay at `checkpoint` and returns them. */
export async function measureRelayLag(
  deps: Pick<RelayDeps, 'eventStore' | 'streamPrefix' | 'clock'>,
  checkpoint: GlobalPosition | null,
): Promise<{ events: number; seconds: number }> {
  const backlog = await deps.eventStore.backlog({
    from: checkpoint,
    streamPrefix: deps.streamPrefix ?? PAYOUT_STREAM_PREFIX,
    limit: LAG_COUNT_LIMIT,
  });
  const now = (deps.clock ?? (() => new Date()))();
  const seconds = backlog.oldestRecordedAt
    ? Math.max(0, (now.getTime() - backlog.oldestRecordedAt.getTime()) / 1000)
    : 0;
  lagEvents.set(backlog.events);
  lagSeconds.set(seconds);
  return { events: backlog.events, seconds };
}

function showPosition(p: GlobalPosition) {
  return { commit: String(p.commit), prepare: String(p.prepare) };
}

function sleepUnlessAborted(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
