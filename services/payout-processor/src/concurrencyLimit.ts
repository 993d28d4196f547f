// At most `limit` tasks at once, shared by every consumer of one processor replica: one limit for its
// event-store work and one for its provider calls (start.ts), whatever event types arrive.
export type ConcurrencyLimit = <T>(task: () => Promise<T>) => Promise<T>;

export function createConcurrencyLimit(limit: number): ConcurrencyLimit {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`concurrency limit must be >= 1, got ${limit}`);
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter, so `running` never exceeds the limit.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
