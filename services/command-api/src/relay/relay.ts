// The relay: the only publisher of events. It follows the payout streams of the event store from
// its checkpoint, publishes each event with Nats-Msg-Id = event id, and moves the checkpoint only
// past events JetStream acknowledged, in order.
//
// Up to PUBLISH_WINDOW publishes are in flight on one connection, so the bus holds the events in the
// store's order; only a failed publish can put a republished event behind later ones, which every
// consumer tolerates. A crash republishes at most the events since the last checkpoint (moved every
// CHECKPOINT_EVERY_EVENTS events or CHECKPOINT_EVERY_MS), and JetStream's duplicate window drops
// those copies.
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
/**
 * The checkpoint moves after this many events or this long after its last move, whichever comes
 * first, and when the relay stops: a crash republishes at most that much, which JetStream drops as
 * duplicates. Moving it after every small batch cost a write per few events under load.
 */
const CHECKPOINT_EVERY_EVENTS = 100;
const CHECKPOINT_EVERY_MS = 1_000;
/**
 * Publishes awaiting JetStream's acknowledgement at once. One at a time, each event waited a whole
 * round trip (through a busy event loop) for the one before, and the relay fell behind at a few
 * hundred payouts a second; a window keeps the connection full. On one connection NATS stores the
 * messages in the order they were sent, so the bus order is still the store's; only after a failed
 * publish can a republished event land behind later ones, which every consumer already tolerates
 * (the projector heals gaps from the event store, the processor loads the payout's stream).
 */
const PUBLISH_WINDOW = 128;
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
 * Publishes until `signal` aborts (no new publish starts after that, and the ones in flight are
 * awaited, so a relay that lost its lease stops within one window of acknowledgements); rejects
 * when a publish fails, and the caller restarts it from the checkpoint.
 */
export async function relayEvents(deps: RelayDeps, signal: AbortSignal): Promise<void> {
  const name = deps.checkpointName ?? RELAY_CHECKPOINT;
  const streamPrefix = deps.streamPrefix ?? PAYOUT_STREAM_PREFIX;
  const from = await deps.checkpoints.load(name);
  deps.logger.info({ from: from && showPosition(from) }, 'relay starting');

  // The last event acknowledged in order, and how many since the checkpoint last moved.
  let last: RecordedEvent | undefined;
  let sinceCheckpoint = 0;
  let checkpointSavedAt = performance.now();
  const saveCheckpoint = async () => {
    if (!last || sinceCheckpoint === 0) return;
    const { position } = last;
    const moving = sinceCheckpoint;
    sinceCheckpoint = 0;
    checkpointSavedAt = performance.now();
    try {
      await deps.checkpoints.advance(name, position);
    } catch (err) {
      sinceCheckpoint += moving; // still to be saved
      throw err;
    }
  };
  // Outside a batch a failed save is only logged: the next run would republish more, as duplicates.
  const saveCheckpointOrWarn = () =>
    saveCheckpoint().catch((err: unknown) =>
      deps.logger.warn({ err: (err as Error).message }, 'relay: saving the checkpoint failed'),
    );
  const checkpointDue = () =>
    sinceCheckpoint >= CHECKPOINT_EVERY_EVENTS ||
    (sinceCheckpoint > 0 && performance.now() - checkpointSavedAt >= CHECKPOINT_EVERY_MS);

  // Sampling ends with the relay, whether it was stopped or failed.
  const relayEnded = new AbortController();
  const samplingSignal = AbortSignal.any([signal, relayEnded.signal]);
  const sampling = (async () => {
    while (!samplingSignal.aborted) {
      await measureRelayLag(deps, last?.position ?? from).catch((err: unknown) =>
        deps.logger.warn({ err: (err as Error).message }, 'relay: measuring lag failed'),
      );
      // A checkpoint left behind by the last batch before a quiet spell moves here.
      if (checkpointDue()) await saveCheckpointOrWarn();
      await sleepUnlessAborted(LAG_SAMPLE_MS, samplingSignal);
    }
  })();

  try {
    await deps.eventStore.subscribeToAll(
      async (batch: RecordedEvent[]) => {
        // Publishes in flight, oldest first; the checkpoint only ever moves past acknowledged ones.
        const window: { event: RecordedEvent; ack: Promise<unknown> }[] = [];
        const settleOldest = async () => {
          const oldest = window.shift()!;
          await oldest.ack;
          last = oldest.event;
          sinceCheckpoint += 1;
          published.inc();
          if (checkpointDue()) await saveCheckpoint();
        };
        try {
          for (const event of batch) {
            if (signal.aborted) break;
            const ack = deps.publish(event);
            ack.catch(() => {}); // awaited in turn below; a failure is handled there
            window.push({ event, ack });
            if (window.length >= PUBLISH_WINDOW) await settleOldest();
          }
          while (window.length > 0) await settleOldest();
        } finally {
          // Nothing may still be in flight once the handler returns (a successor may be publishing).
          await Promise.allSettled(window.map((w) => w.ack));
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
    // Whatever was acknowledged in order need not be published again, even if the rest failed; the
    // relay's own error, if any, is the one to report.
    await saveCheckpointOrWarn();
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
