// /api/v1/webhook-endpoints: each handler turns a request into one endpoint command (or a read of
// the endpoints' rows).
import { randomBytes, randomUUID } from 'node:crypto';
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  ALL_WEBHOOK_EVENTS,
  createWebhookEndpointRoute,
  deleteWebhookEndpointRoute,
  getWebhookEndpointRoute,
  listWebhookEndpointsRoute,
  MAX_ENDPOINTS_PER_TENANT,
  newWebhookSecret,
  replayWebhookEventsRoute,
  rotateWebhookSecretRoute,
  updateWebhookEndpointRoute,
  WEBHOOK_ENDPOINTS_PATH,
  type WebhookEndpoint,
  type WebhookEndpointResource,
} from '@payouts/contracts';
import { HttpProblem, positionText, validationProblem } from '@payouts/platform';
import { checkedTarget, commandContext, ifMatchRevision, type NotifierEnv } from '../edge.ts';
import { createReplay, parseBound } from '../replay/replay.ts';
import type { TargetPolicy } from '../targets/targetPolicy.ts';
import { changeEndpoint, type EndpointDeps } from './endpointCommands.ts';
import {
  countEndpoints,
  findEndpoint,
  listEndpoints,
  storeSecret,
  toEndpointResource,
} from './endpointRows.ts';

export type EndpointRouteDeps = EndpointDeps & { policy: TargetPolicy; wakeReplays: () => void };

function resourceOf(endpoint: WebhookEndpoint): WebhookEndpointResource {
  return {
    id: endpoint.id,
    url: endpoint.url,
    enabled_events: endpoint.enabled_events,
    description: endpoint.description,
    status: endpoint.status === 'disabled' ? 'disabled' : 'enabled',
    disabled_reason: endpoint.disabled_reason,
    disabled_detail: endpoint.disabled_detail,
    created_at: new Date(endpoint.created_at).toISOString(),
    updated_at: new Date(endpoint.updated_at).toISOString(),
  };
}

const etag = (revision: bigint) => ({ ETag: `"${revision}"` });
const newSecretId = () => `sec_${randomBytes(12).toString('hex')}`;

