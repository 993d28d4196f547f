// POST /api/v1/payouts, with or without an Idempotency-Key.
//
// With a key, the payout id is derived from (tenant, key, body fingerprint) and the stream is created
// with `no_stream`, so however many copies of one request race, and whatever crashes between their
// steps, the event store lets exactly one create the payout. The key's record binds it to the first
// body (a different body is a 409) and keeps the response to replay. If a process dies after the
// append but before the record is completed, the retry finds the stream, rebuilds the very same
// response from its first event, and completes the record then.
import { randomUUID } from 'node:crypto';
import {
  type CreatePayoutBody,
  evolve,
  type PayoutCommand,
  type PayoutResource,
  parsePayoutEvent,
  payoutDecider,
  payoutStreamName,
} from '@payouts/contracts';
import {
  type EventStore,
  HttpProblem,
  handleCommand,
  parseRecorded,
  WrongExpectedRevision,
} from '@payouts/platform';
import type { Context } from 'hono';
import { idempotentPayoutId, requestFingerprint } from '../idempotency/fingerprint.ts';
import type { IdempotencyStore, StoredResponse } from '../idempotency/store.ts';
import { type CommandEnv, commandContext, type PayoutResponse, payoutResponse, run } from './edge.ts';
import { futureScheduleUtc } from './schedule.ts';

type Deps = { eventStore: EventStore; idempotency: IdempotencyStore; clock: () => Date };

export async function createPayout(
  c: Context<CommandEnv>,
  deps: Deps,
  request: { body: CreatePayoutBody; idempotencyKey: string | undefined },
): Promise<PayoutResponse> {
  const { body, idempotencyKey: key } = request;
  const tenant = c.get('principal').tenant;
  const now = deps.clock();
  const fingerprint = requestFingerprint(body);
  const payoutId = key === undefined ? randomUUID() : idempotentPayoutId(tenant, key, fingerprint);
  const command: PayoutCommand = {
    type: 'RequestPayout',
    data: {
      payout_id: payoutId,
      tenant_id: tenant,
      amount: body.amount,
      currency: body.currency,
      recipient_account: body.recipient_account,
      description: body.description ?? null,
      metadata: body.metadata ?? {},
      scheduled_for: body.scheduled_for ?? null,
    },
    now,
  };

  // Validate before reserving the key, so a refused body does not bind it; but a retry of a request
  // that once succeeded (its scheduled_for has passed since) still gets its original answer.
  try {
    command.data.scheduled_for = futureScheduleUtc(command.data.scheduled_for, now);
    await run(c, () => payoutDecider.decide(command, null));
  } catch (err) {
    const earlier = key === undefined ? null : await deps.idempotency.find({ tenant, key, fingerprint });
    if (earlier) return replayed(fromStored(earlier));
    throw err;
  }

  const append = () =>
    run(c, () =>
      handleCommand(deps.eventStore, payoutDecider, payoutStreamName(payoutId), command, commandContext(c), {
        expected: 'no_stream',
      }),
    );
  if (key === undefined) {
    const result = await append();
    return payoutResponse(201, result.state!, result.revision);
  }

  const reservation = await deps.idempotency.reserve({ tenant, key, fingerprint, payoutId });
  if (reservation.kind === 'mismatch') {
    throw new HttpProblem(
      409,
      'Idempotency-Key reused',
      'this Idempotency-Key was used with a different body',
      {
        type: '/problems/idempotency-key-reused',
        errors: [{ field: 'Idempotency-Key', message: 'already used with a different body' }],
      },
    );
  }
  if (reservation.kind === 'replay') return replayed(fromStored(reservation.response));

  let response: PayoutResponse;
  let createdHere = true;
  try {
    const result = await append();
    response = payoutResponse(201, result.state!, result.revision);
  } catch (err) {
    // A concurrent copy of this request (or an earlier attempt that died before completing the
    // record) created the stream first: answer what it answered.
    const createdByAnother =
      err instanceof WrongExpectedRevision ||
      (err instanceof HttpProblem && err.extra.type === '/problems/payout-state' && err.status === 409);
    if (!createdByAnother) throw err;
    response = await firstResponse(deps.eventStore, payoutId, tenant);
    createdHere = false;
  }
  await deps.idempotency.complete({ tenant, key, response: toStored(response) });
  return createdHere ? response : replayed(response);
}

/** The 201 the creating request answered: the payout as its first event left it, at revision 0. */
async function firstResponse(store: EventStore, payoutId: string, tenant: string): Promise<PayoutResponse> {
  const [first] = await store.readStream(payoutStreamName(payoutId), { maxCount: 1 });
  if (!first) throw new Error(`payout ${payoutId}: stream reported existing but is empty`);
  const payout = evolve(null, parseRecorded(parsePayoutEvent, first));
  // The id is derived from the tenant, so another tenant's stream here would mean a broken invariant.
  if (payout === null || payout.tenant_id !== tenant) {
    throw new Error(`payout ${payoutId}: idempotent id collides with another tenant's payout`);
  }
  return payoutResponse(201, payout, first.revision);
}

// Kept as the JSON text that was sent, so that a replay is the same bytes, not just equal JSON.
function toStored(response: PayoutResponse): StoredResponse {
  return { status: response.status, headers: response.headers, body: JSON.stringify(response.resource) };
}

function fromStored(stored: StoredResponse): PayoutResponse {
  const resource = JSON.parse(stored.body) as PayoutResource;
  // Answers stored before the resource had `error_code` lack it; a new payout's is null.
  if (!('error_code' in resource)) (resource as { error_code: null }).error_code = null;
  return { status: stored.status, headers: stored.headers, resource };
}

function replayed(response: PayoutResponse): PayoutResponse {
  return { ...response, headers: { ...response.headers, 'Idempotent-Replayed': 'true' } };
}
