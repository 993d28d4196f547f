// A durable consumer with explicit acks, on any bus adapter: a message is acked only after its
// handler succeeded, so a crash means redelivery, and every handler is written to be idempotent. A
// message whose handling keeps failing is parked after the bus's limit (parking.ts) instead of being
// redelivered forever; one the handler defers on purpose (DeferMessage) never counts toward it.
import { setTimeout as sleep } from 'node:timers/promises';
import { BusEvent } from '@payouts/contracts';
import type { Logger } from '../logger.ts';
import {
  contextFromTraceparent,
  SpanKind,
  SpanStatusCode,
  traceparentOf,
  tracer,
  withActiveSpan,
} from '../tracing.ts';
import { consumerHandled, watchConsumerLag, watchParkedMessages } from './consumerMetrics.ts';
import type { ParkedMessage } from './parking.ts';
import type { Bus, BusDelivery, Parking } from './port.ts';

/** Time a handler has before the bus redelivers its message to someone else. */
export const DEFAULT_ACK_WAIT_MS = 30_000;
/** A failed message comes back after this times its failures so far, at most 30 times this. */
const RETRY_DELAY_MS = 1_000;
/** How often a consumer looks for parked messages an operator asked to re-drive. */
const REDRIVE_POLL_MS = 2_000;
const REDRIVE_BATCH = 20;
/** Headers kept with a parked message, for its re-drive. */
const KEPT_HEADERS = ['traceparent', 'Correlation-Id'];
/**
 * Message ids a consumer remembers having failed on (see settleDelivery). Only a shortcut for a
 * redelivery the bus counts as a first one: past this many it starts afresh.
 */
const MAX_REMEMBERED_FAILURES = 10_000;

/**
 * Thrown by a handler whose message is not due yet (a retry waiting for its time): the message is
 * redelivered after `delayMs`, without the warning a failure gets, and it never counts toward parking.
 */
export class DeferMessage extends Error {
  constructor(readonly delayMs: number) {
    super(`deferred for ${delayMs} ms`);
    this.name = 'DeferMessage';
  }
}

export type ConsumerOptions = {
  durable: string;
  /** One subject (wildcards allowed): NATS before 2.10 takes no list. */
  filterSubject: string;
  /** Messages handled at once by this replica. */
  concurrency?: number;
  /** Time a handler has before its message goes to someone else (default 30 s). */
  ackWaitMs?: number;
  signal: AbortSignal;
  logger: Logger;
};

export type DeliveryInfo = { deliveryCount: number; traceparent: string | undefined };
export type EventHandler = (event: BusEvent, info: DeliveryInfo) => Promise<void>;

/** A message as the handler path needs it: a bus delivery, or a parked message re-driven. */
type Message = Pick<BusDelivery, 'subject' | 'data' | 'id' | 'deliveryCount' | 'header'>;

type Handled =
  | { outcome: 'ok' }
  | { outcome: 'deferred'; delayMs: number }
  | { outcome: 'failed'; error: Error; traceId: string; event: BusEvent }
  | { outcome: 'invalid' };

/**
 * Feeds every message to `handle` until `signal` aborts, then waits for the handlers in flight.
 * A handler that throws gets its message redelivered after a delay, and parked once it failed as
 * often as the bus allows; a message that is not a BusEvent at all is terminated (it would fail
 * forever) and logged. Rejects when the consumer vanished (the caller creates it again).
 */
