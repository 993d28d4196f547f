// Auditors' HTTP routes; each route's scopes are those its definition declares. An audit key is
// bound to its tenant like every key: history and as-of show a payout to a key of its tenant (with
// payouts:read or audit:read) or to a key with audit:read:all-tenants, and to any other key the
// payout does not exist (404); the replay streams the key's own tenant's events, or every tenant's
// with audit:read:all-tenants; verify spans every tenant's streams, so only that scope may run it.
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  payoutAsOfRoute,
  payoutHistoryRoute,
  replayEventsRoute,
  verifyChainsRoute,
} from '@payouts/contracts';
import {
  ALL_TENANTS_AUDIT_SCOPE,
  auditsTenant,
  type EventStore,
  HttpProblem,
  ndjsonResponse,
  parsePositionText,
  type RecordedEvent,
} from '@payouts/platform';
import type { Context } from 'hono';
import type { QueryEnv } from '../payouts/routes.ts';
import { anchorRoutes } from './anchorRoutes.ts';
import { ownerOf, readPayoutHistory, replayEvents, stateAsOf, toAuditEvent } from './auditLog.ts';
import type { AuditTrail } from './auditTrail.ts';

export type AuditDeps = {
  eventStore: EventStore;
  /** Verify and the signed anchors; null in apps that serve no audit trail (benchmarks, list tests). */
  trail: AuditTrail | null;
};

export function auditRoutes(app: OpenAPIHono<QueryEnv>, deps: AuditDeps) {
  app.openapi(replayEventsRoute, async (c) => {
    const principal = c.get('principal');
    const q = c.req.valid('query');
    const events = replayEvents(deps.eventStore, {
      afterPosition: q.after_position === undefined ? undefined : parsePositionText(q.after_position),
      toPosition: q.to_position === undefined ? undefined : parsePositionText(q.to_position),
      fromTime: q.from_time === undefined ? undefined : new Date(q.from_time),
      toTime: q.to_time === undefined ? undefined : new Date(q.to_time),
      tenant: principal.scopes.has(ALL_TENANTS_AUDIT_SCOPE) ? undefined : principal.tenant,
    });
    const response = await ndjsonResponse(events, toAuditEvent);
    // @hono/zod-openapi types `application/x-ndjson` as JSON it cannot match (`x-nd` before `json`),
    // so a streamed Response needs telling that it is the documented answer.
    return response as never;
  });

  app.openapi(verifyChainsRoute, async (c) => {
    if (!deps.trail) throw new HttpProblem(501, 'Not implemented', 'this app serves no audit trail');
    return c.json(await deps.trail.verify(), 200);
  });

  if (deps.trail) anchorRoutes(app, deps.trail);

  app.openapi(payoutHistoryRoute, async (c) => {
    const { id } = c.req.valid('param');
    const history = await visibleHistory(c, deps.eventStore, id);
    return c.json({ payout_id: id, events: history.map(toAuditEvent) }, 200);
  });

  app.openapi(payoutAsOfRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { at } = c.req.valid('query');
    const history = await visibleHistory(c, deps.eventStore, id);
    const state = stateAsOf(history, new Date(at));
    if (!state) throw new HttpProblem(404, 'Not found', `payout ${id} did not exist yet at ${at}`);
    return c.json(
      { as_of: new Date(at).toISOString(), revision: state.revision.toString(), payout: state.payout },
      200,
    );
  });
}

/** The payout's history when this key may see it; otherwise the 404 a missing payout gets. */
async function visibleHistory(c: Context<QueryEnv>, store: EventStore, id: string): Promise<RecordedEvent[]> {
  const history = await readPayoutHistory(store, id);
  if (history.length === 0 || !auditsTenant(c.get('principal'), ownerOf(history))) {
    throw new HttpProblem(404, 'Not found', `no payout ${id}`);
  }
  return history;
}
