// The sending side of a LISTEN/NOTIFY channel whose listeners only need to know that something is
// new (see notifier.ts). Every call is followed by a notification that starts after it, but at most
// one per `minIntervalMs` is sent and never two at once: a call while one is in flight or waiting
// is served by that one or the next. PostgreSQL serialises the commits of notifying transactions
// (a lock on its notification queue, held through the commit), and every notification wakes every
// listener to read, so one per write would cost more than the writes; none waits for a flush
// either, since a lost notification only delays a listener until its timeout.
import type pg from 'pg';

export type NotifySender = {
  /** Asks for a notification; returns at once. */
  notify(): void;
  /** Waits for the notification in flight, then sends no more. */
  close(): Promise<void>;
};

/** The default spacing: under load, notifications (and listeners' reads) at most 200 a second. */
export const NOTIFY_MIN_INTERVAL_MS = 5;

export function createNotifySender(
  pool: pg.Pool,
  channel: string,
  minIntervalMs = NOTIFY_MIN_INTERVAL_MS,
): NotifySender {
  const statement = `begin; set local synchronous_commit = off; select pg_notify('${channel.replaceAll("'", "''")}', ''); commit;`;
  let sending: Promise<void> | null = null;
  let scheduled: NodeJS.Timeout | null = null;
  let again = false;
  let closed = false;
  let lastSentAt = Number.NEGATIVE_INFINITY;

  function notify(): void {
    if (closed || scheduled) return; // the scheduled one starts after this call
    if (sending) {
      again = true;
      return;
    }
    sendWhenDue();
  }

  function sendWhenDue(): void {
    scheduled = null;
    // Timers run on the event loop's cached clock and may fire a little early: check again.
    const wait = lastSentAt + minIntervalMs - performance.now();
    if (wait > 0) scheduled = setTimeout(sendWhenDue, wait);
    else send();
  }

  function send(): void {
    lastSentAt = performance.now();
    sending = pool
      .query(statement)
      .then(
        () => {},
        () => {},
      )
      .finally(() => {
        sending = null;
        if (again) {
          again = false;
          if (closed)
            send(); // close() waits for it
          else notify();
        }
      });
  }

  return {
    notify,
    async close() {
      closed = true;
      if (scheduled) {
        clearTimeout(scheduled);
        scheduled = null;
        send();
      }
      while (sending) await sending;
    },
  };
}