export function endpointRoutes(app: OpenAPIHono<NotifierEnv>, deps: EndpointRouteDeps) {
  app.openapi(createWebhookEndpointRoute, async (c) => {
    const body = c.req.valid('json');
    const tenant = c.get('principal').tenant;
    await checkedTarget(body.url, deps.policy);
    if ((await countEndpoints(deps.pool, tenant)) >= MAX_ENDPOINTS_PER_TENANT) {
      throw new HttpProblem(
        409,
        'Conflict',
        `a tenant has at most ${MAX_ENDPOINTS_PER_TENANT} webhook endpoints`,
        {
          type: '/problems/too-many-endpoints',
        },
      );
    }
    const id = randomUUID();
    const secret = newWebhookSecret();
    const secretId = newSecretId();
    // The secret is stored before its event: an event never names a secret that is not there.
    await storeSecret(deps.pool, secretId, id, secret);
    const change = await changeEndpoint(
      deps,
      id,
      () => ({
        type: 'CreateEndpoint',
        data: {
          endpoint_id: id,
          tenant_id: tenant,
          url: body.url,
          enabled_events: body.enabled_events ?? [ALL_WEBHOOK_EVENTS],
          description: body.description ?? null,
          secret_id: secretId,
        },
        now: deps.clock(),
      }),
      commandContext(c),
      { tenant },
    );
    return c.json({ ...resourceOf(change.state), secret }, 201, {
      Location: `${WEBHOOK_ENDPOINTS_PATH}/${id}`,
      ...etag(change.revision),
    });
  });

  app.openapi(listWebhookEndpointsRoute, async (c) => {
    const rows = await listEndpoints(deps.pool, c.get('principal').tenant);
    return c.json({ results: rows.map(toEndpointResource) }, 200);
  });

  app.openapi(getWebhookEndpointRoute, async (c) => {
    const { id } = c.req.valid('param');
    const row = await findEndpoint(deps.pool, c.get('principal').tenant, id);
    if (!row) throw new HttpProblem(404, 'Not found', `no webhook endpoint ${id}`);
    return c.json(toEndpointResource(row), 200, etag(BigInt(row.revision)));
  });

  app.openapi(updateWebhookEndpointRoute, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const ifMatch = ifMatchRevision(c.req.valid('header')['If-Match']);
    const { status, ...rest } = body;
    const changes = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length === 0 && status === undefined) {
      throw validationProblem([{ field: '(body)', message: 'send at least one field to change' }]);
    }
    if (body.url !== undefined) await checkedTarget(body.url, deps.policy);
    const tenant = c.get('principal').tenant;
    const context = commandContext(c);
    let change = undefined as Awaited<ReturnType<typeof changeEndpoint>> | undefined;
    if (Object.keys(changes).length > 0) {
      change = await changeEndpoint(
        deps,
        id,
        () => ({ type: 'UpdateEndpoint', data: { changes }, now: deps.clock() }),
        context,
        { tenant, ...(ifMatch !== undefined ? { ifMatch } : {}) },
      );
    }
    if (status !== undefined) {
      const expected = change?.revision ?? ifMatch;
      change = await changeEndpoint(
        deps,
        id,
        () =>
          status === 'disabled'
            ? { type: 'DisableEndpoint', data: { reason: 'requested', detail: null }, now: deps.clock() }
            : { type: 'EnableEndpoint', now: deps.clock() },
        context,
        { tenant, ...(expected !== undefined ? { ifMatch: expected } : {}) },
      );
    }
    return c.json(resourceOf(change!.state), 200, etag(change!.revision));
  });

  app.openapi(deleteWebhookEndpointRoute, async (c) => {
    const { id } = c.req.valid('param');
    const ifMatch = ifMatchRevision(c.req.valid('header')['If-Match']);
    await changeEndpoint(deps, id, () => ({ type: 'DeleteEndpoint', now: deps.clock() }), commandContext(c), {
      tenant: c.get('principal').tenant,
      ...(ifMatch !== undefined ? { ifMatch } : {}),
    });
    return c.body(null, 204);
  });

  app.openapi(rotateWebhookSecretRoute, async (c) => {
    const { id } = c.req.valid('param');
    const ifMatch = ifMatchRevision(c.req.valid('header')['If-Match']);
    const tenant = c.get('principal').tenant;
    if (!(await findEndpoint(deps.pool, tenant, id)))
      throw new HttpProblem(404, 'Not found', `no webhook endpoint ${id}`);
    const secret = newWebhookSecret();
    const secretId = newSecretId();
    await storeSecret(deps.pool, secretId, id, secret);
    const change = await changeEndpoint(
      deps,
      id,
      () => ({ type: 'RotateSecret', data: { secret_id: secretId }, now: deps.clock() }),
      commandContext(c),
      { tenant, ...(ifMatch !== undefined ? { ifMatch } : {}) },
    );
    return c.json({ ...resourceOf(change.state), secret }, 200, etag(change.revision));
  });

  app.openapi(replayWebhookEventsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const tenant = c.get('principal').tenant;
    const row = await findEndpoint(deps.pool, tenant, id);
    if (!row) throw new HttpProblem(404, 'Not found', `no webhook endpoint ${id}`);
    const from = parseBound(body.from);
    const to =
      body.to === undefined ? { position: await deps.eventStore.headPosition() } : parseBound(body.to);
    if ('time' in from && 'time' in to && from.time > to.time) {
      throw validationProblem([{ field: 'to', message: 'must not be before `from`' }]);
    }
    const toText =
      body.to ?? positionText((to as { position: { commit: bigint; prepare: bigint } }).position);
    const types = body.types ?? row.enabled_events;
    const replayId = randomUUID();
    await changeEndpoint(
      deps,
      id,
      () => ({
        type: 'RequestReplay',
        data: { replay_id: replayId, from: body.from, to: toText, types },
        now: deps.clock(),
      }),
      commandContext(c),
      { tenant },
    );
    const replay = await createReplay(deps.pool, {
      id: replayId,
      endpointId: id,
      tenant,
      from: body.from,
      to: toText,
      types,
      now: deps.clock(),
    });
    deps.wakeReplays();
    return c.json(replay, 202);
  });
}
