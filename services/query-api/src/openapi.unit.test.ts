// The read and audit routes must document themselves: the OpenAPI document is generated from these
// same definitions (a header named two ways, say, makes generation throw for the whole API).
import { OpenAPIHono } from '@hono/zod-openapi';
import {
  auditKeysRoute,
  getPayoutRoute,
  listAnchorsRoute,
  listPayoutsRoute,
  payoutAsOfRoute,
  payoutHistoryRoute,
  replayEventsRoute,
  verifyChainsRoute,
} from '@payouts/contracts';
import { describe, expect, it } from 'vitest';

describe('read and audit routes in OpenAPI', () => {
  it('generate a document naming every parameter', () => {
    const app = new OpenAPIHono();
    const noop = () => new Response();
    for (const route of [
      listPayoutsRoute,
      getPayoutRoute,
      payoutHistoryRoute,
      payoutAsOfRoute,
      replayEventsRoute,
      verifyChainsRoute,
      listAnchorsRoute,
      auditKeysRoute,
    ]) {
      app.openapi(route as never, noop as never);
    }
    const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'payouts', version: '1' } });
    const names = (path: string) =>
      (doc.paths?.[path]?.get?.parameters ?? []).map((p) => ('name' in p ? p.name : ''));
    expect(names('/api/v1/payouts')).toEqual([
      'limit',
      'cursor',
      'status',
      'currency',
      'min_amount',
      'max_amount',
      'created_after',
      'created_before',
      'updated_after',
      'updated_before',
      'recipient_account',
      'search',
      'ordering',
    ]);
    expect(names('/api/v1/payouts/{id}')).toEqual(['id', 'min_revision', 'If-None-Match', 'X-Min-Revision']);
    expect(names('/api/v1/payouts/audit/events')).toEqual([
      'after_position',
      'to_position',
      'from_time',
      'to_time',
    ]);
    expect(Object.keys(doc.paths ?? {})).toContain('/api/v1/payouts/{id}/as-of');
    expect(names('/api/v1/payouts/audit/anchors')).toEqual(['after_sequence']);
    expect(Object.keys(doc.paths ?? {})).toContain('/api/v1/payouts/audit/keys');
  });
});
