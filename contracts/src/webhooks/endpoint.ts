// A webhook endpoint's rules: its state folded from its events, and which events a command makes.
// Pure, like the payout decider: time comes in with the command.
import type { DisabledReason, SecretRef, WebhookEndpointEvent } from './endpointEvents.ts';
import { parseWebhookEndpointEvent } from './endpointEvents.ts';

/** Both secrets sign for this long after a rotation, so a receiver can switch without losing a webhook. */
export const SECRET_OVERLAP_MS = 24 * 3600 * 1000;

export type WebhookEndpoint = {
  id: string;
  tenant_id: string;
  url: string;
  enabled_events: string[];
  description: string | null;
  status: 'enabled' | 'disabled' | 'deleted';
  disabled_reason: DisabledReason | null;
  disabled_detail: string | null;
  /** The current secret first, then earlier ones until they expire. */
  secrets: SecretRef[];
  created_at: string;
  updated_at: string;
};
export type WebhookEndpointState = WebhookEndpoint | null;

export type WebhookEndpointCommand =
  | {
      type: 'CreateEndpoint';
      data: {
        endpoint_id: string;
        tenant_id: string;
        url: string;
        enabled_events: string[];
        description: string | null;
        secret_id: string;
      };
      now: Date;
    }
  | {
      type: 'UpdateEndpoint';
      data: { changes: { url?: string; enabled_events?: string[]; description?: string | null } };
      now: Date;
    }
  | { type: 'RotateSecret'; data: { secret_id: string }; now: Date }
  | { type: 'DisableEndpoint'; data: { reason: DisabledReason; detail: string | null }; now: Date }
  | { type: 'EnableEndpoint'; now: Date }
  | { type: 'DeleteEndpoint'; now: Date }
  | {
      type: 'RequestReplay';
      data: { replay_id: string; from: string; to: string | null; types: string[] };
      now: Date;
    };

export class WebhookEndpointRejected extends Error {
  constructor(
    readonly kind: 'not_found' | 'already_exists',
    message: string,
  ) {
    super(message);
    this.name = 'WebhookEndpointRejected';
  }
}

export function evolveEndpoint(
  state: WebhookEndpointState,
  event: WebhookEndpointEvent,
): WebhookEndpointState {
  if (event.type === 'WebhookEndpointCreated') {
    const d = event.data;
    return {
      id: d.endpoint_id,
      tenant_id: d.tenant_id,
      url: d.url,
      enabled_events: d.enabled_events,
      description: d.description,
      status: 'enabled',
      disabled_reason: null,
      disabled_detail: null,
      secrets: [{ id: d.secret_id, expires_at: null }],
      created_at: d.occurred_at,
      updated_at: d.occurred_at,
    };
  }
  if (state === null) throw new Error(`${event.type} before WebhookEndpointCreated`);
  const updated_at = event.data.occurred_at;
  switch (event.type) {
    case 'WebhookEndpointUpdated':
      return { ...state, ...event.data.changes, updated_at };
    case 'WebhookEndpointSecretRotated': {
      const at = Date.parse(event.data.occurred_at);
      const earlier = state.secrets
        .map((s) =>
          s.id === event.data.previous_secret_id
            ? { ...s, expires_at: event.data.previous_secret_expires_at }
            : s,
        )
        .filter((s) => s.expires_at === null || Date.parse(s.expires_at) > at);
      return { ...state, secrets: [{ id: event.data.secret_id, expires_at: null }, ...earlier], updated_at };
    }
    case 'WebhookEndpointDisabled':
      return {
        ...state,
        status: 'disabled',
        disabled_reason: event.data.reason,
        disabled_detail: event.data.detail,
        updated_at,
      };
    case 'WebhookEndpointEnabled':
      return { ...state, status: 'enabled', disabled_reason: null, disabled_detail: null, updated_at };
    case 'WebhookEndpointDeleted':
      return { ...state, status: 'deleted', updated_at };
    case 'WebhookReplayRequested':
      return state; // a request to deliver again changes nothing about the endpoint
  }
}

export function decideEndpoint(
  command: WebhookEndpointCommand,
  state: WebhookEndpointState,
): WebhookEndpointEvent[] {
  const occurred_at = command.now.toISOString();
  if (command.type === 'CreateEndpoint') {
    if (state !== null)
      throw new WebhookEndpointRejected('already_exists', `endpoint ${state.id} already exists`);
    return [{ type: 'WebhookEndpointCreated', data: { ...command.data, occurred_at } }];
  }
  if (state === null || state.status === 'deleted') {
    throw new WebhookEndpointRejected('not_found', 'webhook endpoint not found');
  }
  const endpoint_id = state.id;
  switch (command.type) {
    case 'UpdateEndpoint':
      return [
        { type: 'WebhookEndpointUpdated', data: { endpoint_id, changes: command.data.changes, occurred_at } },
      ];
    case 'RotateSecret': {
      const current = state.secrets[0];
      if (!current) throw new Error(`endpoint ${endpoint_id} has no secret`);
      return [
        {
          type: 'WebhookEndpointSecretRotated',
          data: {
            endpoint_id,
            secret_id: command.data.secret_id,
            previous_secret_id: current.id,
            previous_secret_expires_at: new Date(command.now.getTime() + SECRET_OVERLAP_MS).toISOString(),
            occurred_at,
          },
        },
      ];
    }
    case 'DisableEndpoint':
      // Disabled already: the first reason stands (a later failure does not hide a 410).
      if (state.status === 'disabled') return [];
      return [{ type: 'WebhookEndpointDisabled', data: { endpoint_id, ...command.data, occurred_at } }];
    case 'EnableEndpoint':
      if (state.status === 'enabled') return [];
      return [{ type: 'WebhookEndpointEnabled', data: { endpoint_id, occurred_at } }];
    case 'DeleteEndpoint':
      return [{ type: 'WebhookEndpointDeleted', data: { endpoint_id, occurred_at } }];
    case 'RequestReplay':
      return [{ type: 'WebhookReplayRequested', data: { endpoint_id, ...command.data, occurred_at } }];
  }
}

/** Secrets that sign a webhook sent at `now`: the current one, and earlier ones not yet expired. */
export function signingSecretIds(endpoint: Pick<WebhookEndpoint, 'secrets'>, now: Date): string[] {
  return endpoint.secrets
    .filter((s) => s.expires_at === null || Date.parse(s.expires_at) > now.getTime())
    .map((s) => s.id);
}

export const webhookEndpointDecider = {
  initialState: null as WebhookEndpointState,
  evolve: evolveEndpoint,
  decide: decideEndpoint,
  parse: parseWebhookEndpointEvent,
  schemaVersion: 1,
};
