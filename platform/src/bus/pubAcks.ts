// JetStream publishes awaiting their PubAcks on one inbox subscription per connection. nats.js's own
// (js.publish, a request each) arms a timer, a deferred and a promise race per publish, and builds
// a RequestError with its stack trace whenever a request settles, noAsyncTraces or not
// (RequestOne.cancel): a third of a publish's CPU in bench/bus. The answers are the same: the
// PubAck (duplicate or not), JetStream's API error, no responders when no stream takes the
// subject, a timeout when nothing comes back.
import { JetStreamApiError } from '@nats-io/jetstream';
import { createInbox, type Msg, type MsgHdrs, type NatsConnection } from '@nats-io/transport-node';
import { BusGone, type PublishAck } from './port.ts';

/** nats.js's JetStream default: a publish whose PubAck is not back by then fails. */
const PUB_ACK_TIMEOUT_MS = 5_000;
/** Publishes still waiting are checked against their deadline this often: one timer, not one each. */
const SWEEP_EVERY_MS = 500;

type Waiting = {
  subject: string;
  deadline: number;
  resolve(ack: PublishAck): void;
  reject(err: Error): void;
};

export type PubAcks = {
  /**
   * Publishes now (nats.js sends what it is given within one microtask in one write) and settles
   * through `resolve` or `reject` once JetStream answered; never throws.
   */
  publish(
    subject: string,
    data: string,
    headers: MsgHdrs,
    resolve: (ack: PublishAck) => void,
    reject: (err: Error) => void,
  ): void;
  /** Stops listening once no publish waits any more (each gets its answer or times out). */
  close(): void;
};

type ApiError = ConstructorParameters<typeof JetStreamApiError>[0];

export function createPubAcks(nc: NatsConnection, options: { timeoutMs?: number } = {}): PubAcks {
  const timeoutMs = options.timeoutMs ?? PUB_ACK_TIMEOUT_MS;
  const prefix = `${createInbox()}.`;
  const waiting = new Map<string, Waiting>();
  let next = 0;
  let listening: { stop(): void } | null = null;
  let closing = false;
  const settled = () => {
    if (closing && waiting.size === 0) {
      listening?.stop();
      listening = null;
    }
  };

  const failAll = (err: Error) => {
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
    settled();
  };

  // Subscribes with the first publish, so that a bus that only consumes has nothing of this.
  function listen() {
    const sub = nc.subscribe(`${prefix}*`, {
      callback: (err, msg) => {
        if (err) {
          failAll(err);
          return;
        }
        const token = msg.subject.slice(prefix.length);
        const w = waiting.get(token);
        if (!w) return; // timed out already
        waiting.delete(token);
        try {
          w.resolve(pubAck(msg, w.subject));
        } catch (answer) {
          w.reject(answer as Error);
        }
        settled();
      },
    });
    const sweep = setInterval(() => {
      const now = performance.now();
      for (const [token, w] of waiting) {
        if (w.deadline > now) continue;
        waiting.delete(token);
        w.reject(new Error(`no PubAck for ${w.subject} within ${timeoutMs} ms`));
      }
      settled();
    }, SWEEP_EVERY_MS);
    sweep.unref();
    nc.closed()
      .then(() => failAll(new Error('NATS connection closed')))
      .catch(() => {});
    return {
      stop() {
        clearInterval(sweep);
        sub.unsubscribe();
      },
    };
  }

  return {
    publish(subject, data, headers, resolve, reject) {
      try {
        closing = false;
        listening ??= listen();
        const token = (next++).toString(36);
        nc.publish(subject, data, { reply: prefix + token, headers });
        waiting.set(token, { subject, deadline: performance.now() + timeoutMs, resolve, reject });
      } catch (err) {
        reject(err as Error);
      }
    },
    close() {
      closing = true;
      settled();
    },
  };
}

function pubAck(msg: Msg, subject: string): PublishAck {
  if (msg.data.length === 0 && msg.headers?.code === 503) {
    throw new BusGone(`no stream takes ${subject} (no responders)`);
  }
  const answer = JSON.parse(msg.string()) as { stream?: string; duplicate?: boolean; error?: ApiError };
  if (answer.error) throw new JetStreamApiError(answer.error);
  if (!answer.stream) throw new Error(`invalid PubAck for ${subject}: ${msg.string()}`);
  return { duplicate: answer.duplicate === true };
}
