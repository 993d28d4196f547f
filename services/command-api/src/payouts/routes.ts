// The write side of /api/v1/payouts: each handler turns a request into one payout command.
import { randomUUID } from 'node:crypto';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createPayoutRoute, PayoutRejected, payoutDecider, payoutStreamName } from '@payouts/contracts';
import {
  type AuthEnv,
  type EventStore,
  HttpProblem,
  handleCommand,
  type RequestContextEnv,
  requireScope,
  validationProblem,
} from '@payouts/platform';
import type { Context } from 'hono';
import { toResource } from './toResource.ts';

export type CommandEnv = AuthEnv & RequestContextEnv;

export function payoutRoutes(
  app: OpenAPIHono<CommandEnv>,
  deps: { eventStore: EventStore; clock: () => Date },
) {
  app.use('/api/v1/payouts/*', requireScope('payouts:write'));

  app.openapi(createPayoutRoute, async (c) => {
    const body = c.req.valid('json');
    const principal = c.get('principal');
    const payoutId = randomUUID();
    const result = await run(c, () =>
      handleCommand(
        deps.eventStore,
        payoutDecider,
        payoutStreamName(payoutId),
        {
          type: 'RequestPayout',
          data: {
            payout_id: payoutId,
            tenant_id: principal.tenant,
            amount: body.amount,
            currency: body.currency,
            recipient_account: body.recipient_account,
            description: body.description ?? null,
            metadata: body.metadata ?? {},
            scheduled_for: body.scheduled_for ?? null,
          },
          now: deps.clock(),
        },
        commandContext(c),
        { expected: 'no_stream' },
      ),
    );
    const payout = result.state!;
    c.header('Location', `/api/v1/payouts/${payout.id}/`);
    c.header('ETag', `"${result.revision}"`);
    return c.json(toResource(payout), 201);
  });
}

function commandContext(c: Context<CommandEnv>) {
  return {
    correlation_id: c.get('correlationId'),
    causation_id: c.get('requestId'),
    actor: c.get('principal').keyId,
    traceparent: c.get('traceparent'),
  };
}

/** Turns the payout's refusals into problems; everything else is a server error for onError. */
async function run<T>(c: Context<CommandEnv>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (!(err instanceof PayoutRejected)) throw err;
    switch (err.kind) {
      case 'invalid':
        throw validationProblem([{ field: err.details.field ?? '(body)', message: err.message }]);
      case 'not_found':
        throw new HttpProblem(404, 'Not found', `no payout at ${c.req.path}`);
      default:
        throw new HttpProblem(409, 'Conflict', err.message, {
          type: '/problems/payout-state',
          ...(err.details.status ? { payout_status: err.details.status } : {}),
        });
    }
  }
}
