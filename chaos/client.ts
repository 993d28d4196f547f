// The chaos run's client: POSTs payouts the way a careful real client does. Each submission has its
// own Idempotency-Key and is retried with that key after a timeout, a connection error, a 5xx, a 503
// or a 429 (waiting what Retry-After says), with exponential backoff and jitter, until it is
// acknowledged or the client's patience runs out; then it gives up and says so. Any other answer is
// a refusal. Some acknowledged submissions are sent once more, as a client that lost the answer
// would, and must get the same payout back.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

export type Submission = {
  n: number;
  key: string;
  /** Unique per submission, so the event store tells how many payouts one submission made. */
  account: string;
  amount: string;
  attempts: number;
  outcome: 'pending' | 'acknowledged' | 'gave-up' | 'refused';
  /** Every payout id the API answered for this key; more than one is a duplicate. */
  ids: string[];
  /** Answers other than 2xx, by status (`timeout` and `connection` for no answer). */
  failures: Record<string, number>;
  /** Why it was refused or given up. */
  detail: string | null;
};

export type ClientOptions = {
  url: () => string;
  apiKey: string;
  /** A prefix for recipient accounts, so that two runs' payouts never look alike. */
  run: string;
  random: () => number;
  /** One attempt's timeout. */
  requestTimeoutMs: number;
  /** How long after its first attempt a submission is given up. */
  patienceMs: number;
  /** Share (0..1) of acknowledged submissions sent once more with the same key. */
  resendShare: number;
};

/** Backoff between attempts: 200 ms doubling up to 5 s, with jitter; Retry-After wins, capped at 10 s. */
const BACKOFF_BASE_MS = 200;
const BACKOFF_MAX_MS = 5_000;
const RETRY_AFTER_MAX_MS = 10_000;
const RETRIED_STATUSES = new Set([408, 425, 429]);

export function submissionOf(n: number, run: string): Submission {
  return {
    n,
    key: randomUUID(),
    account: `CHAOS-${run}-${n}`,
    amount: `${1 + (n % 500)}.${String(n % 100).padStart(2, '0')}`,
    attempts: 0,
    outcome: 'pending',
    ids: [],
    failures: {},
    detail: null,
  };
}

export async function submit(submission: Submission, options: ClientOptions): Promise<void> {
  const giveUpAt = Date.now() + options.patienceMs;
  const body = JSON.stringify({ amount: submission.amount, recipient_account: submission.account });
  const fail = (what: string) => {
    submission.failures[what] = (submission.failures[what] ?? 0) + 1;
  };
  let resend = options.random() < options.resendShare;
  for (let attempt = 0; ; attempt++) {
    let waitMs = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** attempt) * (0.5 + options.random());
    submission.attempts += 1;
    try {
      const res = await fetch(options.url(), {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${options.apiKey}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': submission.key,
        },
        body,
        signal: AbortSignal.timeout(options.requestTimeoutMs),
      });
      const text = await res.text();
      if (res.status === 200 || res.status === 201) {
        const id = (JSON.parse(text) as { id: string }).id;
        if (!submission.ids.includes(id)) submission.ids.push(id);
        submission.outcome = 'acknowledged';
        if (!resend) return;
        resend = false; // the answer "was lost": one more time with the same key
        waitMs = 0;
      } else {
        fail(String(res.status));
        if (res.status < 500 && !RETRIED_STATUSES.has(res.status)) {
          if (submission.outcome !== 'acknowledged') submission.outcome = 'refused';
          submission.detail = `${res.status} ${text.slice(0, 300)}`;
          return;
        }
        // A 503 tells the client when to come back; one that does not is a finding (checks.ts).
        if (res.status === 503 && !res.headers.has('retry-after')) fail('503 without Retry-After');
        const retryAfter = Number(res.headers.get('retry-after'));
        if (Number.isFinite(retryAfter) && retryAfter > 0)
          waitMs = Math.min(retryAfter * 1000, RETRY_AFTER_MAX_MS);
      }
    } catch (err) {
      fail((err as Error).name === 'TimeoutError' ? 'timeout' : 'connection');
    }
    if (Date.now() + waitMs > giveUpAt) {
      if (submission.outcome === 'acknowledged') return; // only the resend went unanswered
      submission.outcome = 'gave-up';
      const failures = Object.entries(submission.failures).map(([what, n]) => `${n} x ${what}`);
      submission.detail = `gave up after ${submission.attempts} attempts (${failures.join(', ')})`;
      return;
    }
    await sleep(waitMs);
  }
}
