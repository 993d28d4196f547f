// The bus port: what the services need from a message bus, and all they may use. Two adapters keep
// these promises, proven by one contract suite (bus.contract.ts): NATS JetStream (natsBus.ts), the
// bus of every deployment, and an embedded bus kept in PostgreSQL tables (embedded/postgresBus.ts),
// which `npm start` runs when no NATS is configured or reachable.
//
// The bus holds one stream of messages (its name and subject prefix below). Consumers are durable
// and named: each resumes where it stopped, also after its process restarts; a message handed out
// and not acknowledged within the ack wait is handed out again; a consumer sees only the subjects
// its filter matches; a message published twice under one id is stored once.
import type { ParkedMessages } from './parking.ts';

export type BusNames = {
  /** The stream's name (NATS_STREAM): several deployments or tests can share one server. */
  stream: string;
  /** Subjects are `<subjectPrefix>.events.<EventType>`. */
  subjectPrefix: string;
};

export type OutgoingMessage = {
  subject: string;
  data: string;
  /** Deduplication key: a second message with this id is dropped (NATS: within its window). */
  id: string;
  headers?: Record<string, string>;
};

export type PublishAck = { duplicate: boolean };

/** One delivery of a message to a durable consumer. */
export type BusDelivery = {
  subject: string;
  data: string;
  /** The id it was published with. */
  id: string;
  /** Its place in the stream. */
  seq: number;
  /** 1 the first time this consumer gets it; every redelivery (ack wait over, nak) adds one. */
  deliveryCount: number;
  header(name: string): string | undefined;
  /** Done with: never delivered to this consumer again. */
  ack(): void;
  /** Delivered again after `delayMs`. */
  nak(delayMs: number): void;
  /** Given up on: never delivered to this consumer again (NATS tells its advisories so). */
  term(): void;
};

export type ConsumeOptions = {
  durable: string;
  /** One subject, wildcards allowed (`*` one token, `>` the rest): NATS before 2.10 takes no list. */
  filterSubject: string;
  /** Time a delivery has to be acknowledged before it goes to someone else. */
  ackWaitMs: number;
  /** Deliveries fetched ahead of the handlers. */
  maxMessages: number;
  signal: AbortSignal;
};

/** A durable consumer's lag: stored and not delivered yet; delivered and not acknowledged yet. */
export type ConsumerLag = { pending: number; ackPending: number };

/** Where messages that keep failing go instead of being redelivered forever (parking.ts). */
export type Parking = {
  store: ParkedMessages;
  /** Failed handlings (deferrals not counted) after which a message is parked. */
  afterFailures: number;
};

export type Bus = BusNames & {
  readonly kind: 'nats' | 'postgres';
  /** Set on the buses of services: `runConsumer` parks messages there. */
  readonly parking: Parking | null;
  /** Resolves once the message is stored (or dropped as a duplicate); rejects when the stream is gone. */
  publish(message: OutgoingMessage): Promise<PublishAck>;
  /**
   * Creates the stream when it is missing; answers its identity, which changes when the stream is
   * wiped and created again (the relay then republishes everything).
   */
  ensureStream(): Promise<string>;
  /** The stream's identity as it is now, or null when there is no stream. */
  streamIdentity(): Promise<string | null>;
  /** Deletes the stream with its messages and consumers (tests; an operator wiping the bus). */
  deleteStream(): Promise<void>;
  /**
   * Creates the durable consumer (or updates its filter and ack wait), then yields its deliveries
   * until `signal` aborts. Throws when the consumer or its stream vanished, so that the caller can
   * create it again on the stream as it is now.
   */
  consume(options: ConsumeOptions): AsyncIterable<BusDelivery>;
  consumerLag(durable: string): Promise<ConsumerLag>;
  /** Rejects unless the bus answers (readiness). */
  ping(): Promise<void>;
  /** Sends what is still buffered (acknowledgements), then closes the connections it opened. */
  close(): Promise<void>;
};

/** Raised by an adapter when a consumer or its stream does not exist (any more). */
export class BusGone extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BusGone';
  }
}
