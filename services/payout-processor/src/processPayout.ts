// How the processor reacts to payout events. Two steps, each safe to repeat:
//  1. PayoutRequested -> append PayoutProcessingStarted at the revision it loaded, so two replicas
//     (or a redelivery) cannot both start one payout.
//  2. PayoutProcessingStarted -> ask the provider to pay (the payout id is its idempotency key) and
//     append PayoutCompleted or PayoutFailed. A crash before the append redelivers the message; the
//     provider answers the first outcome again instead of paying twice.
import { type BusEvent, type PayoutCommand, PayoutRejected, payoutDecider } from '@payouts/contracts';
import {
  type CommandContext,
  type EventStore,
  handleCommand,
  type Logger,
  loadStream,
} from '@payouts/platform';
import type { PaymentProvider } from './provider/port.ts';

export const PROCESSOR_ACTOR = 'system:payout-processor';

export type ProcessorDeps = {
  eventStore: EventStore;
  provider: PaymentProvider;
  clock: () => Date;
  logger: Logger;
};

export async function handlePayoutEvent(
  deps: ProcessorDeps,
  event: BusEvent,
  traceparent?: string,
): Promise<void> {
  const context: CommandContext = {
    correlation_id:
      typeof event.metadata.correlation_id === 'string' ? event.metadata.correlation_id : event.event_id,
    causation_id: event.event_id,
    actor: PROCESSOR_ACTOR,
    traceparent: traceparent ?? null,
  };
  if (event.type === 'PayoutRequested') {
    await decideIfStillApplicable(
      deps,
      event.stream_name,
      { type: 'StartProcessing', now: deps.clock() },
      context,
    );
    return;
  }
  if (event.type === 'PayoutProcessingStarted') {
    const { state } = await loadStream(deps.eventStore, payoutDecider, event.stream_name);
    if (state === null || state.status !== 'processing') return; // already settled
    const outcome = await deps.provider.pay({
      payout_id: state.id,
      amount: state.amount,
      currency: state.currency,
      recipient_account: state.recipient_account,
    });
    const command: PayoutCommand =
      outcome.status === 'paid'
        ? { type: 'CompletePayout', data: { provider_reference: outcome.reference }, now: deps.clock() }
        : {
            type: 'FailPayout',
            data: { code: outcome.code, message: outcome.message, retryable: false },
            now: deps.clock(),
          };
    await decideIfStillApplicable(deps, event.stream_name, command, context);
  }
}

/** Runs a command; a payout that has moved on (not pending, not processing) is simply left alone. */
async function decideIfStillApplicable(
  deps: ProcessorDeps,
  streamName: string,
  command: PayoutCommand,
  context: CommandContext,
): Promise<void> {
  try {
    await handleCommand(deps.eventStore, payoutDecider, streamName, command, context);
  } catch (err) {
    if (err instanceof PayoutRejected && (err.kind === 'wrong_status' || err.kind === 'not_due')) {
      deps.logger.debug({ stream: streamName, command: command.type, reason: err.message }, 'nothing to do');
      return;
    }
    throw err;
  }
}
