// An open-loop load: POSTs at a steady rate whatever the answers take, plus GETs of payouts already
// acknowledged (alternately one by id and the first page of the list), bounded in time and in
// requests in flight, so that a slow system shows up as errors and skipped sends, not as a slower load.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

export type LoadOptions = {
  commandUrl: string;
  queryUrl: string;
  apiKey: string;
  postsPerSecond: number;
  getsPerSecond: number;
  seconds: number;
};

export type LoadReport = {
  posts: number;
  acknowledged: string[];
  postErrors: number;
  /** POSTs without an answer within REQUEST_TIMEOUT_MS (the server may still have created them). */
  postTimeouts: number;
  gets: number;
  getErrors: number;
  /** Why requests failed: an HTTP status or an error code, with counts. */
  failures: Record<string, number>;
  /** Sends dropped because MAX_IN_FLIGHT requests were already waiting. */
  skipped: number;
};

export const MAX_IN_FLIGHT = 256;
const TICK_MS = 10;
export const REQUEST_TIMEOUT_MS = 10_000;

export async function driveLoad(options: LoadOptions): Promise<LoadReport> {
  const report: LoadReport = {
    posts: 0,
    acknowledged: [],
    postErrors: 0,
    postTimeouts: 0,
    failures: {},
    gets: 0,
    getErrors: 0,
    skipped: 0,
  };
  const auth = { Authorization: `Bearer ${options.apiKey}` };
  const failed = (what: string, reason: string) => {
    const key = `${what} ${reason}`;
    report.failures[key] = (report.failures[key] ?? 0) + 1;
  };
  const reasonOf = (err: unknown) => {
    const cause = (err as { cause?: { code?: string } }).cause;
    return cause?.code ?? (err as Error).name;
  };
  let inFlight = 0;
  const pending = new Set<Promise<void>>();
  const send = (request: () => Promise<void>) => {
    if (inFlight >= MAX_IN_FLIGHT) {
      report.skipped++;
      return;
    }
    inFlight++;
    const p = request().finally(() => {
      inFlight--;
      pending.delete(p);
    });
    pending.add(p);
  };
  const post = async (n: number) => {
    report.posts++;
    try {
      const res = await fetch(`${options.commandUrl}/api/v1/payouts`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({
          amount: `${1 + (n % 500)}.${String(n % 100).padStart(2, '0')}`,
          currency: 'RUB',
          recipient_account: `40817810${String(n % 50_000).padStart(12, '0')}`,
          description: `memory bench ${n}`,
        }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      if (res.status === 201) report.acknowledged.push(((await res.json()) as { id: string }).id);
      else {
        report.postErrors++;
        failed('POST', String(res.status));
        await res.body?.cancel();
      }
    } catch (err) {
      if ((err as Error).name === 'TimeoutError') report.postTimeouts++;
      else {
        report.postErrors++;
        failed('POST', reasonOf(err));
      }
    }
  };
  const get = async (n: number) => {
    report.gets++;
    const known = report.acknowledged;
    const path =
      n % 2 === 0 && known.length > 0
        ? `/api/v1/payouts/${known[Math.floor(Math.random() * known.length)]}`
        : '/api/v1/payouts?limit=50';
    try {
      const res = await fetch(`${options.queryUrl}${path}`, {
        headers: auth,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      // 404: acknowledged but not projected yet, which a GET without a revision may see.
      if (res.status !== 200 && res.status !== 404) {
        report.getErrors++;
        failed('GET', String(res.status));
      }
      await res.body?.cancel();
    } catch (err) {
      report.getErrors++;
      failed('GET', reasonOf(err));
    }
  };

  const started = performance.now();
  let posts = 0;
  let gets = 0;
  for (;;) {
    const elapsed = (performance.now() - started) / 1000;
    if (elapsed >= options.seconds) break;
    while (posts < Math.floor(elapsed * options.postsPerSecond)) {
      const n = posts++;
      send(() => post(n));
    }
    while (gets < Math.floor(elapsed * options.getsPerSecond)) {
      const n = gets++;
      send(() => get(n));
    }
    await sleep(TICK_MS);
  }
  await Promise.all(pending);
  return report;
}
