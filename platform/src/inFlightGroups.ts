// Calls grouped while one is in flight: the first call goes at once, alone; the calls that arrive
// while its statement runs wait, then go together as one statement, and so on. Under load the
// database sees one round trip per group instead of one per call; when idle nothing waits. A call
// never gets an answer from a statement that started before it was made. Used by the PostgreSQL
// event store (appends, stream reads) and the simulated provider's records.

/** One call's share of a group's answer. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * `run` answers a group with one outcome per request, in the order given; if it throws, every call
 * of the group rejects with that error.
 */
export function createInFlightGroups<Request, Result>(
  run: (group: Request[]) => Promise<Outcome<Result>[]>,
  maxGroup: number,
): (request: Request) => Promise<Result> {
  type Pending = { request: Request; resolve: (r: Result) => void; reject: (e: unknown) => void };
  const queue: Pending[] = [];
  let running = false;

  async function drain(): Promise<void> {
    running = true;
    while (queue.length > 0) {
      const group = queue.splice(0, maxGroup);
      try {
        const outcomes = await run(group.map((p) => p.request));
        for (const [i, p] of group.entries()) {
          const outcome = outcomes[i];
          if (outcome?.ok) p.resolve(outcome.value);
          else p.reject(outcome ? outcome.error : new Error('no outcome for this call in its group'));
        }
      } catch (err) {
        for (const p of group) p.reject(err);
      }
    }
    running = false;
  }

  return (request) =>
    new Promise<Result>((resolve, reject) => {
      queue.push({ request, resolve, reject });
      if (!running) void drain();
    });
}
