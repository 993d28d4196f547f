// The relay: the only publisher of events. It follows the event store from its checkpoint, publishes
// each event with Nats-Msg-Id = event id, and moves the checkpoint only after JetStream acknowledged
// every event of the batch. A crash republishes at most one batch; JetStream's duplicate window and
// idempotent consumers absorb that.
import type { JetStreamClient } from '@nats-io/jetstream';
import {
  type CheckpointStore,
  counter,
  type EventStore,
  gauge,
  type Logger,
  publishEvent,
  type RecordedEvent,
} from '@payouts/platform';

export const RELAY_CHECKPOINT = 'relay';

const lagSeconds = gauge(
  'relay_lag_seconds',
  'Age of the newest event the relay published, when it published it',
  [],
);
const published = counter('relay_published_events_total', 'Events the relay published', []);

export type RelayDeps = {
  eventStore: EventStore;
  checkpoints: CheckpointStore;
  js: JetStreamClient;
  subjectPrefix: string;
  logger: Logger;
  checkpointName?: string;
};

/** Publishes until `signal` aborts; rejects when a publish fails (the caller restarts from the checkpoint). */
export async function runRelay(deps: RelayDeps, signal: AbortSignal): Promise<void> {
  const name = deps.checkpointName ?? RELAY_CHECKPOINT;
  const from = await deps.checkpoints.load(name);
  deps.logger.info(
    { from: from && { commit: String(from.commit), prepare: String(from.prepare) } },
    'relay starting',
  );
  await deps.eventStore.subscribeToAll(
    async (batch: RecordedEvent[]) => {
      // Published in order on one connection; awaited together so the batch costs one round trip.
      await Promise.all(batch.map((event) => publishEvent(deps.js, deps.subjectPrefix, event)));
      const last = batch.at(-1)!;
      await deps.checkpoints.save(name, last.position);
      published.inc(batch.length);
      lagSeconds.set((Date.now() - last.recordedAt.getTime()) / 1000);
    },
    {
      from,
      signal,
      onRetry: (err, attempt) =>
        deps.logger.warn({ err: (err as Error).message, attempt }, 'relay: event store read failed'),
    },
  );
}
