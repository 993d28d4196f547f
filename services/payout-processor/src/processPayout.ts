// How the processor reacts to payout events. Every step loads the payout from the event store (NATS
// is a transport, not a record), decides with the processing rules, and appends at the revision it
// loaded, so a redelivered or duplicated message, or two replicas racing, change nothing twice:
//  - PayoutRequested, PayoutProcessingRequested, PayoutUpdated that clears the schedule ->
//    PayoutProcessingStarted (a pending payout that is due; a scheduled one is skipped until the
//    scheduler releases it with PayoutProcessingRequested).
//  - PayoutProcessingStarted (attempt n) -> the provider pays (payout id = idempotency key) ->
//    PayoutCompleted, PayoutFailed, or PayoutAttemptFailed when the provider could not answer.
//  - PayoutAttemptFailed -> at its next_attempt_at, PayoutProcessingStarted (attempt n + 1).
//  - PayoutProcessingRequested(stuck_processing) -> ask the provider what happened, then settle.
// A message seen again (redelivered after a crash between the provider call and the append) asks the
// provider's status before paying, so the answer comes from its record rather than a new payment.
import {
  type BusEvent,
  type PayoutEvent,
  PayoutRejected,
  type ProcessingCommand,
  type ProcessingState,
  parsePayoutEvent,
  payoutProcessingDecider,
} from '@payouts/contracts';
import {
  type CommandContext,
  counter,
  DeferMessage,
  type EventStore,
  handleCommand,
  type Logger,
  loadStream,
  type StreamState,
  WrongExpectedRevision,
} from '@payouts/platform';
import { type PaymentOutcome, type PaymentProvider, ProviderUnavailable } from './provider/port.ts';
import { type RetryPolicy, retryDelayMs } from './retryPolicy.ts';

export const PROCESSOR_ACTOR = 'system:payout-processor';

/** Events the processor reacts to; each gets its own durable consumer (NATS 2.9: one filter subject). */
export const PROCESSOR_TRIGGERS = [
  'PayoutRequested',
  'PayoutUpdated',
  'PayoutProcessingRequested',
  'PayoutProcessingStarted',
  'PayoutAttemptFailed',
] as const satisfies readonly PayoutEvent['type'][];

/** Appends lost to another writer in a row before the message goes back to the bus. */
const MAX_CONFLICTS = 5;

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
   * (see `mayRepeat`): half the consumer's ack wait. Without it only NATS's delivery count says so.
   */
  possibleRepeatAfterMs?: number;
};

/** How long a duplicate waits for the payment already in flight in this replica. */
const DUPLICATE_WAIT_MS = 1_000;

export type Delivery = { deliveryCount: number; traceparent?: string | undefined };

export type StepOutcome = 'started' | 'completed' | 'failed' | 'retry_scheduled' | 'retried' | 'skipped';

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
  const version = typeof message.metadata.schema_version === 'number' ? message.metadata.schema_version : 1;
  const event = parsePayoutEvent(message.type, message.data, version);
  const step = { deps, stream: message.stream_name, context };
  let outcome: StepOutcome;
  const revision = BigInt(message.revision);
  switch (event.type) {
    case 'PayoutRequested':
      // A request is the stream's first event, so at revision 0 the message is the whole stream;
      // if more was appended since, the append conflicts and the stream is read then.
      outcome = await startIfPending(
        step,
        revision === 0n
          ? { state: payoutProcessingDecider.evolve(payoutProcessingDecider.initialState, event), revision }
          : undefined,
      );
      break;
    case 'PayoutUpdated':
      // Clearing the schedule (PATCH scheduled_for null, a PUT without it) releases the payout now.
      outcome = 'scheduled_for' in event.data.changes ? await startIfPending(step) : 'skipped';
      break;
    case 'PayoutProcessingRequested':
      outcome =
        event.data.reason === 'stuck_processing' ? await resolveStuck(step) : await startIfPending(step);
      break;
    case 'PayoutProcessingStarted':
      // A fresh first delivery is the normal path; a repeat may follow a crash after the provider paid.
      outcome = await payAttempt(step, event.data.attempt, mayRepeat(deps, message, delivery));
      break;
    case 'PayoutAttemptFailed':
      outcome = await retryWhenDue(step, event.data.attempt);
      break;
    default:
      outcome = 'skipped';
  }
  outcomes.inc({ outcome });
  return outcome;
}

