// How the notifier starts, alone (main.ts) or with the other services: its API, the intake reading
// payout events from the bus, the delivery worker, and a background pass (outcomes left unrecorded,
// endpoint rows behind their streams, replays).
import { allEventsSubject, WEBHOOK_ENDPOINT_STREAM_PREFIX } from '@payouts/contracts';
import {
  type ApiKeyRecord,
  collectedGauge,
  counter,
  createCheckpointStore,
  createNotifier,
  gauge,
  type Infrastructure,
  keepRunning,
  type Running,
  runConsumer,
} from '@payouts/platform';
import { LRUCache } from 'lru-cache';
import { createNotifierApp } from './app.ts';
import type { NotifierConfig } from './config.ts';
import { recordOutcomes } from './deliveries/outcomes.ts';
import { startWorker } from './deliveries/worker.ts';
import { reprojectEndpoint } from './endpoints/endpointCommands.ts';
import { ENDPOINTS_CHANGED_CHANNEL, listeningEndpointsEnabled } from './intake/endpointsEnabled.ts';
import { takeInPayoutEvent } from './intake/intake.ts';
import { runReplayStep } from './replay/replay.ts';
import { migrateNotifier } from './schema/migrations.ts';
import { type TargetPolicy, targetPolicy } from './targets/targetPolicy.ts';

export const NOTIFIER_CONSUMER = 'notifier';
const ENDPOINTS_CHECKPOINT = 'notifier:endpoints';

export type NotifierOptions = {
  retryBaseMs: number;
  retryWindowMs: number;
  disableAfterMs: number;
  timeoutMs: number;
  deliveryConcurrency: number;
  intakeConcurrency: number;
  policy: TargetPolicy;
  rateLimit: { requests: number; windowSeconds: number };
  /** How often the queue is looked at when nothing wakes the worker (default 1 s). */
  pollMs?: number;
  /** How often the background pass runs (default 2 s). */
  maintenanceMs?: number;
  /** Tests pass a clock they move and fixed jitter. */
  clock?: () => Date;
  random?: () => number;
};

export function notifierOptions(config: NotifierConfig): NotifierOptions {
  return {
    retryBaseMs: config.WEBHOOK_RETRY_BASE_MS,
    retryWindowMs: config.WEBHOOK_RETRY_HOURS * 3600_000,
    disableAfterMs: config.WEBHOOK_DISABLE_AFTER_HOURS * 3600_000,
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
    deliveryConcurrency: config.WEBHOOK_CONCURRENCY,
    intakeConcurrency: config.NOTIFIER_CONCURRENCY,
    policy: targetPolicy(config),
    rateLimit: { requests: config.RATE_LIMIT_REQUESTS, windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS },
  };
}

const intakeOutcomes = counter('notifier_events_total', 'Payout events the notifier took in, by outcome', [
  'outcome',
]);
const lagSeconds = gauge(
  'notifier_lag_seconds',
  'Seconds between an event being recorded in the event store and the notifier taking it in',
  [],
);

export type RunningNotifier = Running & { app: ReturnType<typeof createNotifierApp> };

export async function startNotifier(
  infra: Infrastructure,
  apiKeys: ApiKeyRecord[],
  options: NotifierOptions,
): Promise<RunningNotifier> {
  await migrateNotifier(infra.db);
  const logger = infra.logger.child({ service: 'notifier' });
  const clock = options.clock ?? (() => new Date());
  const deps = { pool: infra.pool, eventStore: infra.eventStore, clock };
  collectedGauge(
    'webhook_deliveries_pending',
    'Webhook deliveries not yet succeeded or given up',
    [],
    async (g) => {
      const { rows } = await infra.pool.query<{ n: number }>(
        `select count(*)::int as n from webhook_deliveries where status = 'pending'`,
      );
      g.set(rows[0]?.n ?? 0);
    },
  );
  const worker = startWorker({
    ...deps,
    logger,
    random: options.random ?? Math.random,
    policy: options.policy,
    retry: { baseMs: options.retryBaseMs, windowMs: options.retryWindowMs },
    timeoutMs: options.timeoutMs,
    disableAfterMs: options.disableAfterMs,
    concurrency: options.deliveryConcurrency,
    pollMs: options.pollMs ?? 1_000,
  });
  const controller = new AbortController();
  const endpointChanges = createNotifier(infra.databaseUrl, ENDPOINTS_CHANGED_CHANNEL);
  const intakeDeps = { ...deps, endpointsEnabled: listeningEndpointsEnabled(infra.pool, endpointChanges) };
  const intake = consumePayoutEvents(infra, options.intakeConcurrency, controller.signal, async (event) => {
    const { outcome, queued } = await takeInPayoutEvent(intakeDeps, event);
    intakeOutcomes.inc({ outcome });
    lagSeconds.set(Math.max(0, (Date.now() - Date.parse(event.recorded_at)) / 1000));
    if (queued.length > 0) worker.wake();
  });

  const checkpoints = await createCheckpointStore(infra.pool);
  let backgroundWake: (() => void) | null = null;
  const background = keepRunning('notifier background pass', logger, controller.signal, async (signal) => {
    const streams = new LRUCache<string, import('@payouts/platform').RecordedEvent[]>({ max: 1_000 });
    while (!signal.aborted) {
      await recordOutcomes(deps);
      await healEndpoints();
      let replayed = 0;
      while (!signal.aborted && replayed < 50 && (await runReplayStep(deps, streams))) {
        replayed += 1;
        worker.wake();
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, options.maintenanceMs ?? 2_000);
        function done() {
          clearTimeout(timer);
          backgroundWake = null;
          signal.removeEventListener('abort', done);
          resolve();
        }
        backgroundWake = done;
        signal.addEventListener('abort', done, { once: true });
      });
    }
  });

  /** Endpoint rows follow their streams: any change a crash kept from its row is written now. */
  async function healEndpoints(): Promise<void> {
    const from = await checkpoints.load(ENDPOINTS_CHECKPOINT);
    const events = await infra.eventStore.readAll({
      from,
      maxCount: 500,
      streamPrefix: WEBHOOK_ENDPOINT_STREAM_PREFIX,
    });
    const last = events.at(-1);
    if (!last) return;
    for (const id of new Set(events.map((e) => e.streamName.slice(WEBHOOK_ENDPOINT_STREAM_PREFIX.length)))) {
      await reprojectEndpoint(deps, id);
    }
    await checkpoints.advance(ENDPOINTS_CHECKPOINT, last.position);
  }

  const app = createNotifierApp({
    ...deps,
    apiKeys,
    logger,
    policy: options.policy,
    rateLimit: options.rateLimit,
    wake: worker.wake,
    wakeReplays: () => backgroundWake?.(),
  });
  return {
    app,
    async stop() {
      controller.abort();
      await Promise.all([intake, background]);
      await worker.stop();
      await endpointChanges.close();
    },
  };
}

/**
 * The bus wiring, in one place: one durable consumer over every payout event, shared by the
 * replicas (each message goes to one of them; order per payout comes from the queue, not the bus).
 */
function consumePayoutEvents(
  infra: Infrastructure,
  concurrency: number,
  signal: AbortSignal,
  handle: Parameters<typeof runConsumer>[2],
): Promise<void> {
  const logger = infra.logger.child({ service: 'notifier' });
  return keepRunning('notifier intake', logger, signal, (s) =>
    runConsumer(
      infra.bus,
      {
        durable: NOTIFIER_CONSUMER,
        filterSubject: allEventsSubject(infra.bus.subjectPrefix),
        concurrency,
        signal: s,
        logger,
      },
      handle,
    ),
  );
}
