// How the payout processor starts, alone (main.ts) or with the other services.
import { eventSubject } from '@payouts/contracts';
import { type Infrastructure, keepRunning, type Running, runConsumer } from '@payouts/platform';
import { handlePayoutEvent } from './processPayout.ts';
import type { PaymentProvider } from './provider/port.ts';
import { createSimulatedProvider } from './provider/simulatedProvider.ts';

export const PROCESSOR_CONSUMER = 'payout-processor';
const PROCESSOR_TRIGGERS = ['PayoutRequested', 'PayoutProcessingStarted'] as const;

export async function startProcessor(
  infra: Infrastructure,
  options: { concurrency: number; providerLatencyMs: number; provider?: PaymentProvider; clock?: () => Date },
): Promise<Running> {
  const logger = infra.logger.child({ service: 'payout-processor' });
  const provider = options.provider ?? createSimulatedProvider({ latencyMs: options.providerLatencyMs });
  const deps = { eventStore: infra.eventStore, provider, clock: options.clock ?? (() => new Date()), logger };
  const controller = new AbortController();
  // One durable consumer per event type the processor reacts to (NATS 2.9 filters one subject each).
  const done = Promise.all(
    PROCESSOR_TRIGGERS.map((type) =>
      keepRunning(`payout processor (${type})`, logger, controller.signal, (signal) =>
        runConsumer(
          infra.nats,
          infra.jsm,
          {
            stream: infra.bus.stream,
            durable: `${PROCESSOR_CONSUMER}-${type}`,
            filterSubject: eventSubject(infra.bus.subjectPrefix, type),
            concurrency: options.concurrency,
            signal,
            logger,
          },
          (event, info) => handlePayoutEvent(deps, event, info.traceparent),
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