export async function runConsumer(bus: Bus, options: ConsumerOptions, handle: EventHandler): Promise<void> {
  const { durable } = options;
  const concurrency = options.concurrency ?? 1;
  const ended = new AbortController();
  const signal = AbortSignal.any([options.signal, ended.signal]);
  const stopWatchingLag = watchConsumerLag(bus.stream, durable, () => bus.consumerLag(durable));
  const parking = bus.parking;
  const stopWatchingParked = parking
    ? watchParkedMessages(bus.stream, durable, () => parking.store.countParked(bus.stream))
    : () => {};
  const redriving = parking ? redriveParked(bus, parking, options, handle, signal) : Promise.resolve();
  // Ids of messages that failed here: handled at last, their failure record goes (settleDelivery).
  const failedHere = new Set<string>();
  // Handlers in flight, and the loop below when it waits for one of them to end: a count and one
  // waiter, rather than a Promise.race over every handler in flight for each message once the
  // consumer is at its concurrency.
  let inFlight = 0;
  let waiting: (() => void) | null = null;
  const handlerEnded = () => {
    inFlight -= 1;
    waiting?.();
    waiting = null;
  };
  const aHandlerEnds = () => new Promise<void>((resolve) => (waiting = resolve));
  try {
    const deliveries = bus.consume({
      durable,
      filterSubject: options.filterSubject,
      ackWaitMs: options.ackWaitMs ?? DEFAULT_ACK_WAIT_MS,
      maxMessages: Math.max(concurrency * 2, 10),
      signal: options.signal,
    });
    for await (const delivery of deliveries) {
      inFlight += 1;
      void handleAndSettle(bus, options, handle, delivery, failedHere, handlerEnded);
      if (inFlight >= concurrency) await aHandlerEnds();
      if (options.signal.aborted) break;
    }
  } finally {
    while (inFlight > 0) await aHandlerEnds();
    ended.abort();
    await redriving;
    stopWatchingParked();
    stopWatchingLag();
  }
}

/** Handles a delivery and settles it with the bus, then calls `ended`; never rejects. */
async function handleAndSettle(
  bus: Bus,
  options: ConsumerOptions,
  handle: EventHandler,
  delivery: BusDelivery,
  failedHere: Set<string>,
  ended: () => void,
): Promise<void> {
  try {
    const handled = await handleMessage(bus, options, handle, delivery);
    await settleDelivery(bus, options, delivery, handled, failedHere);
  } catch (err) {
    options.logger.error(
      { err: (err as Error).message, consumer: options.durable },
      'settling a message failed',
    );
  } finally {
    ended();
  }
}

