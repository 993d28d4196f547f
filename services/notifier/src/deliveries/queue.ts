// The delivery queue, in PostgreSQL, shared by every notifier replica.
//
// Order: deliveries of one payout to one endpoint form a chain in queue order (seq), and a delivery
// is claimed only when no earlier one of its chain is still pending: a later event waits until the
// earlier one succeeded or was given up. Live events join their chains in revision order because
// they are queued under their payout's row lock (intake.ts), which completions take too, so a
// completion and a queueing never miss each other.
//
// Claims: `for update skip locked` hands each due delivery to one replica, which pushes its due time
// past the attempt (CLAIM_LEASE_MS) and tags it with a claim id. A replica that dies mid-attempt
// leaves it due again when the lease ends: at least once. Only the holder of the claim finishes it.

import { randomUUID } from 'node:crypto';
import { inTransaction } from '@payouts/platform';
import type pg from 'pg';

/** A claimed delivery not finished by then is due again: the longest attempt plus room for a slow database. */
const CLAIM_LEASE_MS = 60_000;

export type QueuedEvent = {
  eventId: string;
  tenantId: string;
  type: string;
  payoutId: string;
  revision: bigint;
  position: { commit: string; prepare: string };
  traceparent: string | null;
  body: string;
};

export type NewDelivery = {
  endpointId: string;
  event: QueuedEvent;
  origin: 'live' | 'replay' | 'redelivery';
  originId: string | null;
};

type Queryable = Pick<pg.PoolClient, 'query'>;

/**
 * Locks the payout's row (creating it) for the rest of the transaction and returns what it holds:
 * queueing for a payout, and finishing one of its deliveries, happen one at a time.
 */
export async function lockPayout(
  client: Queryable,
  payoutId: string,
): Promise<{ tenant_id: string | null; revision: string; payout: unknown }> {
  const { rows } = await client.query<{ tenant_id: string | null; revision: string; payout: unknown }>(
    `insert into webhook_payouts (payout_id, revision) values ($1, -1)
     on conflict (payout_id) do update set revision = webhook_payouts.revision
     returning tenant_id, revision, payout`,
    [payoutId],
  );
  return rows[0]!;
}

/** Queues deliveries in the order given; returns how many were new (a live event queues once per endpoint). */
export async function enqueueDeliveries(
  client: Queryable,
  deliveries: NewDelivery[],
  now: Date,
): Promise<string[]> {
  if (deliveries.length === 0) return [];
  const events = [...new Map(deliveries.map((d) => [d.event.eventId, d.event])).values()];
  await client.query(
    `insert into webhook_events (event_id, tenant_id, type, payout_id, revision, commit_position, prepare_position,
       traceparent, body)
     select * from unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::bigint[], $6::numeric[], $7::numeric[],
       $8::text[], $9::text[])
     on conflict (event_id) do nothing`,
    [
      events.map((e) => e.eventId),
      events.map((e) => e.tenantId),
      events.map((e) => e.type),
      events.map((e) => e.payoutId),
      events.map((e) => e.revision.toString()),
      events.map((e) => e.position.commit),
      events.map((e) => e.position.prepare),
      events.map((e) => e.traceparent),
      events.map((e) => e.body),
    ],
  );
  // A delivery behind a pending one of its chain is due no sooner than that one: the claim query
  // then never looks at it in vain. Finishing the earlier one brings it forward (finishAttempt).
  const { rows } = await client.query<{ id: string }>(
    `insert into webhook_deliveries (id, endpoint_id, tenant_id, event_id, payout_id, revision, event_type, origin,
       origin_id, status, next_attempt_at, created_at)
     select d.id, d.endpoint_id, d.tenant_id, d.event_id, d.payout_id, d.revision, d.event_type, d.origin, d.origin_id,
       'pending',
       greatest($10::timestamptz, coalesce((select max(p.next_attempt_at) from webhook_deliveries p
         where p.endpoint_id = d.endpoint_id and p.payout_id = d.payout_id and p.status = 'pending'), $10::timestamptz)),
       $10::timestamptz
     from unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::bigint[], $7::text[], $8::text[],
       $9::uuid[]) with ordinality as d(id, endpoint_id, tenant_id, event_id, payout_id, revision, event_type, origin,
       origin_id, n)
     order by d.n
     on conflict do nothing
     returning id`,
    [
      deliveries.map(() => randomUUID()),
      deliveries.map((d) => d.endpointId),
      deliveries.map((d) => d.event.tenantId),
      deliveries.map((d) => d.event.eventId),
      deliveries.map((d) => d.event.payoutId),
      deliveries.map((d) => d.event.revision.toString()),
      deliveries.map((d) => d.event.type),
      deliveries.map((d) => d.origin),
      deliveries.map((d) => d.originId),
      now,
    ],
  );
  return rows.map((r) => r.id);
}

