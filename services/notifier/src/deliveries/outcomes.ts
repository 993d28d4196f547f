// Each delivery's outcome goes into the event store (`webhook-delivery-<id>`), with every attempt and
// the hash of the body sent: the record of what a client was told and when. The queue marks a
// finished delivery first and the outcome is appended after, like an outbox: right away by the replica
// that finished it, and by any replica's background pass for one whose replica died in between. The
// event's id is derived from the delivery's, so appending it twice stores it once.
import { createHash } from 'node:crypto';
import {
  type DeliveryOrigin,
  type WebhookDeliveryEventType,
  type WebhookDeliveryOutcome,
  webhookDeliveryStreamName,
} from '@payouts/contracts';
import type { EventStore } from '@payouts/platform';
import type pg from 'pg';

/** A uuid (version 5 layout) from a name: the same name gives the same id in every process. */
function uuidFromName(name: string): string {
  const h = createHash('sha256').update(name).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** How long a finished delivery may wait for its own replica to record it before anyone else does. */
const OUTCOME_GRACE_MS = 5_000;

type Unrecorded = {
  id: string;
  endpoint_id: string;
  tenant_id: string;
  url: string;
  event_id: string;
  event_type: string;
  payout_id: string;
  revision: string;
  origin: DeliveryOrigin;
  origin_id: string | null;
  status: 'succeeded' | 'failed';
  failure_reason: string | null;
  finished_at: Date;
  body: string;
};

/** Records the outcomes of the named deliveries, or (no ids) of every one left unrecorded a while. */
export async function recordOutcomes(
  deps: { pool: pg.Pool; eventStore: EventStore; clock: () => Date },
  ids?: string[],
): Promise<number> {
  const { rows } = await deps.pool.query<Unrecorded>(
    `select d.id, d.endpoint_id, d.tenant_id, e.url, d.event_id, d.event_type, d.payout_id, d.revision, d.origin,
       d.origin_id, d.status, d.failure_reason, d.finished_at, ev.body
     from webhook_deliveries d
     join webhook_endpoints e on e.id = d.endpoint_id
     join webhook_events ev on ev.event_id = d.event_id
     where d.status <> 'pending' and not d.outcome_recorded
       and ${ids ? 'd.id = any($1)' : 'd.finished_at < $1'}
     order by d.finished_at
     limit 200`,
    [ids ?? new Date(deps.clock().getTime() - OUTCOME_GRACE_MS)],
  );
  if (rows.length === 0) return 0;
  const { rows: attempts } = await deps.pool.query<{
    delivery_id: string;
    attempted_at: Date;
    response_status: number | null;
    error: string | null;
    latency_ms: number;
  }>(
    `select delivery_id, attempted_at, response_status, error, latency_ms from webhook_attempts
     where delivery_id = any($1) order by id`,
    [rows.map((r) => r.id)],
  );
  for (const row of rows) {
    const type: WebhookDeliveryEventType =
      row.status === 'succeeded' ? 'WebhookDeliverySucceeded' : 'WebhookDeliveryFailed';
    const data: WebhookDeliveryOutcome = {
      delivery_id: row.id,
      endpoint_id: row.endpoint_id,
      tenant_id: row.tenant_id,
      url: row.url,
      event_id: row.event_id,
      event_type: row.event_type,
      payout_id: row.payout_id,
      revision: Number(row.revision),
      origin: row.origin,
      origin_id: row.origin_id,
      body_sha256: createHash('sha256').update(row.body).digest('hex'),
      attempts: attempts
        .filter((a) => a.delivery_id === row.id)
        .map((a) => ({
          attempted_at: a.attempted_at.toISOString(),
          response_status: a.response_status,
          error: a.error,
          latency_ms: a.latency_ms,
        })),
      occurred_at: row.finished_at.toISOString(),
      ...(row.status === 'failed' ? { reason: row.failure_reason ?? 'given up' } : {}),
    };
    const eventId = uuidFromName(`${row.id}:outcome`);
    await deps.eventStore.append(
      webhookDeliveryStreamName(row.id),
      [
        {
          id: eventId,
          type,
          data,
          metadata: {
            event_id: eventId,
            correlation_id: row.event_id,
            causation_id: row.event_id,
            actor: 'system:notifier',
            traceparent: null,
            schema_version: 1,
          },
        },
      ],
      'any',
    );
    await deps.pool.query('update webhook_deliveries set outcome_recorded = true where id = $1', [row.id]);
  }
  return rows.length;
}
