// The bus on NATS JetStream: one stream (nats.ts), durable pull consumers with explicit acks, and
// JetStream's own deduplication by Nats-Msg-Id. The bus of every deployment, and of `npm start`
// whenever a NATS server is configured or answers at the default address.
import {
  AckPolicy,
  DeliverPolicy,
  type JetStreamManager,
  type JsMsg,
  jetstream,
  jetstreamManager,
} from '@nats-io/jetstream';
import { type NatsConnection, headers as natsHeaders } from '@nats-io/transport-node';
import type { Logger } from '../logger.ts';
import { connectNats, ensurePayoutStream, isNotFound } from './nats.ts';
import { createOutbox, type Outbox } from './outbox.ts';
import {
  type Bus,
  type BusDelivery,
  BusGone,
  type BusNames,
  type ConsumeOptions,
  type Parking,
} from './port.ts';
import { createPubAcks } from './pubAcks.ts';

/** JetStream's deduplication key: the message id. */
const MSG_ID_HEADER = 'Nats-Msg-Id';
/** Deliveries a durable consumer hands out before it waits for acknowledgements. */
const MAX_ACK_PENDING = 1_000;

export type NatsBusOptions = { parking?: Parking | null };

/** Connects (waiting for a server that is not up yet), creates the stream if needed. */
export async function openNatsBus(
  url: string,
  names: BusNames,
  connectionName: string,
  logger: Logger,
  options: NatsBusOptions = {},
): Promise<Bus> {
  const nc = await connectNats(url, connectionName, logger);
  try {
    const bus = await createNatsBus(nc, names, options);
    return {
      ...bus,
      async close() {
        await bus.close();
        await nc.drain().catch(() => {});
      },
    };
  } catch (err) {
    await nc.close().catch(() => {});
    throw err;
  }
}

/** A bus on a connection the caller owns: `close` leaves the connection open. */
export async function createNatsBus(
  nc: NatsConnection,
  names: BusNames,
  options: NatsBusOptions = {},
): Promise<Bus> {
  const jsm = await ensurePayoutStream(nc, names);
  const outbox = createOutbox();
  const pubAcks = createPubAcks(nc);
  return {
    kind: 'nats',
    stream: names.stream,
    subjectPrefix: names.subjectPrefix,
    parking: options.parking ?? null,
    publish(message) {
      // A header nats.js refuses (a line break in a value) throws here, rejecting the publish.
      return new Promise((resolve, reject) => {
        const h = natsHeaders();
        h.set(MSG_ID_HEADER, message.id);
        for (const [name, value] of Object.entries(message.headers ?? {})) h.set(name, value);
        outbox.send(() => pubAcks.publish(message.subject, message.data, h, resolve, reject));
      });
    },
    async ensureStream() {
      const manager = await ensurePayoutStream(nc, names);
      return (await manager.streams.info(names.stream)).created;
    },
    async streamIdentity() {
      try {
        return (await (await jetstreamManager(nc)).streams.info(names.stream)).created;
      } catch (err) {
        if (isNotFound(err)) return null;
        throw err;
      }
    },
    async deleteStream() {
      await jsm.streams.delete(names.stream).catch((err: unknown) => {
        if (!isNotFound(err)) throw err;
      });
    },
    consume: (consumeOptions) => consume(nc, jsm, names.stream, outbox, consumeOptions),
    async consumerLag(durable) {
      const info = await jsm.consumers.info(names.stream, durable);
      return { pending: info.num_pending, ackPending: info.num_ack_pending };
    },
    async ping() {
      await nc.flush();
    },
    async close() {
      outbox.flush();
      pubAcks.close();
    },
  };
}

async function ensureConsumer(jsm: JetStreamManager, stream: string, options: ConsumeOptions) {
  const ackWaitNs = options.ackWaitMs * 1_000_000;
  try {
    await jsm.consumers.info(stream, options.durable);
    await jsm.consumers.update(stream, options.durable, {
      filter_subject: options.filterSubject,
      ack_wait: ackWaitNs,
    });
  } catch (err) {
    if (!isNotFound(err)) throw err;
    await jsm.consumers
      .add(stream, {
        durable_name: options.durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        filter_subject: options.filterSubject,
        ack_wait: ackWaitNs,
        max_ack_pending: MAX_ACK_PENDING,
      })
      .catch((addErr: unknown) => {
        throw isNotFound(addErr) ? new BusGone(`stream ${stream}: ${(addErr as Error).message}`) : addErr;
      });
  }
}

async function* consume(
  nc: NatsConnection,
  jsm: JetStreamManager,
  stream: string,
  outbox: Outbox,
  options: ConsumeOptions,
): AsyncGenerator<BusDelivery> {
  await ensureConsumer(jsm, stream, options);
  const consumer = await jetstream(nc).consumers.get(stream, options.durable);
  const messages = await consumer.consume({ max_messages: options.maxMessages });
  const stop = () => messages.stop();
  options.signal.addEventListener('abort', stop, { once: true });
  // Aborted while the consumer was being set up: the listener above will never fire.
  if (options.signal.aborted) stop();
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
  try {
    for await (const m of messages) yield new NatsDelivery(m, outbox);
  } finally {
    options.signal.removeEventListener('abort', stop);
    messages.stop();
  }
  if (vanished !== null && !options.signal.aborted) {
    throw new BusGone(`consumer ${options.durable} on ${stream}: ${vanished}`);
  }
}

/**
 * A delivery as a class rather than an object of closures: one is made per message, and tsx (which
 * runs the services) wraps every closure made in an object literal in a call that names it.
 */
class NatsDelivery implements BusDelivery {
  readonly subject: string;
  readonly data: string;
  readonly id: string;
  readonly seq: number;
  readonly deliveryCount: number;

  constructor(
    private readonly m: JsMsg,
    private readonly outbox: Outbox,
  ) {
    this.subject = m.subject;
    this.data = m.string();
    this.seq = m.seq;
    this.id = m.headers?.get(MSG_ID_HEADER) || `seq:${this.seq}`;
    this.deliveryCount = m.info.deliveryCount;
  }

  header(name: string): string | undefined {
    return this.m.headers?.get(name) || undefined;
  }

  ack(): void {
    this.outbox.sendAck(() => this.m.ack());
  }

  nak(delayMs: number): void {
    this.outbox.sendAck(() => this.m.nak(Math.max(0, Math.ceil(delayMs))));
  }

  term(): void {
    this.outbox.sendAck(() => this.m.term());
  }
}
