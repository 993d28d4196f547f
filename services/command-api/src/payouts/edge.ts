// Where payout commands meet HTTP: the request's command context, the payout's refusals as problems,
// and a payout response as plain data (so an Idempotency-Key record can store and replay it).
import { type Payout, PayoutRejected, type PayoutResource } from '@payouts/contracts';
import { type AuthEnv, HttpProblem, type RequestContextEnv, validationProblem } from '@payouts/platform';
import type { Context } from 'hono';
import { etagOf } from './etag.ts';
import { toResource } from './toResource.ts';

export type CommandEnv = AuthEnv & RequestContextEnv;

export type PayoutResponse = { status: number; headers: Record<string, string>; resource: PayoutResource };

export function payoutResponse(status: 200 | 201, payout: Payout, revision: bigint): PayoutResponse {
  return {
    status,
    headers: {
      ETag: etagOf(revision),
      ...(status === 201 ? { Location: `/api/v1/payouts/${payout.id}` } : {}),
    },
    resource: toResource(payout),
  };
}

export function commandContext(c: Context<CommandEnv>) {
  return {
    correlation_id: c.get('correlationId'),
    causation_id: c.get('requestId'),
    actor: c.get('principal').keyId,
    traceparent: c.get('traceparent'),
  };
}

/** Turns the payout's refusals into problems; everything else is a server error for onError. */
export async function run<T>(c: Context<CommandEnv>, work: () => T | Promise<T>): Promise<T> {
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
