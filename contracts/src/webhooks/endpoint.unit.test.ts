import { describe, expect, it } from 'vitest';
import {
  decideEndpoint,
  evolveEndpoint,
  signingSecretIds,
  WebhookEndpointRejected,
  type WebhookEndpointState,
} from './endpoint.ts';
import type { WebhookEndpointEvent } from './endpointEvents.ts';

const T0 = new Date('2026-01-01T00:00:00Z');
const at = (hours: number) => new Date(T0.getTime() + hours * 3600_000);
const fold = (events: WebhookEndpointEvent[]) => events.reduce<WebhookEndpointState>(evolveEndpoint, null);
const created = decideEndpoint(
  {
    type: 'CreateEndpoint',
    data: {
      endpoint_id: '5d1c2f64-0b3e-4f1a-9c55-2e7f4b8a9d10',
      tenant_id: 'acme',
      url: 'https://example.com/hook',
      enabled_events: ['*'],
      description: null,
      secret_id: 'sec_1',
    },
    now: T0,
  },
  null,
);

describe('webhook endpoint decider', () => {
  it('signs with both secrets for 24 hours after a rotation, then with the new one', () => {
    const rotated = [
      ...created,
      ...decideEndpoint({ type: 'RotateSecret', data: { secret_id: 'sec_2' }, now: at(1) }, fold(created)),
    ];
    const state = fold(rotated)!;
    expect(signingSecretIds(state, at(2))).toEqual(['sec_2', 'sec_1']);
    expect(signingSecretIds(state, at(25.5))).toEqual(['sec_2']);
  });

  it('disables once, keeping the first reason, and enables again', () => {
    const gone = decideEndpoint(
      { type: 'DisableEndpoint', data: { reason: 'gone', detail: '410' }, now: at(1) },
      fold(created),
    );
    const state = fold([...created, ...gone]);
    expect(state).toMatchObject({ status: 'disabled', disabled_reason: 'gone' });
    expect(
      decideEndpoint(
        { type: 'DisableEndpoint', data: { reason: 'failing', detail: null }, now: at(2) },
        state,
      ),
    ).toEqual([]);
    const enabled = fold([
      ...created,
      ...gone,
      ...decideEndpoint({ type: 'EnableEndpoint', now: at(3) }, state),
    ]);
    expect(enabled).toMatchObject({ status: 'enabled', disabled_reason: null });
  });

  it('refuses every change of a deleted or missing endpoint', () => {
    const deleted = fold([
      ...created,
      ...decideEndpoint({ type: 'DeleteEndpoint', now: at(1) }, fold(created)),
    ]);
    for (const state of [deleted, null]) {
      expect(() => decideEndpoint({ type: 'EnableEndpoint', now: at(2) }, state)).toThrow(
        WebhookEndpointRejected,
      );
    }
  });
});