type Step = { deps: ProcessorDeps; stream: string; context: CommandContext };

/**
 * Whether this payment message may repeat one that already reached the provider, so that the
 * provider is asked what it did before anything is paid. A later delivery may. So may a first one:
 * nats-server 2.9 has redelivered a killed client's message as a first delivery (delivery count 1,
 * seen in processorProcess.int.test.ts), and after NATS lost its store the relay publishes the event
 * anew. Either comes at least an ack wait after the event was appended, which a first delivery of a
 * fresh event does not, so an event older than half the ack wait counts as a possible repeat (the
 * other half absorbs clock skew between the database and this replica; under a backlog, a first
 * delivery may then ask once more than it needed to).
 */
function mayRepeat(deps: ProcessorDeps, message: BusEvent, delivery: Delivery): boolean {
  if (delivery.deliveryCount > 1) return true;
  if (deps.possibleRepeatAfterMs === undefined) return false;
  return deps.clock().getTime() - Date.parse(message.recorded_at) >= deps.possibleRepeatAfterMs;
}

async function startIfPending(step: Step, known?: StreamState<ProcessingState>): Promise<StepOutcome> {
  const result = await decideAndAppend(
    step,
    () => ({ type: 'StartProcessing', now: step.deps.clock() }),
    known,
  );
  return result === 'appended' ? 'started' : 'skipped';
}

