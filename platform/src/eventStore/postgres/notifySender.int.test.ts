import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool } from '../../db.ts';
import { createLogger } from '../../logger.ts';
import { createTestDatabase, eventually, type TestDatabase } from '../../testing/index.ts';
import { createNotifier, type Notifier } from './notifier.ts';
import { createNotifySender, NOTIFY_MIN_INTERVAL_MS } from './notifySender.ts';

const CHANNEL = 'notify_sender_test';

describe('notify sender', () => {
  let database: TestDatabase;
  let pool: ReturnType<typeof createPool>;
  let listener: Notifier;
  beforeAll(async () => {
    database = await createTestDatabase('notify_sender');
    pool = createPool(database.url, createLogger('test', 'silent'));
    listener = createNotifier(database.url, CHANNEL);
    // The listener is connected once a notification reaches it.
    await eventually(async () => {
      const seen = listener.generation();
      await pool.query(`select pg_notify('${CHANNEL}', '')`);
      await listener.wait(seen, 200, new AbortController().signal);
      return listener.generation() > seen ? true : undefined;
    });
  });
  afterAll(async () => {
    await listener.close();
    await pool.end();
    await database.drop();
  });

  it('turns a burst of calls into one notification now and one after it, wakes a later waiter, and spaces notifications', async () => {
    const sender = createNotifySender(pool, CHANNEL);
    const before = listener.generation();
    for (let i = 0; i < 200; i++) sender.notify();
    await eventually(async () => (listener.generation() >= before + 2 ? true : undefined), 5_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(listener.generation()).toBe(before + 2);

    // A call after the burst is still followed by a notification of its own.
    const seen = listener.generation();
    sender.notify();
    await listener.wait(seen, 5_000, AbortSignal.timeout(5_000));
    expect(listener.generation()).toBeGreaterThan(seen);

    // Calls every millisecond: a notification at most every NOTIFY_MIN_INTERVAL_MS.
    const spreadFrom = listener.generation();
    const began = performance.now();
    await new Promise<void>((resolve) => {
      const calling = setInterval(() => {
        sender.notify();
        if (performance.now() - began >= 200) {
          clearInterval(calling);
          resolve();
        }
      }, 1);
    });
    const elapsed = performance.now() - began;
    await new Promise((r) => setTimeout(r, 300));
    const sent = listener.generation() - spreadFrom;
    expect(sent).toBeGreaterThanOrEqual(2);
    expect(sent).toBeLessThanOrEqual(Math.ceil(elapsed / NOTIFY_MIN_INTERVAL_MS) + 2);

    await sender.close();
    sender.notify(); // closed: sends nothing
    const closedAt = listener.generation();
    await new Promise((r) => setTimeout(r, 300));
    expect(listener.generation()).toBe(closedAt);
  });
});
