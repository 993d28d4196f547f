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

export type ProcessorOptions = {
  /** Payouts handled at once by this replica. */
  concurrency: number;
  providerLatencyMs: number;
  transientFailureRate?: number;
  permanentFailureRate?: number;
  maxAttempts?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  ackWaitMs?: number;
  /** Tests pass a fake provider, clock or jitter; the simulated provider is the default. */
  provider?: PaymentProvider;
  clock?: () => Date;
  random?: () => number;
};

export function processorOptions(config: ProcessorConfig): ProcessorOptions {
  return {
    concurrency: config.PROCESSOR_CONCURRENCY,
    providerLatencyMs: config.PROVIDER_LATENCY_MS,
    transientFailureRate: config.PROVIDER_TRANSIENT_FAILURE_RATE,
    permanentFailureRate: config.PROVIDER_PERMANENT_FAILURE_RATE,
    maxAttempts: config.PROCESSOR_MAX_ATTEMPTS,
    retryBaseMs: config.PROCESSOR_RETRY_BASE_MS,
    retryMaxMs: config.PROCESSOR_RETRY_MAX_MS,
    ackWaitMs: config.PROCESSOR_ACK_WAIT_MS,
  };
}

/** Stopping stops taking messages, waits for the payouts in flight, then resolves. */
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
  };
  const limit = createConcurrencyLimit(options.concurrency);
  const controller = new AbortController();
  // One durable consumer per event type the processor reacts to (NATS 2.9 filters one subject each);
  // together they share the replica's concurrency limit.
  const done = Promise.all(
    PROCESSOR_TRIGGERS.map((type) =>
      keepRunning(`payout processor (${type})`, logger, controller.signal, (signal) =>
        runConsumer(
          infra.bus,
          {
            durable: `${PROCESSOR_CONSUMER}-${type}`,
            filterSubject: eventSubject(infra.bus.subjectPrefix, type),
            concurrency: options.concurrency,
            ackWaitMs,
            signal,
            logger,
          },
          async (event, info) => {
            await limit(() => handlePayoutEvent(deps, event, info));
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
