// Commands for the NATS server (publishes, acks) gathered so that many leave in one socket write.
// nats.js writes what it was given within one microtask at once, but the services publish and ack
// each message in a callback of its own (a PubAck, a database answer), so every publish and ack was
// a write of its own: a third of the bus's CPU in bench/bus, and a read for the server each.
// A publish waits for the end of the event-loop turn; an ack, which nobody waits for, up to
// ACK_DELAY_MS, so that a consumer's acks share a write even when its messages are handled in
// different turns. Commands keep their order: the relay relies on the stream storing events in
// the order it published them.

/**
 * How long an ack may wait for others. It is sent after its handler succeeded all the same; it
 * only comes later: a crash within this loses it, and the message comes again (at least once).
 */
const ACK_DELAY_MS = 10;
/**
 * Acks waiting before they go at the end of the turn anyway: while a backlog drains a batch fills
 * fast, and the server stops delivering to a consumer at its max_ack_pending unacknowledged.
 */
const ACK_BATCH = 64;

export type Outbox = {
  /** A publish: handed to nats.js at the end of this turn of the event loop. */
  send(command: () => void): void;
  /** An ack, nak or term: handed to nats.js within ACK_DELAY_MS (with the next publish, if sooner). */
  sendAck(command: () => void): void;
  /** Hands over everything queued now (closing). */
  flush(): void;
};

export function createOutbox(): Outbox {
  let queued: (() => void)[] = [];
  let immediate: NodeJS.Immediate | null = null;
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    if (immediate) clearImmediate(immediate);
    if (timer) clearTimeout(timer);
    immediate = null;
    timer = null;
    const commands = queued;
    queued = [];
    for (const command of commands) {
      try {
        command();
      } catch {
        // Only an ack can throw here (a publish rejects its own promise), on a closed connection:
        // its message comes again after the ack wait, as when an ack is lost on the way.
      }
    }
  };
  const soon = () => {
    immediate ??= setImmediate(flush);
  };
  return {
    send(command) {
      queued.push(command);
      soon();
    },
    sendAck(command) {
      queued.push(command);
      if (queued.length >= ACK_BATCH) soon();
      else timer ??= setTimeout(flush, ACK_DELAY_MS);
    },
    flush,
  };
}
