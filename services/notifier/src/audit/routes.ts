// The webhooks' part of the audit trail, read from the event store (never from the notifier's
// tables): an endpoint's changes, and how each delivery ended. A key sees its own tenant's, and
// `audit:read:all-tenants` every tenant's.
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  webhookDeliveryHistoryRoute,
  webhookDeliveryStreamName,
  webhookEndpointHistoryRoute,
  webhookEndpointStreamName,
} from '@payouts/contracts';
import { auditsTenant, type EventStore, HttpProblem, type RecordedEvent } from '@payouts/platform';
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
    if (typeof owner !== 'string' || !auditsTenant(c.get('principal'), owner))
      throw new HttpProblem(404, 'Not found', `no webhook endpoint ${id}`);
    return c.json({ stream_name: stream, events: events.map(auditEvent) }, 200);
  });

  app.openapi(webhookDeliveryHistoryRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { rows } = await deps.pool.query<{ tenant_id: string }>(
      'select tenant_id from webhook_deliveries where id = $1',
      [id],
    );
    if (!auditsTenant(c.get('principal'), rows[0]?.tenant_id))
      throw new HttpProblem(404, 'Not found', `no webhook delivery ${id}`);
    const stream = webhookDeliveryStreamName(id);
    const events = await deps.eventStore.readStream(stream);
    return c.json({ stream_name: stream, events: events.map(auditEvent) }, 200);
  });
}
