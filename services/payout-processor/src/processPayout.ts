// How the processor reacts to payout events: load, ask, act. Each message loads the payout from the
// event store once (NATS is a transport, not a record), asks the processing policy what to do next
// (nextProcessingStep in contracts, pure and tested there), and does it: appends a command's events
// at the revision it loaded, pays through the provider and settles, hands the message back to the
// bus for later, or does nothing. A redelivered or duplicated message, or two replicas racing,
// change nothing twice: every append expects the revision the decision was made on, and a conflict
// decides the same command again on the stream as it is then (handleCommand's conflictRetries).
import {
  type BusEvent,
  mayCallProvider,
  nextProcessingStep,
  type PayoutEvent,
  PayoutRejected,
  type ProcessingCommand,
  type ProcessingState,
  type ProcessingStep,
  type ProviderAnswer,
  parsePayoutEvent,
  payoutProcessingDecider,
  stepAfterAnswer,
} from '@payouts/contracts';
import {
  type CommandContext,
  counter,
  DeferMessage,
  type EventStore,
  handleCommand,
  type Logger,
  loadStream,
  parseRecorded,
  type StreamState,
} from '@payouts/platform';
import type { ConcurrencyLimit } from './concurrencyLimit.ts';
import { type PaymentProvider, ProviderUnavailable } from './provider/port.ts';
import { type RetryPolicy, retryDelayMs } from './retryPolicy.ts';

const PROCESSOR_ACTOR = 'system:payout-processor';

/** Events the processor reacts to; each gets its own durable consumer (NATS 2.9: one filter subject). */
export const PROCESSOR_TRIGGERS = [
  'PayoutRequested',
  'PayoutUpdated',
  'PayoutProcessingRequested',
  'PayoutProcessingStarted',
  'PayoutAttemptFailed',
] as const satisfies readonly PayoutEvent['type'][];

/** Appends lost to another writer in a row before the message goes back to the bus. */
const CONFLICT_RETRIES = 5;

const outcomes = counter('payout_processing_outcomes_total', 'What the processor did with a payout event', [
  'outcome',
]);

export type ProcessorDeps = {
  eventStore: EventStore;
  provider: PaymentProvider;
  clock: () => Date;
  logger: Logger;
  retry: RetryPolicy;
  /** Jitter source; Math.random unless a test fixes it. */
  random?: () => number;
  /** Payouts this replica is paying right now (see `exclusively`). */
  paying?: Set<string>;
  /**
   * A payment message whose event is at least this old may repeat one that reached the provider
   * (ProcessingPolicy in contracts): half the consumer's ack wait. Without it only the delivery count says so.
   */
  possibleRepeatAfterMs?: number;
  /** The longest a provider call may take; a call still unanswered then counts as unavailable. */
  providerTimeoutMs?: number;
  /**
   * Event-store work (load, decide, append) at once in this replica: CPU and database connections.
   * Provider calls wait outside it, under `providerCalls`. Unlimited unless given.
   */
  storeWork?: ConcurrencyLimit;
  /** Provider calls in flight at once in this replica: I/O waits, bounded separately. */
  providerCalls?: ConcurrencyLimit;
};

/** How long a duplicate waits for the payment already in flight in this replica. */
const DUPLICATE_WAIT_MS = 1_000;

export type Delivery = { deliveryCount: number; traceparent?: string | undefined };

export type StepOutcome = 'started' | 'completed' | 'failed' | 'retry_scheduled' | 'retried' | 'skipped';

const unlimited: ConcurrencyLimit = (task) => task();

export async function handlePayoutEvent(
  deps: ProcessorDeps,
  message: BusEvent,
  delivery: Delivery = { deliveryCount: 1 },
): Promise<StepOutcome> {
  const context: CommandContext = {
    correlation_id:
      typeof message.metadata.correlation_id === 'string'
        ? message.metadata.correlation_id
        : message.event_id,
    causation_id: message.event_id,
    actor: PROCESSOR_ACTOR,
    traceparent: delivery.traceparent ?? null,
  };
  const event = parseRecorded(parsePayoutEvent, message);
  const step: Step = { deps, stream: message.stream_name, context };
  const run = () => loadAskAct(step, message, event, delivery);
  const outcome = await (mayCallProvider(event) ? exclusively(step, run) : run());
  outcomes.inc({ outcome });
  return outcome;
}

type Step = { deps: ProcessorDeps; stream: string; context: CommandContext };

