// The write side of /api/v1/payouts: each handler turns a request into one payout command.
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  cancelPayoutRoute,
  createPayoutRoute,
  DEFAULT_CURRENCY,
  ifMatchHolds,
  type Payout,
  type PayoutCommand,
  payoutDecider,
  payoutStreamName,
  replacePayoutRoute,
  updatePayoutRoute,
} from '@payouts/contracts';
import {
  type EventStore,
  HttpProblem,
  handleCommand,
  loadStream,
  validationProblem,
  WrongExpectedRevision,
} from '@payouts/platform';
import type { Context } from 'hono';
import { createPayout, type IdempotencyOptions } from './createPayout.ts';
import { type CommandEnv, commandContext, type PayoutResponse, payoutResponse, run } from './edge.ts';
import { preconditionFailed } from './etag.ts';
import { futureScheduleUtc } from './schedule.ts';

export type { CommandEnv } from './edge.ts';

export type PayoutRouteDeps = {
  eventStore: EventStore;
  idempotency: IdempotencyOptions;
  clock: () => Date;
};

/** Writers racing on one payout without If-Match: reload and decide again this many times. */
const MAX_WRITE_ATTEMPTS = 3;

/** Each route's scope is the one its definition declares (`security`); the app checks it. */
export function payoutRoutes(app: OpenAPIHono<CommandEnv>, deps: PayoutRouteDeps) {
  app.openapi(createPayoutRoute, async (c) => {
    const response = await createPayout(c, deps, {
      body: c.req.valid('json'),
      idempotencyKey: c.req.valid('header')['Idempotency-Key'],
    });
    return c.json(response.resource, 201, response.headers);
  });

  app.openapi(replacePayoutRoute, async (c) => {
    const body = c.req.valid('json');
    const changes = {
      amount: body.amount,
      currency: body.currency ?? DEFAULT_CURRENCY,
      recipient_account: body.recipient_account,
      description: body.description ?? null,
      metadata: body.metadata ?? {},
      scheduled_for: futureScheduleUtc(body.scheduled_for ?? null, deps.clock()),
    };
    const result = await changePayout(c, deps, c.req.valid('param').id, c.req.valid('header')['If-Match'], {
      type: 'UpdatePayout',
      data: { changes },
      now: deps.clock(),
    });
    return c.json(result.resource, 200, result.headers);
  });

  app.openapi(updatePayoutRoute, async (c) => {
    const body = c.req.valid('json');
    const changes = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
    if (Object.keys(changes).length === 0) {
      throw validationProblem([{ field: '(body)', message: 'send at least one field to change' }]);
    }
    if (body.scheduled_for !== undefined) {
      changes.scheduled_for = futureScheduleUtc(body.scheduled_for, deps.clock());
    }
    const result = await changePayout(c, deps, c.req.valid('param').id, c.req.valid('header')['If-Match'], {
      type: 'UpdatePayout',
      data: { changes },
      now: deps.clock(),
    });
    return c.json(result.resource, 200, result.headers);
  });

  app.openapi(cancelPayoutRoute, async (c) => {
    const result = await changePayout(c, deps, c.req.valid('param').id, c.req.valid('header')['If-Match'], {
      type: 'CancelPayout',
      data: { reason: null },
      now: deps.clock(),
    });
    return c.json(result.resource, 200, result.headers);
  });
  // OPTIONS and 405s for these paths (and every documented one) are platform's addMethodAnswers (registered in docs/openapi.ts).
}

/** Update or cancel: the payout must be this tenant's, If-Match must hold, then decide and append. */
async function changePayout(
  c: Context<CommandEnv>,
  deps: PayoutRouteDeps,
  id: string,
  ifMatch: string | undefined,
  command: PayoutCommand,
): Promise<PayoutResponse> {
  const streamName = payoutStreamName(id);
  const loaded = await loadStream(deps.eventStore, payoutDecider, streamName);
  // Another tenant's payout is as absent as a missing one: its existence is not ours to learn.
  if (loaded.state === null || loaded.state.tenant_id !== c.get('principal').tenant) {
    throw new HttpProblem(404, 'Not found', `no payout ${id}`);
  }
  const revision = loaded.revision as bigint;
  if (ifMatch !== undefined && !ifMatchHolds(ifMatch, revision)) throw preconditionFailed(revision);
  try {
    // With If-Match the change holds only at the revision the client named: a write in between is a
    // 412. Without it, someone writing first is met by deciding again on the stream as it is then.
    const result = await run(c, () =>
      handleCommand(
        deps.eventStore,
        payoutDecider,
        streamName,
        command,
        commandContext(c),
        ifMatch !== undefined ? { expected: revision } : { loaded, conflictRetries: MAX_WRITE_ATTEMPTS - 1 },
      ),
    );
    return payoutResponse(200, result.state as Payout, result.revision);
  } catch (err) {
    if (!(err instanceof WrongExpectedRevision)) throw err;
    if (ifMatch !== undefined && typeof err.actual === 'bigint') throw preconditionFailed(err.actual);
  }
  throw new HttpProblem(409, 'Conflict', 'the payout is being changed concurrently; retry', {
    type: '/problems/concurrent-change',
  });
}
