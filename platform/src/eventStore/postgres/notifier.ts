// Wakes live subscribers when an append commits (LISTEN/NOTIFY), so following the store costs no
// polling. If the listening connection is lost, waits still end by their timeout and the listener
// reconnects in the background: a lost notification delays a subscriber, never loses an event.
import pg from 'pg';

const RECONNECT_DELAY_MS = 1_000;

export type Notifier = {
  /**
   * Counts notifications, and each loss and regain of the listening connection: read it before
   * looking for events, pass it to `wait`.
   */
  generation(): number;
  /**
   * Whether the LISTEN connection is up now (and starts it if not). Something read while listening,
   * with the generation unchanged since, has missed no notification.
   */
  listening(): boolean;
  /**
   * Resolves on the first notification after `since` (at once if one already came), after
   * `timeoutMs`, or when `signal` aborts.
   */
  wait(since: number, timeoutMs: number, signal: AbortSignal): Promise<void>;
  close(): Promise<void>;
};

export function createNotifier(connectionString: string, channel: string): Notifier {
  const waiters = new Set<() => void>();
  let client: pg.Client | null = null;
  let connecting: Promise<void> | null = null;
  let closed = false;
  let generation = 0;

  const wakeAll = () => {
    generation += 1;
    for (const wake of [...waiters]) wake();
  };

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString });
    next.on('notification', wakeAll);
    const lost = () => {
      if (client === next) client = null;
      next.end().catch(() => {});
      // Something may have been appended while we were deaf.
      wakeAll();
    };
    next.on('error', lost);
    next.on('end', lost);
    try {
      await next.connect();
      await next.query(`listen "${channel}"`);
    } catch (err) {
      next.removeListener('end', lost);
      await next.end().catch(() => {});
      throw err;
    }
    if (closed) {
      await next.end();
      return;
    }
    client = next;
    // Appends that committed between losing the old connection and listening on this one notified
    // nobody: let every waiter look once more.
    wakeAll();
  };

  const ensureListening = () => {
    if (client || connecting || closed) return;
    connecting = connect()
      .catch(() => new Promise<void>((resolve) => setTimeout(resolve, RECONNECT_DELAY_MS)))
      .finally(() => {
        connecting = null;
      });
  };

  return {
    generation: () => generation,
    listening() {
      ensureListening();
      return client !== null;
    },
    wait(since, timeoutMs, signal) {
      ensureListening();
      return new Promise<void>((resolve) => {
        if (generation !== since || signal.aborted || closed) {
          resolve();
          return;
        }
        const done = () => {
          clearTimeout(timer);
          waiters.delete(done);
          signal.removeEventListener('abort', done);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        waiters.add(done);
        signal.addEventListener('abort', done, { once: true });
      });
    },
    async close() {
      closed = true;
      wakeAll();
      await connecting;
      await client?.end().catch(() => {});
      client = null;
    },
  };
}