async function loadAskAct(
  step: Step,
  message: BusEvent,
  event: PayoutEvent,
  delivery: Delivery,
): Promise<StepOutcome> {
  const { deps } = step;
  const storeWork = deps.storeWork ?? unlimited;
  const { loaded, next } = await storeWork(async () => {
    // A request is the stream's first event, so at revision 0 the message is the whole stream; if
    // more was appended since, the append conflicts and the stream is read then.
    const loaded: StreamState<ProcessingState> =
      event.type === 'PayoutRequested' && BigInt(message.revision) === 0n
        ? {
            state: payoutProcessingDecider.evolve(payoutProcessingDecider.initialState, event),
            revision: 0n,
          }
        : await loadStream(deps.eventStore, payoutProcessingDecider, step.stream);
    const next = nextProcessingStep(
      { event, recorded_at: message.recorded_at, delivery_count: delivery.deliveryCount },
      loaded.state,
      deps.clock(),
      {
        possible_repeat_after_ms: deps.possibleRepeatAfterMs ?? null,
        provider_timeout_ms: deps.providerTimeoutMs ?? null,
      },
    );
    return { loaded, next };
  });
  switch (next.kind) {
    case 'skip':
      deps.logger.debug({ stream: step.stream, trigger: event.type, reason: next.reason }, 'nothing to do');
      return 'skipped';
    case 'defer':
      throw new DeferMessage(next.delay_ms);
    case 'command':
      return storeWork(() => append(step, next.command, loaded));
    case 'pay': {
      const payout = loaded.state?.payout;
      if (!payout) throw new Error(`pay step for ${step.stream} without a payout`); // the policy never does
      const answer = await (deps.providerCalls ?? unlimited)(() => askProvider(deps, payout, next));
      const settle = stepAfterAnswer(next.attempt, answer, deps.clock(), {
        max_attempts: deps.retry.maxAttempts,
        retry_delay_ms: retryDelayMs(deps.retry, next.attempt, deps.random ?? Math.random),
      });
      if (settle.kind === 'defer') {
        deps.logger.debug({ stream: step.stream, attempt: next.attempt }, settle.reason);
        throw new DeferMessage(settle.delay_ms);
      }
      const outcome = await storeWork(() => append(step, settle.command, loaded));
      logAnswer(step, next.attempt, answer, outcome);
      return outcome;
    }
  }
}

/**
 * One payment step per payout at a time in this replica: a duplicate of the message arriving while
 * the first is still loading or paying (NATS redelivers after the ack wait) waits for it instead of
 * calling the provider alongside it.
 */
async function exclusively(step: Step, work: () => Promise<StepOutcome>): Promise<StepOutcome> {
  const paying = step.deps.paying;
  if (paying?.has(step.stream)) throw new DeferMessage(DUPLICATE_WAIT_MS);
  paying?.add(step.stream);
  try {
    return await work();
  } finally {
    paying?.delete(step.stream);
  }
}

async function askProvider(
  deps: ProcessorDeps,
  payout: NonNullable<ProcessingState>['payout'],
  step: Extract<ProcessingStep, { kind: 'pay' }>,
): Promise<ProviderAnswer> {
  try {
    if (step.ask_first) {
      const known = await withTimeout(deps, () => deps.provider.status(payout.id));
      if (known) {
        deps.logger.info(
          { payout_id: payout.id, status: known.status },
          'provider already knows this payout',
        );
        return known;
      }
      // An earlier call of this attempt may still be on its way to the provider: wait it out.
      const wait = step.pay_not_before ? Date.parse(step.pay_not_before) - deps.clock().getTime() : 0;
      if (wait > 0) throw new DeferMessage(wait);
    }
    if (step.start_by && deps.clock().getTime() > Date.parse(step.start_by)) {
      // Too late to be the first call (this replica was slow or paused): another may have taken the
      // message since. It comes back as a repeat, which asks the provider first.
      throw new DeferMessage(DUPLICATE_WAIT_MS);
    }
    return await withTimeout(deps, () =>
      deps.provider.pay({
        payout_id: payout.id,
        amount: payout.amount,
        currency: payout.currency,
        recipient_account: payout.recipient_account,
      }),
    );
  } catch (err) {
    if (err instanceof ProviderUnavailable) return { status: 'unavailable', message: err.message };
    throw err;
  }
}

/** A provider call given up after providerTimeoutMs: the provider is unavailable for this attempt. */
async function withTimeout<T>(deps: ProcessorDeps, call: () => Promise<T>): Promise<T> {
  const limit = deps.providerTimeoutMs;
  if (limit === undefined) return call();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ProviderUnavailable(`the provider did not answer within ${limit} ms`)),
      limit,
    );
  });
  try {
    return await Promise.race([call(), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Decides the command on the stream as loaded and appends at its revision; another writer first is
 * met by deciding again on the stream as it is then. A command the payout no longer accepts, or one
 * that decides nothing (a late answer), is 'skipped'.
 */
async function append(
  step: Step,
  command: ProcessingCommand,
  loaded: StreamState<ProcessingState>,
): Promise<StepOutcome> {
  try {
    const { events } = await handleCommand(
      step.deps.eventStore,
      payoutProcessingDecider,
      step.stream,
      command,
      step.context,
      { loaded, conflictRetries: CONFLICT_RETRIES },
    );
    return outcomeOf(command, events.at(-1));
  } catch (err) {
    if (err instanceof PayoutRejected && (err.kind === 'wrong_status' || err.kind === 'not_due')) {
      step.deps.logger.debug(
        { stream: step.stream, command: command.type, reason: err.message },
        'nothing to do',
      );
      return 'skipped';
    }
    throw err;
  }
}

function outcomeOf(command: ProcessingCommand, appended: PayoutEvent | undefined): StepOutcome {
  switch (appended?.type) {
    case 'PayoutProcessingStarted':
      return command.type === 'RetryProcessing' ? 'retried' : 'started';
    case 'PayoutCompleted':
      return 'completed';
    case 'PayoutFailed':
      return 'failed';
    case 'PayoutAttemptFailed':
      return 'retry_scheduled';
    default:
      return 'skipped';
  }
}

function logAnswer(step: Step, attempt: number, answer: ProviderAnswer, outcome: StepOutcome): void {
  if (outcome === 'skipped') return;
  if (answer.status === 'declined') {
    step.deps.logger.info({ stream: step.stream, code: answer.code }, 'payout declined by the provider');
  } else if (answer.status === 'unavailable') {
    step.deps.logger.info({ stream: step.stream, attempt, reason: answer.message }, 'provider unavailable');
  }
}
