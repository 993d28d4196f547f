// A durable pull consumer with explicit acks: a message is acked only after its handler succeeded,
// so a crash means redelivery, and every handler is written to be idempotent.
import { AckPolicy, DeliverPolicy, type JetStreamManager, jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
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
import { consumerHandled, watchConsumerLag } from './consumerMetrics.ts';
import { isNotFound } from './nats.ts';

/** Time a handler has before NATS redelivers its message to someone else. */
export const DEFAULT_ACK_WAIT_MS = 30_000;
const RETRY_DELAY_MS = 1_000;

/**
 * Thrown by a handler whose message is not due yet (a retry waiting for its time): the message is
 * redelivered after `delayMs`, without the warning a failure gets.
 */
export class DeferMessage extends Error {
  constructor(readonly delayMs: number) {
    super(`deferred for ${delayMs} ms`);
    this.name = 'DeferMessage';
  }
}

export type ConsumerOptions = {
  stream: string;
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

export async function ensureConsumer(
  jsm: JetStreamManager,
  options: Omit<ConsumerOptions, 'signal' | 'logger'>,
) {
  const ackWaitNs = (options.ackWaitMs ?? DEFAULT_ACK_WAIT_MS) * 1_000_000;
  const config = {
    durable_name: options.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: options.filterSubject,
    ack_wait: ackWaitNs,
    max_ack_pending: 1_000,
  };
  try {
    await jsm.consumers.info(options.stream, options.durable);
    await jsm.consumers.update(options.stream, options.durable, {
      filter_subject: options.filterSubject,
      ack_wait: ackWaitNs,
    });
  } catch (err) {
    if (!isNotFound(err)) throw err;
    await jsm.consumers.add(options.stream, config);
  }
}

/**
 * Feeds every message to `handle` until `signal` aborts, then waits for the handlers in flight.
 * A handler that throws gets its message redelivered after a delay; a message that is not a
 * BusEvent at all is terminated (it would fail forever) and logged.
 */
export async function runConsumer(
  nc: NatsConnection,
  jsm: JetStreamManager,
  options: ConsumerOptions,
  handle: (
    event: BusEvent,
    info: { deliveryCount: number; traceparent: string | undefined },
  ) => Promise<void>,
): Promise<void> {
  await ensureConsumer(jsm, options);
  const concurrency = options.concurrency ?? 1;
  const js = jetstream(nc);
  const consumer = await js.consumers.get(options.stream, options.durable);
  const stopWatchingLag = watchConsumerLag(options.stream, options.durable, () =>
    jsm.consumers.info(options.stream, options.durable),
  );
  const messages = await consumer.consume({ max_messages: Math.max(concurrency * 2, 10) });
  const stop = () => {
    stopWatchingLag();
    messages.stop();
  };
  options.signal.addEventListener('abort', stop, { once: true });
  // nats.js keeps pulling from a consumer that vanished (NATS restarted without its store, or the
  // stream was recreated) and never ends the iterator: stop it, so that the caller's retry recreates
  // the consumer on the stream as it is now.
  let vanished: string | null = null;
  void (async () => {
    for await (const status of messages.status()) {
      const gone =
        status.type === 'consumer_not_found' ||
        status.type === 'consumer_deleted' ||
        status.type === 'stream_not_found' ||
        status.type === 'no_responders' ||
        // After a server lost its store nothing may answer the pulls at all: heartbeats stop.
        (status.type === 'heartbeats_missed' && status.count >= 2);
      if (gone) {
        vanished = status.type;
        messages.stop();
        break;
      }
    }
  })().catch(() => {});
  const inFlight = new Set<Promise<void>>();
  try {
    for await (const m of messages) {
      const parsed = BusEvent.safeParse(safeJson(m.string()));
      if (!parsed.success) {
        options.logger.error({ subject: m.subject, seq: m.seq }, 'not a payout bus event; terminating it');
        m.term();
        consumerHandled.inc({ consumer: options.durable, outcome: 'terminated' });
        continue;
      }
      // A consumer span continuing the trace from the message; the handler gets its traceparent, so
      // the events it appends hang under it.
      const sent = m.headers?.get('traceparent') || undefined;
      const parent = contextFromTraceparent(sent);
      const span = tracer().startSpan(
        `${options.durable} process ${m.subject}`,
        {
          kind: SpanKind.CONSUMER,
          attributes: {
            'messaging.system': 'nats',
            'messaging.operation.type': 'process',
            'messaging.destination.name': m.subject,
            'messaging.consumer.group.name': options.durable,
            'messaging.message.id': parsed.data.event_id,
            'messaging.message.delivery_count': m.info.deliveryCount,
          },
        },
        parent,
      );
      const traceparent = traceparentOf(span, sent) ?? undefined;
      const work = withActiveSpan(span, parent, () =>
        handle(parsed.data, { deliveryCount: m.info.deliveryCount, traceparent }),
      )
        .then(() => {
          m.ack();
          consumerHandled.inc({ consumer: options.durable, outcome: 'ok' });
        })
        .catch((err: unknown) => {
          if (err instanceof DeferMessage) {
            m.nak(Math.max(0, Math.ceil(err.delayMs)));
            consumerHandled.inc({ consumer: options.durable, outcome: 'deferred' });
            return;
          }
          span.recordException(err as Error);
          span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
          consumerHandled.inc({ consumer: options.durable, outcome: 'retry' });
          options.logger.warn(
            {
              err: (err as Error).message,
              event_id: parsed.data.event_id,
              delivery: m.info.deliveryCount,
              correlation_id: parsed.data.metadata.correlation_id,
              trace_id: span.spanContext().traceId,
            },
            'event handling failed; will be redelivered',
          );
          m.nak(RETRY_DELAY_MS * Math.min(m.info.deliveryCount, 30));
        })
        .finally(() => {
          span.end();
          inFlight.delete(work);
        });
      inFlight.add(work);
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
      if (options.signal.aborted) break;
    }
  } finally {
    options.signal.removeEventListener('abort', stop);
    await Promise.allSettled(inFlight);
    stop();
  }
  if (vanished !== null && !options.signal.aborted) {
    throw new Error(
      `consumer ${options.durable} on ${options.stream}: ${vanished}; it will be created again`,
    );
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
