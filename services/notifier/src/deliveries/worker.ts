// The delivery worker: claims due deliveries from the shared queue, sends each, and settles it by its
// answer: any 2xx succeeds; 410 Gone fails it and disables the endpoint; anything else (timeouts,
// connection errors, refused targets, redirects) is tried again on the retry schedule until the
// window ends. An endpoint that failed every delivery for WEBHOOK_DISABLE_AFTER_HOURS is disabled.
import { EVENT_ID_HEADER, SIGNATURE_HEADER, signatureHeader, signingSecretIds } from '@payouts/contracts';
import {
  contextFromTraceparent,
  counter,
  type EventStore,
  type Logger,
  SpanKind,
  SpanStatusCode,
  traceparentOf,
  tracer,
} from '@payouts/platform';
import type pg from 'pg';
import { changeEndpoint, systemContext } from '../endpoints/endpointCommands.ts';
import { secretValues } from '../endpoints/endpointRows.ts';
import type { TargetPolicy } from '../targets/targetPolicy.ts';
import { recordOutcomes } from './outcomes.ts';
import { type AttemptRecord, type ClaimedDelivery, claimDue, finishAttempt, type Verdict } from './queue.ts';
import { nextAttemptAt, type RetryPolicy } from './retryPolicy.ts';
import { type AttemptResult, isSuccess, sendWebhook } from './send.ts';

const attemptsTotal = counter('webhook_attempts_total', 'Webhook delivery attempts, by outcome', ['outcome']);

export type WorkerDeps = {
  pool: pg.Pool;
  eventStore: EventStore;
  logger: Logger;
  clock: () => Date;
  random: () => number;
  policy: TargetPolicy;
  retry: RetryPolicy;
  timeoutMs: number;
  disableAfterMs: number;
  concurrency: number;
  /** How often the queue is looked at when nothing wakes the worker. */
  pollMs: number;
};

export type Worker = {
  /** Look at the queue now (something was queued or came due). */
  wake(): void;
  stop(): Promise<void>;
};

export function startWorker(deps: WorkerDeps): Worker {
  const inFlight = new Set<Promise<void>>();
  let stopped = false;
  let wakeUp: (() => void) | null = null;
  let woken = false;
  const wake = () => {
    woken = true;
    wakeUp?.();
  };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken || stopped) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeUp = null;
        resolve();
      }
      wakeUp = done;
    });

  const loop = (async () => {
    while (!stopped) {
      woken = false;
      let claimed: ClaimedDelivery[] = [];
      try {
        claimed = await claimDue(deps.pool, deps.clock(), deps.concurrency - inFlight.size);
      } catch (err) {
        deps.logger.warn({ err: (err as Error).message }, 'claiming webhook deliveries failed');
      }
      for (const delivery of claimed) {
        const work = deliver(deps, delivery)
          .catch((err: unknown) =>
            deps.logger.warn(
              { err: (err as Error).message, delivery_id: delivery.id },
              'webhook delivery failed',
            ),
          )
          .finally(() => {
            inFlight.delete(work);
            wake(); // a slot is free, and the delivery's successor may be due
          });
        inFlight.add(work);
      }
      // A full batch may mean more is due; otherwise wait for a wake-up or the next look.
      if (claimed.length === 0 || inFlight.size >= deps.concurrency) await sleep(deps.pollMs);
    }
    await Promise.allSettled(inFlight);
  })();

  return {
    wake,
    async stop() {
      stopped = true;
      wakeUp?.();
      await loop;
    },
  };
}

async function deliver(deps: WorkerDeps, delivery: ClaimedDelivery): Promise<void> {
  const attemptedAt = deps.clock();
  const secretIds = signingSecretIds(delivery, attemptedAt);
  const secrets = await secretValues(deps.pool, secretIds);
  const parent = contextFromTraceparent(delivery.traceparent);
  const span = tracer().startSpan(
    `webhook ${delivery.event_type}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        'webhook.delivery_id': delivery.id,
        'webhook.event_id': delivery.event_id,
        'webhook.endpoint_id': delivery.endpoint_id,
      },
    },
    parent,
  );
  let result: AttemptResult;
  try {
    const timestamp = Math.floor(attemptedAt.getTime() / 1000);
    result = await sendWebhook(
      delivery.url,
      {
        body: delivery.body,
        headers: {
          [SIGNATURE_HEADER]: signatureHeader(
            secretIds.map((id) => secrets.get(id)).filter((s): s is string => s !== undefined),
            timestamp,
            delivery.body,
          ),
          [EVENT_ID_HEADER]: delivery.event_id,
          traceparent: traceparentOf(span, delivery.traceparent) ?? freshTraceparent(),
        },
      },
      { policy: deps.policy, timeoutMs: deps.timeoutMs },
    );
    if (!isSuccess(result)) span.setStatus({ code: SpanStatusCode.ERROR });
  } finally {
    span.end();
  }
  const now = deps.clock();
  const verdict = verdictOf(deps, delivery, result, now);
  attemptsTotal.inc({ outcome: verdict.kind });
  const attempt: AttemptRecord = {
    attemptedAt,
    status: result.status,
    error: result.error,
    latencyMs: result.latencyMs,
    responseBody: result.responseBody,
  };
  const cause = `webhook-delivery:${delivery.id}`;
  // Disabled before the delivery is settled, so the payout's next delivery is not sent to it meanwhile.
  if (result.status === 410)
    await disable(deps, delivery, 'gone', `${delivery.url} answered 410 Gone`, cause);
  const settled = await finishAttempt(deps.pool, delivery, attempt, verdict, now);
  if (!settled) return; // its claim ran out and someone else has it now
  if (verdict.kind !== 'retry') await recordOutcomes(deps, [delivery.id]);
  if (
    settled.failingSince !== null &&
    now.getTime() - settled.failingSince.getTime() >= deps.disableAfterMs
  ) {
    await disable(
      deps,
      delivery,
      'failing',
      `every delivery failed since ${settled.failingSince.toISOString()}; last: ${result.error ?? `HTTP ${result.status}`}`,
      cause,
    );
  }
}

function verdictOf(deps: WorkerDeps, delivery: ClaimedDelivery, result: AttemptResult, now: Date): Verdict {
  if (isSuccess(result)) return { kind: 'succeeded' };
  if (result.status === 410) return { kind: 'failed', reason: 'the endpoint answered 410 Gone' };
  const at = nextAttemptAt(deps.retry, delivery.attempts + 1, delivery.first_attempt_at, now, deps.random);
  if (at === null) {
    return {
      kind: 'failed',
      reason: `no success in ${delivery.attempts + 1} attempts since ${delivery.first_attempt_at.toISOString()}`,
    };
  }
  return { kind: 'retry', at };
}

async function disable(
  deps: WorkerDeps,
  delivery: ClaimedDelivery,
  reason: 'gone' | 'failing',
  detail: string,
  cause: string,
): Promise<void> {
  await changeEndpoint(
    deps,
    delivery.endpoint_id,
    () => ({ type: 'DisableEndpoint', data: { reason, detail }, now: deps.clock() }),
    systemContext(cause),
    { tenant: null },
  ).catch((err: unknown) => {
    // Deleted meanwhile, or the store is away: the next failure tries again.
    deps.logger.warn(
      { err: (err as Error).message, endpoint_id: delivery.endpoint_id },
      'disabling endpoint failed',
    );
  });
  deps.logger.warn({ endpoint_id: delivery.endpoint_id, reason, detail }, 'webhook endpoint disabled');
}

function freshTraceparent(): string {
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `00-${hex(32)}-${hex(16)}-00`;
}
