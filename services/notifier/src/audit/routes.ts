// The webhooks' part of the audit trail, read from the event store (never from the notifier's
// tables): an endpoint's changes, and how each delivery ended. A key sees its own tenant's.
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  webhookDeliveryHistoryRoute,
  webhookDeliveryStreamName,
  webhookEndpointHistoryRoute,
  webhookEndpointStreamName,
} from '@payouts/contracts';
import { type EventStore, HttpProblem, type RecordedEvent } from '@payouts/platform';
import type pg from 'pg';
import type { NotifierEnv } from '../edge.ts';

const auditEvent = (e: RecordedEvent) => ({
  event_id: e.id,
  stream_name: e.streamName,
  type: e.type,
  revision: e.revision.toString(),
  position: `${e.position.commit}:${e.position.prepare}`,
  recorded_at: e.recordedAt.toISOString(),
  data: e.data as Record<string, unknown>,
  metadata: e.metadata,
});

export function auditRoutes(app: OpenAPIHono<NotifierEnv>, deps: { pool: pg.Pool; eventStore: EventStore }) {
  app.openapi(webhookEndpointHistoryRoute, async (c) => {
    const { id } = c.req.valid('param');
    const stream = webhookEndpointStreamName(id);
    const events = await deps.eventStore.readStream(stream);
    const owner = (events[0]?.data as { tenant_id?: unknown } | undefined)?.tenant_id;
    if (owner !== c.get('principal').tenant)
      throw new HttpProblem(404, 'Not found', `no webhook endpoint ${id}`);
    return c.json({ stream_name: stream, events: events.map(auditEvent) }, 200);
  });

  app.openapi(webhookDeliveryHistoryRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { rowCount } = await deps.pool.query(
      'select 1 from webhook_deliveries where id = $1 and tenant_id = $2',
      [id, c.get('principal').tenant],
    );
    if (!rowCount) throw new HttpProblem(404, 'Not found', `no webhook delivery ${id}`);
    const stream = webhookDeliveryStreamName(id);
    const events = await deps.eventStore.readStream(stream);
    return c.json({ stream_name: stream, events: events.map(auditEvent) }, 200);
  });
}