async function payAttempt(step: Step, attempt: number, askFirst: boolean): Promise<StepOutcome> {
  return exclusively(step, async () => {
    // Always read before paying: only the stream says whether someone settled this attempt since.
    const loaded = await loadStream(step.deps.eventStore, payoutProcessingDecider, step.stream);
    const { state } = loaded;
    if (!isAttemptInFlight(state, attempt)) return 'skipped'; // settled, superseded, or waiting to retry
    return payAndSettle(step, { ...loaded, state }, attempt, askFirst);
  });
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

type LoadedPayout = StreamState<ProcessingState> & { state: NonNullable<ProcessingState> };

async function payAndSettle(
  step: Step,
  loaded: LoadedPayout,
  attempt: number,
  askFirst: boolean,
): Promise<StepOutcome> {
  const outcome = await providerOutcome(step.deps, loaded.state.payout, askFirst);
  return settle(step, attempt, outcome, loaded);
}

async function retryWhenDue(step: Step, attempt: number): Promise<StepOutcome> {
  const loaded = await loadStream(step.deps.eventStore, payoutProcessingDecider, step.stream);
  const { state } = loaded;
  if (state?.payout.status !== 'processing' || state.payout.attempts !== attempt || !state.next_attempt_at) {
    return 'skipped';
  }
  const waitMs = Date.parse(state.next_attempt_at) - step.deps.clock().getTime();
  if (waitMs > 0) throw new DeferMessage(waitMs);
  const result = await decideAndAppend(
    step,
    () => ({ type: 'RetryProcessing', now: step.deps.clock() }),
    loaded,
  );
  return result === 'appended' ? 'retried' : 'skipped';
}

/** The scheduler found the payout in processing for too long: finish what was left undone. */
async function resolveStuck(step: Step): Promise<StepOutcome> {
  return exclusively(step, () => resolveStuckNow(step));
}

async function resolveStuckNow(step: Step): Promise<StepOutcome> {
  const loaded = await loadStream(step.deps.eventStore, payoutProcessingDecider, step.stream);
  const { state } = loaded;
  if (state === null) return 'skipped';
  if (state.payout.status === 'pending') return startIfPending(step);
  if (state.payout.status !== 'processing') return 'skipped';
  if (state.next_attempt_at !== null) {
    // The retry's own message may have been lost; start it if it is due, else that message will.
    if (Date.parse(state.next_attempt_at) > step.deps.clock().getTime()) return 'skipped';
    const result = await decideAndAppend(
      step,
      () => ({ type: 'RetryProcessing', now: step.deps.clock() }),
      loaded,
    );
    return result === 'appended' ? 'retried' : 'skipped';
  }
  return payAndSettle(step, { ...loaded, state }, state.payout.attempts, true);
}

type Outcome = PaymentOutcome | { status: 'unavailable'; message: string };

async function providerOutcome(
  deps: ProcessorDeps,
  payout: NonNullable<ProcessingState>['payout'],
  askFirst: boolean,
): Promise<Outcome> {
  try {
    if (askFirst) {
      const known = await deps.provider.status(payout.id);
      if (known) {
        deps.logger.info(
          { payout_id: payout.id, status: known.status },
          'provider already settled this payout',
        );
        return known;
      }
    }
    return await deps.provider.pay({
      payout_id: payout.id,
      amount: payout.amount,
      currency: payout.currency,
      recipient_account: payout.recipient_account,
    });
  } catch (err) {
    if (err instanceof ProviderUnavailable) return { status: 'unavailable', message: err.message };
    throw err;
  }
}

async function settle(
  step: Step,
  attempt: number,
  outcome: Outcome,
  loaded: StreamState<ProcessingState>,
): Promise<StepOutcome> {
  const { deps } = step;
  const result = await decideAndAppend(
    step,
    (state) => {
      // Appended only while this attempt is still the one in flight: a late answer changes nothing.
      if (!isAttemptInFlight(state, attempt)) return null;
      const now = deps.clock();
      if (outcome.status === 'paid') {
        return { type: 'CompletePayout', data: { provider_reference: outcome.reference }, now };
      }
      if (outcome.status === 'declined') {
        return {
          type: 'FailPayout',
          data: { code: outcome.code, message: outcome.message, retryable: false },
          now,
        };
      }
      return {
        type: 'RecordTransientFailure',
        data: {
          code: 'provider_unavailable',
          message: outcome.message,
          max_attempts: deps.retry.maxAttempts,
          retry_delay_ms: retryDelayMs(deps.retry, attempt, deps.random ?? Math.random),
        },
        now,
      };
    },
    loaded,
  );
  if (result !== 'appended') return 'skipped';
  if (outcome.status === 'paid') return 'completed';
  if (outcome.status === 'declined') {
    deps.logger.info({ stream: step.stream, code: outcome.code }, 'payout declined by the provider');
    return 'failed';
  }
  deps.logger.info({ stream: step.stream, attempt, reason: outcome.message }, 'provider unavailable');
  return attempt >= deps.retry.maxAttempts ? 'failed' : 'retry_scheduled';
}

function isAttemptInFlight(state: ProcessingState, attempt: number): state is NonNullable<ProcessingState> {
  return (
    state !== null &&
    state.payout.status === 'processing' &&
    state.payout.attempts === attempt &&
    state.next_attempt_at === null
  );
}

/**
 * Loads, decides, appends at the loaded revision. Another writer appending first (a client's
 * update, another replica) is met by loading again; a command the payout no longer accepts, or no
 * command at all, is 'skipped'.
 */
async function decideAndAppend(
  step: Step,
  commandFor: (state: ProcessingState) => ProcessingCommand | null,
  /** The stream as the caller loaded it a moment ago, decided on first instead of reading it again. */
  loadedNow?: StreamState<ProcessingState>,
): Promise<'appended' | 'skipped'> {
  for (let conflict = 0; ; conflict++) {
    const loaded =
      conflict === 0 && loadedNow
        ? loadedNow
        : await loadStream(step.deps.eventStore, payoutProcessingDecider, step.stream);
    const command = commandFor(loaded.state);
    if (command === null) return 'skipped';
    try {
      // Decided on the state loaded, appended at its revision: a change in between is a conflict.
      const result = await handleCommand(
        step.deps.eventStore,
        payoutProcessingDecider,
        step.stream,
        command,
        step.context,
        { loaded },
      );
      return result.events.length > 0 ? 'appended' : 'skipped';
    } catch (err) {
      if (err instanceof PayoutRejected && (err.kind === 'wrong_status' || err.kind === 'not_due')) {
        step.deps.logger.debug(
          { stream: step.stream, command: command.type, reason: err.message },
          'nothing to do',
        );
        return 'skipped';
      }
      if (err instanceof WrongExpectedRevision && conflict < MAX_CONFLICTS) continue;
      throw err;
    }
  }
}
