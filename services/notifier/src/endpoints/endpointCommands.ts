// Load, decide, append, project: how a change of an endpoint is made. The event is stored first (it
// is the record); the row follows it (endpointRows.ts). The stream's revision at load is the expected
// one, so two changes racing cannot both win; If-Match names a revision the client saw.
import { randomUUID } from 'node:crypto';
import {
  type WebhookEndpoint,
  type WebhookEndpointCommand,
  type WebhookEndpointEvent,
  webhookEndpointDecider,
  webhookEndpointStreamName,
} from '@payouts/contracts';
import {
  type CommandContext,
  type EventStore,
  type GlobalPosition,
  HttpProblem,
  parseRecorded,
  WrongExpectedRevision,
} from '@payouts/platform';
import type pg from 'pg';
import { projectEndpoint } from './endpointRows.ts';

export type EndpointDeps = { pool: pg.Pool; eventStore: EventStore; clock: () => Date };

type LoadedEndpoint = {
  state: WebhookEndpoint | null;
  revision: bigint | 'no_stream';
  createdPosition: GlobalPosition | null;
};

async function loadEndpoint(store: EventStore, endpointId: string): Promise<LoadedEndpoint> {
  const recorded = await store.readStream(webhookEndpointStreamName(endpointId));
  let state = webhookEndpointDecider.initialState;
  for (const e of recorded)
    state = webhookEndpointDecider.evolve(state, parseRecorded(webhookEndpointDecider.parse, e));
  return {
    state,
    revision: recorded.at(-1)?.revision ?? 'no_stream',
    createdPosition: recorded[0]?.position ?? null,
  };
}

export type EndpointChange = {
  state: WebhookEndpoint;
  revision: bigint;
  events: WebhookEndpointEvent[];
};

/** A change the caller may make only to its own tenant's endpoint (`tenant` null: the system's own). */
export async function changeEndpoint(
  deps: EndpointDeps,
  endpointId: string,
  command: (state: WebhookEndpoint | null) => WebhookEndpointCommand,
  context: CommandContext,
  options: { tenant: string | null; ifMatch?: bigint },
): Promise<EndpointChange> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const loaded = await loadEndpoint(deps.eventStore, endpointId);
    const visible =
      loaded.state !== null &&
      loaded.state.status !== 'deleted' &&
      (options.tenant === null || loaded.state.tenant_id === options.tenant);
    const cmd = command(loaded.state);
    if (!visible && cmd.type !== 'CreateEndpoint') {
      throw new HttpProblem(404, 'Not found', `no webhook endpoint ${endpointId}`);
    }
    const revision = loaded.revision === 'no_stream' ? -1n : loaded.revision;
    if (options.ifMatch !== undefined && options.ifMatch !== revision) {
      throw new HttpProblem(412, 'Precondition failed', `the endpoint is at revision ${revision}`, {
        type: '/problems/precondition-failed',
        headers: { ETag: `"${revision}"` },
      });
    }
    const events = webhookEndpointDecider.decide(cmd, loaded.state);
    if (events.length === 0) {
      return { state: loaded.state as WebhookEndpoint, revision, events };
    }
    try {
      const result = await deps.eventStore.append(
        webhookEndpointStreamName(endpointId),
        events.map((event) => {
          const event_id = randomUUID();
          return {
            id: event_id,
            type: event.type,
            data: event.data,
            metadata: { event_id, ...context, schema_version: 1 },
          };
        }),
        loaded.revision,
      );
      const state = events.reduce(webhookEndpointDecider.evolve, loaded.state) as WebhookEndpoint;
      await projectEndpoint(
        deps.pool,
        state,
        result.nextRevision,
        loaded.createdPosition ?? result.position,
        deps.clock(),
      );
      return { state, revision: result.nextRevision, events };
    } catch (err) {
      if (!(err instanceof WrongExpectedRevision)) throw err;
      if (options.ifMatch !== undefined) {
        throw new HttpProblem(412, 'Precondition failed', 'the endpoint changed meanwhile', {
          type: '/problems/precondition-failed',
        });
      }
    }
  }
  throw new HttpProblem(409, 'Conflict', 'the endpoint is being changed concurrently; retry', {
    type: '/problems/concurrent-change',
  });
}

/** Brings one endpoint's row up to its stream (after a crash between an append and its row). */
export async function reprojectEndpoint(deps: EndpointDeps, endpointId: string): Promise<void> {
  const loaded = await loadEndpoint(deps.eventStore, endpointId);
  if (loaded.state === null || loaded.revision === 'no_stream' || loaded.createdPosition === null) return;
  await projectEndpoint(deps.pool, loaded.state, loaded.revision, loaded.createdPosition, deps.clock());
}

export const systemContext = (cause: string): CommandContext => ({
  correlation_id: cause,
  causation_id: cause,
  actor: 'system:notifier',
  traceparent: null,
});
