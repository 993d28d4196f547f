// POST /api/v1/payouts, with or without an Idempotency-Key.
//
// With a key, the payout id is derived from (tenant, key, body fingerprint) and the stream is created
// with `no_stream`, carrying a claim of the key for that fingerprint, written by the event store in
// the same transaction as the payout's first event: one statement (and, under load, one shared with
// other appends) instead of reserve, append and record. However many copies of one request race,
// and whatever crashes happen, exactly one creates the payout; the others find its stream (a
// wrong expected revision) and answer what it answered, rebuilt from its first event. Another body
// under the same key finds the claim held (ClaimConflict): 409.
import { randomUUID } from 'node:crypto';
import {
  type CreatePayoutBody,
  evolve,
  type PayoutCommand,
  parsePayoutEvent,
  payoutDecider,
  payoutStreamName,
} from '@payouts/contracts';
import {
  type AppendClaim,
  ClaimConflict,
  type EventStore,
  HttpProblem,
  handleCommand,
  parseRecorded,
  WrongExpectedRevision,
} from '@payouts/platform';
import type { Context } from 'hono';
import { idempotentPayoutId, requestFingerprint } from '../idempotency/fingerprint.ts';
import type { LegacyKeys } from '../idempotency/legacyKeys.ts';
import { idempotencyClaim } from '../idempotency/retention.ts';
import { type CommandEnv, commandContext, type PayoutResponse, payoutResponse, run } from './edge.ts';
import { futureScheduleUtc } from './schedule.ts';

export type IdempotencyOptions = {
  retentionHours: number;
  /** Keys recorded before claims, while some are live and the claims could not take them over. */
  legacy: LegacyKeys | null;
};

type Deps = { eventStore: EventStore; idempotency: IdempotencyOptions; clock: () => Date };

export async function createPayout(
  c: Context<CommandEnv>,
  deps: Deps,
  request: { body: CreatePayoutBody; idempotencyKey: string | undefined },
): Promise<PayoutResponse> {
  const { body, idempotencyKey: key } = request;
  const tenant = c.get('principal').tenant;
  const now = deps.clock();
  /** The command for this body; a `scheduled_for` already past is refused (400) here. */
  const requestPayout = (payoutId: string): PayoutCommand => ({
    type: 'RequestPayout',
    data: {
      payout_id: payoutId,
      tenant_id: tenant,
      amount: body.amount,
      currency: body.currency,
      recipient_account: body.recipient_account,
      description: body.description ?? null,
      metadata: body.metadata ?? {},
      scheduled_for: futureScheduleUtc(body.scheduled_for ?? null, now),
    },
    now,
  });
  /** Decided and appended as one: the decider refuses a bad body before anything is written. */
  const create = async (payoutId: string, command: PayoutCommand, claim?: AppendClaim) => {
    const result = await run(c, () =>
      handleCommand(deps.eventStore, payoutDecider, payoutStreamName(payoutId), command, commandContext(c), {
        expected: 'no_stream',
        ...(claim ? { claim } : {}),
      }),
    );
    return payoutResponse(201, result.state!, result.revision);
  };

  if (key === undefined) {
    const payoutId = randomUUID();
    return create(payoutId, requestPayout(payoutId));
  }

  // The fingerprint binds the key to its body. A refused body claims no key (the claim is written
  // with the events). A refused retry of a request that once succeeded (its scheduled_for has passed
  // since) still gets its original answer, as does a concurrent copy or an earlier attempt whose
  // answer was lost (the stream exists).
  const fingerprint = requestFingerprint(body);
  const payoutId = idempotentPayoutId(tenant, key, fingerprint);
  try {
    const command = requestPayout(payoutId);
    if (await deps.idempotency.legacy?.boundToOtherBody({ tenant, key, fingerprint })) throw keyReused();
    return await create(
      payoutId,
      command,
      idempotencyClaim(tenant, key, fingerprint, deps.idempotency.retentionHours),
    );
  } catch (err) {
    if (err instanceof ClaimConflict) throw keyReused();
    const createdByAnother =
      err instanceof WrongExpectedRevision ||
      (err instanceof HttpProblem && err.extra.type === '/problems/payout-state' && err.status === 409);
    const refused =
      err instanceof HttpProblem && err.status < 500 && err.extra.type !== '/problems/idempotency-key-reused';
    if (!createdByAnother && !refused) throw err;
    const first = await firstResponse(deps.eventStore, payoutId, tenant);
    if (first) return replayed(first);
    if (createdByAnother) throw new Error(`payout ${payoutId}: stream reported existing but is empty`);
    throw err;
  }
}

function keyReused(): HttpProblem {
  return new HttpProblem(
    409,
    'Idempotency-Key reused',
    'this Idempotency-Key was used with a different body',
    {
      type: '/problems/idempotency-key-reused',
      errors: [{ field: 'Idempotency-Key', message: 'already used with a different body' }],
    },
  );
}

/**
 * The 201 the creating request answered: the payout as its first event left it, at revision 0; null
 * when the stream does not exist. The same bytes, since the creating request built its answer from
 * the same event.
 */
async function firstResponse(
  store: EventStore,
  payoutId: string,
  tenant: string,
): Promise<PayoutResponse | null> {
  const [first] = await store.readStream(payoutStreamName(payoutId), { maxCount: 1 });
  if (!first) return null;
  const payout = evolve(null, parseRecorded(parsePayoutEvent, first));
  // The id is derived from the tenant, so another tenant's stream here would mean a broken invariant.
  if (payout === null || payout.tenant_id !== tenant) {
    throw new Error(`payout ${payoutId}: idempotent id collides with another tenant's payout`);
  }
  return payoutResponse(201, payout, first.revision);
}

function replayed(response: PayoutResponse): PayoutResponse {
  return { ...response, headers: { ...response.headers, 'Idempotent-Replayed': 'true' } };
}