/** Parses the message, runs the handler in a consumer span, and says how it went. */
async function handleMessage(
  bus: Bus,
  options: ConsumerOptions,
  handle: EventHandler,
  message: Message,
): Promise<Handled> {
  const parsed = BusEvent.safeParse(safeJson(message.data));
  if (!parsed.success) return { outcome: 'invalid' };
  // A consumer span continuing the trace from the message; the handler gets its traceparent, so
  // the events it appends hang under it.
  const sent = message.header('traceparent') || undefined;
  const parent = contextFromTraceparent(sent);
  const span = tracer().startSpan(
    `${options.durable} process ${message.subject}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.system': bus.kind === 'nats' ? 'nats' : 'postgresql',
        'messaging.operation.type': 'process',
        'messaging.destination.name': message.subject,
        'messaging.consumer.group.name': options.durable,
        'messaging.message.id': parsed.data.event_id,
        'messaging.message.delivery_count': message.deliveryCount,
      },
    },
    parent,
  );
  const traceparent = traceparentOf(span, sent) ?? undefined;
  try {
    await withActiveSpan(span, parent, () =>
      handle(parsed.data, { deliveryCount: message.deliveryCount, traceparent }),
    );
    return { outcome: 'ok' };
  } catch (err) {
    if (err instanceof DeferMessage) return { outcome: 'deferred', delayMs: err.delayMs };
    const error = err instanceof Error ? err : new Error(String(err));
    span.recordException(error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
    return { outcome: 'failed', error, traceId: span.spanContext().traceId, event: parsed.data };
  } finally {
    span.end();
  }
}

async function settleDelivery(
  bus: Bus,
  options: ConsumerOptions,
  delivery: BusDelivery,
  handled: Handled,
  failedHere: Set<string>,
): Promise<void> {
  const { durable, logger } = options;
  switch (handled.outcome) {
    case 'ok': {
      delivery.ack();
      consumerHandled.inc({ consumer: durable, outcome: 'ok' });
      // Only a message delivered before (or that failed here) can have a failure record to clear.
      if (bus.parking && (delivery.deliveryCount > 1 || failedHere.has(delivery.id))) {
        failedHere.delete(delivery.id);
        await bus.parking.store.forget(bus.stream, durable, delivery.id).catch((err: unknown) => {
          logger.warn({ err: (err as Error).message }, 'forgetting the failures of a handled message failed');
        });
      }
      return;
    }
    case 'deferred':
      delivery.nak(handled.delayMs);
      consumerHandled.inc({ consumer: durable, outcome: 'deferred' });
      return;
    case 'invalid':
      logger.error(
        { subject: delivery.subject, seq: delivery.seq },
        'not a payout bus event; terminating it',
      );
      delivery.term();
      consumerHandled.inc({ consumer: durable, outcome: 'terminated' });
      return;
    case 'failed': {
      const context = {
        err: handled.error.message,
        event_id: handled.event.event_id,
        subject: delivery.subject,
        delivery: delivery.deliveryCount,
        correlation_id: handled.event.metadata.correlation_id,
        trace_id: handled.traceId,
      };
      const counted = await countFailure(bus, durable, delivery, handled.error).catch((err: unknown) => {
        // Not counted (the database is away, say): retried like any failure, parked later.
        logger.warn({ err: (err as Error).message }, 'recording a failed message failed');
        return null;
      });
      if (counted && !counted.parked) {
        if (failedHere.size >= MAX_REMEMBERED_FAILURES) failedHere.clear();
        failedHere.add(delivery.id);
      }
      if (counted?.parked) {
        failedHere.delete(delivery.id);
        delivery.term();
        consumerHandled.inc({ consumer: durable, outcome: 'parked' });
        logger.error(
          { ...context, consumer: durable, failures: counted.failures },
          'event handling keeps failing; message parked (list and re-drive: npm run bus -w @payouts/platform)',
        );
        return;
      }
      consumerHandled.inc({ consumer: durable, outcome: 'retry' });
      logger.warn(
        { ...context, ...(counted ? { failures: counted.failures } : {}) },
        'event handling failed; will be redelivered',
      );
      delivery.nak(RETRY_DELAY_MS * Math.min(counted?.failures ?? delivery.deliveryCount, 30));
      return;
    }
  }
}

function countFailure(bus: Bus, consumer: string, message: Message, error: Error) {
  if (!bus.parking) return Promise.resolve(null);
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = message.header(name);
    if (value !== undefined) headers[name] = value;
  }
  return bus.parking.store.recordFailure(
    {
      stream: bus.stream,
      consumer,
      message: {
        id: message.id,
        subject: message.subject,
        data: message.data,
        headers,
        deliveryCount: message.deliveryCount,
      },
      error: error.message,
    },
    bus.parking.afterFailures,
  );
}

/**
 * Hands the parked messages an operator asked to re-drive to the handler, one at a time, until
 * `signal` aborts. One handled leaves the list; one that fails again stays parked with its new error.
 */
async function redriveParked(
  bus: Bus,
  parking: Parking,
  options: ConsumerOptions,
  handle: EventHandler,
  signal: AbortSignal,
): Promise<void> {
  const { durable, logger } = options;
  while (!signal.aborted) {
    let claimed: ParkedMessage[] = [];
    try {
      claimed = await parking.store.claimRedrives(bus.stream, durable, REDRIVE_BATCH);
      for (const parked of claimed) {
        const message: Message = {
          subject: parked.subject,
          data: parked.data,
          id: parked.messageId,
          // Delivered before: a handler that may repeat an outside call (a payment) checks first.
          deliveryCount: parked.deliveries + 1,
          header: (name) => parked.headers[name],
        };
        const handled = await handleMessage(bus, options, handle, message);
        const context = { consumer: durable, parked_id: parked.id, message_id: parked.messageId };
        if (handled.outcome === 'ok') {
          await parking.store.forget(bus.stream, durable, parked.messageId);
          consumerHandled.inc({ consumer: durable, outcome: 'redriven' });
          logger.info(context, 'parked message re-driven and handled');
        } else if (handled.outcome === 'deferred') {
          await parking.store.redriveLater(parked.id, handled.delayMs);
        } else {
          const error = handled.outcome === 'failed' ? handled.error : new Error('not a payout bus event');
          await countFailure(bus, durable, message, error);
          consumerHandled.inc({ consumer: durable, outcome: 'redrive_failed' });
          logger.warn(
            { ...context, err: error.message },
            'parked message re-driven and failed again; still parked',
          );
        }
      }
    } catch (err) {
      logger.warn({ err: (err as Error).message, consumer: durable }, 're-driving parked messages failed');
    }
    if (claimed.length < REDRIVE_BATCH) await sleep(REDRIVE_POLL_MS, undefined, { signal }).catch(() => {});
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
