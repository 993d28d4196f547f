// An endpoint's deliveries with every attempt, a redelivery, and a replay's progress.
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  getWebhookReplayRoute,
  listWebhookDeliveriesRoute,
  redeliverWebhookRoute,
  WEBHOOK_ENDPOINTS_PATH,
  type WebhookDeliveryResource,
} from '@payouts/contracts';
import { HttpProblem, inTransaction } from '@payouts/platform';
import type pg from 'pg';
import type { NotifierEnv } from '../edge.ts';
import { findEndpoint } from '../endpoints/endpointRows.ts';
import { findReplay } from '../replay/replay.ts';
import { enqueueDeliveries, lockPayout } from './queue.ts';

export type DeliveryRouteDeps = { pool: pg.Pool; clock: () => Date; wake: () => void };

type DeliveryRow = {
  id: string;
  seq: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  payout_id: string;
  revision: string;
  origin: WebhookDeliveryResource['origin'];
  status: string;
  next_attempt_at: Date | null;
  failure_reason: string | null;
  created_at: Date;
  finished_at: Date | null;
};

const DELIVERY_COLUMNS = `id, seq, endpoint_id, event_id, event_type, payout_id, revision, origin, status,
  next_attempt_at, failure_reason, created_at, finished_at`;

async function withAttempts(pool: pg.Pool, rows: DeliveryRow[]): Promise<WebhookDeliveryResource[]> {
  const { rows: attempts } = await pool.query<{
    delivery_id: string;
    attempted_at: Date;
    response_status: number | null;
    error: string | null;
    latency_ms: number;
    response_body: string | null;
  }>(
    `select delivery_id, attempted_at, response_status, error, latency_ms, response_body from webhook_attempts
     where delivery_id = any($1) order by id`,
    [rows.map((r) => r.id)],
  );
  return rows.map((row) => ({
    id: row.id,
    endpoint_id: row.endpoint_id,
    event_id: row.event_id,
    event_type: row.event_type,
    payout_id: row.payout_id,
    revision: Number(row.revision),
    origin: row.origin,
    status: row.status as WebhookDeliveryResource['status'],
    // A delivery waiting behind a disabled endpoint is due "never" until it is enabled again.
    next_attempt_at:
      row.status === 'pending' && row.next_attempt_at && Number.isFinite(row.next_attempt_at.getTime())
        ? row.next_attempt_at.toISOString()
        : null,
    failure_reason: row.failure_reason,
    created_at: row.created_at.toISOString(),
    finished_at: row.finished_at?.toISOString() ?? null,
    attempts: attempts
      .filter((a) => a.delivery_id === row.id)
      .map((a) => ({
        attempted_at: a.attempted_at.toISOString(),
        response_status: a.response_status,
        error: a.error,
        latency_ms: a.latency_ms,
        response_body: a.response_body,
      })),
  }));
}

export function deliveryRoutes(app: OpenAPIHono<NotifierEnv>, deps: DeliveryRouteDeps) {
  app.openapi(listWebhookDeliveriesRoute, async (c) => {
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const tenant = c.get('principal').tenant;
    if (!(await findEndpoint(deps.pool, tenant, id)))
      throw new HttpProblem(404, 'Not found', `no webhook endpoint ${id}`);
    const { rows } = await deps.pool.query<DeliveryRow>(
      `select ${DELIVERY_COLUMNS} from webhook_deliveries
       where endpoint_id = $1 and tenant_id = $2
         and ($3::text is null or status = $3) and ($4::uuid is null or payout_id = $4)
         and ($5::bigint is null or seq < $5)
       order by seq desc limit $6`,
      [id, tenant, query.status ?? null, query.payout_id ?? null, query.cursor ?? null, query.limit + 1],
    );
    const page = rows.slice(0, query.limit);
    const more = rows.length > query.limit;
    let next: string | null = null;
    if (more) {
      const params = new URLSearchParams({ limit: String(query.limit), cursor: page.at(-1)!.seq });
      if (query.status) params.set('status', query.status);
      if (query.payout_id) params.set('payout_id', query.payout_id);
      next = `${WEBHOOK_ENDPOINTS_PATH}/${id}/deliveries?${params}`;
    }
    return c.json({ next, results: await withAttempts(deps.pool, page) }, 200);
  });

  app.openapi(redeliverWebhookRoute, async (c) => {
    const { id } = c.req.valid('param');
    const tenant = c.get('principal').tenant;
    const { rows } = await deps.pool.query<{
      endpoint_id: string;
      event_id: string;
      payout_id: string;
      tenant_id: string;
      type: string;
      revision: string;
      commit_position: string;
      prepare_position: string;
      traceparent: string | null;
      body: string;
    }>(
      `select d.endpoint_id, ev.event_id, ev.payout_id, ev.tenant_id, ev.type, ev.revision, ev.commit_position,
         ev.prepare_position, ev.traceparent, ev.body
       from webhook_deliveries d join webhook_events ev on ev.event_id = d.event_id
       join webhook_endpoints e on e.id = d.endpoint_id and e.status <> 'deleted'
       where d.id = $1 and d.tenant_id = $2`,
      [id, tenant],
    );
    const original = rows[0];
    if (!original) throw new HttpProblem(404, 'Not found', `no webhook delivery ${id}`);
    const created = await inTransaction(deps.pool, async (client) => {
      await lockPayout(client, original.payout_id);
      return enqueueDeliveries(
        client,
        [
          {
            endpointId: original.endpoint_id,
            origin: 'redelivery',
            originId: id,
            event: {
              eventId: original.event_id,
              tenantId: original.tenant_id,
              type: original.type,
              payoutId: original.payout_id,
              revision: BigInt(original.revision),
              position: { commit: original.commit_position, prepare: original.prepare_position },
              traceparent: original.traceparent,
              body: original.body,
            },
          },
        ],
        deps.clock(),
      );
    });
    deps.wake();
    const { rows: fresh } = await deps.pool.query<DeliveryRow>(
      `select ${DELIVERY_COLUMNS} from webhook_deliveries where id = $1`,
      [created[0]],
    );
    const [resource] = await withAttempts(deps.pool, fresh);
    return c.json(resource!, 202);
  });

  app.openapi(getWebhookReplayRoute, async (c) => {
    const { id } = c.req.valid('param');
    const replay = await findReplay(deps.pool, c.get('principal').tenant, id);
    if (!replay) throw new HttpProblem(404, 'Not found', `no webhook replay ${id}`);
    return c.json(replay, 200);
  });
}
