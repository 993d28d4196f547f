// Where payout commands meet HTTP: the request's command context, and a payout response as plain
// data (so an Idempotency-Key record can store and replay it).
import {
  type Payout,
  PayoutRejected,
  type PayoutResource,
  payoutEtag,
  payoutResourceOf,
} from '@payouts/contracts';
import { type ApiEnv, rejectionProblem } from '@payouts/platform';
import type { Context } from 'hono';

export type CommandEnv = ApiEnv;

export type PayoutResponse = { status: number; headers: Record<string, string>; resource: PayoutResource };

export function payoutResponse(status: 200 | 201, payout: Payout, revision: bigint): PayoutResponse {
  return {
    status,
    headers: {
      ETag: payoutEtag(revision),
      ...(status === 201 ? { Location: `/api/v1/payouts/${payout.id}` } : {}),
    },
    resource: payoutResourceOf(payout),
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

/**
 * Runs `work`, turning a payout's refusal into its problem where the caller needs to look at it
 * (createPayout tells "created by a concurrent copy" from other conflicts). The mapping is the
 * platform's rejectionProblem, the same the error handler applies to a refusal left uncaught.
 */
export async function run<T>(c: Context<CommandEnv>, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw err instanceof PayoutRejected ? rejectionProblem(err, c.req.path) : err;
  }
}