export type ClaimedDelivery = {
  id: string;
  seq: string;
  claim: string;
  endpoint_id: string;
  tenant_id: string;
  payout_id: string;
  event_id: string;
  event_type: string;
  attempts: number;
  first_attempt_at: Date;
  url: string;
  secrets: { id: string; expires_at: string | null }[];
  failing_since: Date | null;
  body: string;
  traceparent: string | null;
};

export async function claimDue(pool: pg.Pool, now: Date, limit: number): Promise<ClaimedDelivery[]> {
  if (limit <= 0) return [];
  const { rows } = await pool.query<ClaimedDelivery>(
    `with due as (
       select d.id from webhook_deliveries d
       join webhook_endpoints e on e.id = d.endpoint_id and e.status = 'enabled'
       where d.status = 'pending' and d.next_attempt_at <= $1
         and not exists (select 1 from webhook_deliveries p where p.endpoint_id = d.endpoint_id
           and p.payout_id = d.payout_id and p.status = 'pending' and p.seq < d.seq)
       order by d.next_attempt_at
       limit $2
       for update of d skip locked
     )
     update webhook_deliveries d
       set next_attempt_at = $3, claim = gen_random_uuid(), first_attempt_at = coalesce(d.first_attempt_at, $1)
     from due, webhook_endpoints e, webhook_events ev
     where d.id = due.id and e.id = d.endpoint_id and ev.event_id = d.event_id
     returning d.id, d.seq, d.claim, d.endpoint_id, d.tenant_id, d.payout_id, d.event_id, d.event_type, d.attempts,
       d.first_attempt_at, e.url, e.secrets, e.failing_since, ev.body, ev.traceparent`,
    [now, limit, new Date(now.getTime() + CLAIM_LEASE_MS)],
  );
  return rows;
}

export type AttemptRecord = {
  attemptedAt: Date;
  status: number | null;
  error: string | null;
  latencyMs: number;
  responseBody: string | null;
};

export type Verdict =
  | { kind: 'succeeded' }
  | { kind: 'retry'; at: Date }
  | { kind: 'failed'; reason: string };

/**
 * Logs the attempt and settles the delivery by the verdict, if this claim still holds it (a replica
 * that lost its claim only logs). Returns the endpoint's failing_since after it, or undefined when
 * the claim was lost.
 */
export async function finishAttempt(
  pool: pg.Pool,
  delivery: ClaimedDelivery,
  attempt: AttemptRecord,
  verdict: Verdict,
  now: Date,
): Promise<{ failingSince: Date | null } | undefined> {
  return inTransaction(pool, async (client) => {
    await client.query('select 1 from webhook_payouts where payout_id = $1 for update', [delivery.payout_id]);
    const { rows } = await client.query<{ failing_since: Date | null; settled: boolean }>(
      `with settled as (
         update webhook_deliveries set
           attempts = attempts + 1,
           status = $3,
           next_attempt_at = $4,
           finished_at = case when $3 = 'pending' then null else $5::timestamptz end,
           failure_reason = $6,
           claim = null
         where id = $1 and claim = $2
         returning id
       ),
       chain as (
         update webhook_deliveries set next_attempt_at = case when $3 = 'pending'
             then greatest(next_attempt_at, $4) else least(next_attempt_at, $5::timestamptz) end
         where endpoint_id = $7 and payout_id = $8 and status = 'pending' and seq > $9 and next_attempt_at <> 'infinity'
           and exists (select 1 from settled)
       ),
       logged as (
         insert into webhook_attempts (delivery_id, attempted_at, response_status, error, latency_ms, response_body)
         values ($1, $10, $11, $12, $13, $14)
       ),
       endpoint as (
         update webhook_endpoints set failing_since = case when $3 = 'succeeded' then null
             else coalesce(failing_since, $10) end
         where id = $7 and exists (select 1 from settled)
           and (failing_since is null) = ($3 <> 'succeeded')
         returning failing_since
       )
       select (select failing_since from endpoint) as failing_since, exists (select 1 from settled) as settled`,
      [
        delivery.id,
        delivery.claim,
        verdict.kind === 'retry' ? 'pending' : verdict.kind,
        verdict.kind === 'retry' ? verdict.at : null,
        now,
        verdict.kind === 'failed' ? verdict.reason : null,
        delivery.endpoint_id,
        delivery.payout_id,
        delivery.seq,
        attempt.attemptedAt,
        attempt.status,
        attempt.error,
        attempt.latencyMs,
        attempt.responseBody,
      ],
    );
    const row = rows[0]!;
    if (!row.settled) return undefined;
    // The endpoint row changed only when its failing state did; otherwise it stays as claimed.
    const failingSince =
      verdict.kind === 'succeeded'
        ? null
        : (row.failing_since ?? delivery.failing_since ?? attempt.attemptedAt);
    return { failingSince };
  });
}
