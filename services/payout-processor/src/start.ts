// How the payout processor starts, alone (main.ts) or with the other services.
import { eventSubject } from '@payouts/contracts';
import {
  DEFAULT_ACK_WAIT_MS,
  type Infrastructure,
  keepRunning,
  type Running,
  runConsumer,
} from '@payouts/platform';
import { createConcurrencyLimit } from './concurrencyLimit.ts';
import type { ProcessorConfig } from './config.ts';
import { handlePayoutEvent, PROCESSOR_TRIGGERS } from './processPayout.ts';
import type { PaymentProvider } from './provider/port.ts';
import { createSimulatedProvider } from './provider/simulatedProvider.ts';

export const PROCESSOR_CONSUMER = 'payout-processor';

/**
 * Provider calls in flight per replica by default: 1,000 at once against a 2 s provider is 500
 * payouts/s, more than one replica's event-store work sustains, at a few megabytes of memory.
 */
const DEFAULT_MAX_IN_FLIGHT = 2_000;

export type ProcessorOptions = {
  /** Event-store work (load, decide, append) at once in this replica. */
  concurrency: number;
  /** Provider calls in flight at once in this replica, and messages each consumer holds at once (default 2,000). */
  maxInFlight?: number;
  providerLatencyMs: number;
  transientFailureRate?: number;
  permanentFailureRate?: number;
  maxAttempts?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  ackWaitMs?: number;
  /** The longest a provider call may take (PROVIDER_TIMEOUT_MS); 10 s unless given. */
  providerTimeoutMs?: number;
  /** Tests pass a fake provider, clock or jitter; the simulated provider is the default. */
  provider?: PaymentProvider;
  clock?: () => Date;
  random?: () => number;
};

export function processorOptions(config: ProcessorConfig): ProcessorOptions {
  return {
    concurrency: config.PROCESSOR_CONCURRENCY,
    maxInFlight: config.PROCESSOR_MAX_IN_FLIGHT,
    providerLatencyMs: config.PROVIDER_LATENCY_MS,
    transientFailureRate: config.PROVIDER_TRANSIENT_FAILURE_RATE,
    permanentFailureRate: config.PROVIDER_PERMANENT_FAILURE_RATE,
    maxAttempts: config.PROCESSOR_MAX_ATTEMPTS,
    retryBaseMs: config.PROCESSOR_RETRY_BASE_MS,
    retryMaxMs: config.PROCESSOR_RETRY_MAX_MS,
    ackWaitMs: config.PROCESSOR_ACK_WAIT_MS,
    providerTimeoutMs: config.PROVIDER_TIMEOUT_MS,
  };
}

/**
 * What bounds the work of one replica (back-pressure, outermost first):
 *  - the bus: each durable consumer has at most MAX_ACK_PENDING (1,000 on NATS) messages handed out
 *    and not acknowledged, across all replicas; the rest wait in the stream (consumer lag metric);
 *  - each consumer of this replica holds at most `maxInFlight` messages; it pulls no more until one
 *    is settled;
 *  - provider calls in flight: at most `maxInFlight` across all consumers (a payment waiting on a
 *    slow provider is an I/O wait: a promise and a few kilobytes, so thousands are cheap);
 *  - event-store work (load, decide, append): at most `concurrency` at once, which bounds CPU and
 *    memory whatever the provider's latency (the store groups loads and appends, so connections
 *    are bounded by its pool, not by this).
 * A provider that answers `accepted` frees its provider slot at once: the message returns to the bus
 * and asks the provider's status again later (on NATS it still counts as unacknowledged meanwhile).
 * Stopping stops taking messages, waits for the payouts in flight, then resolves.
 */
export async function startProcessor(infra: Infrastructure, options: ProcessorOptions): Promise<Running> {
  const logger = infra.logger.child({ service: 'payout-processor' });
  const provider =
    options.provider ??
    (await createSimulatedProvider(infra.pool, {
      latencyMs: options.providerLatencyMs,
      transientFailureRate: options.transientFailureRate ?? 0,
      permanentFailureRate: options.permanentFailureRate ?? 0,
    }));
  const ackWaitMs = options.ackWaitMs ?? DEFAULT_ACK_WAIT_MS;
  const maxInFlight = options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
  const deps = {
    eventStore: infra.eventStore,
    provider,
    clock: options.clock ?? (() => new Date()),
    logger,
    retry: {
      maxAttempts: options.maxAttempts ?? 5,
      baseMs: options.retryBaseMs ?? 1_000,
      maxMs: options.retryMaxMs ?? 60_000,
    },
    ...(options.random ? { random: options.random } : {}),
    paying: new Set<string>(),
    possibleRepeatAfterMs: ackWaitMs / 2,
    providerTimeoutMs: options.providerTimeoutMs ?? 10_000,
    storeWork: createConcurrencyLimit(options.concurrency),
    providerCalls: createConcurrencyLimit(maxInFlight),
  };
  const controller = new AbortController();
  // One durable consumer per event type the processor reacts to (NATS 2.9 filters one subject each);
  // together they share the replica's limits on event-store work and provider calls.
  const done = Promise.all(
    PROCESSOR_TRIGGERS.map((type) =>
      keepRunning(`payout processor (${type})`, logger, controller.signal, (signal) =>
        runConsumer(
          infra.bus,
          {
            durable: `${PROCESSOR_CONSUMER}-${type}`,
            filterSubject: eventSubject(infra.bus.subjectPrefix, type),
            concurrency: maxInFlight,
            ackWaitMs,
            signal,
            logger,
          },
          async (event, info) => {
            await handlePayoutEvent(deps, event, info);
          },
        ),
      ),
    ),
  );
  return {
    async stop() {
      controller.abort();
      await done;
    },
  };
}
