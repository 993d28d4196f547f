// The intake: takes each payout event from the bus and queues a delivery of it for every endpoint of
// the payout's tenant that wants its type and existed before it (by event store position). It folds
// the payout as it goes (webhook_payouts), so each webhook carries the payout as of its revision.
// Idempotent: a revision already taken in is ignored. A revision beyond the next one (the bus lost or
// reordered some) first reads the ones missing from the event store, as the projector does.
import {
  type BusEvent,
  endpointWants,
  foldPayout,
  type Payout,
  type PayoutEvent,
  parsePayoutEvent,
  payoutIdFromStream,
  webhookBody,
  webhookTypeOf,
} from '@payouts/contracts';
import { type EventStore, parseRecorded, type RecordedEvent } from '@payouts/platform';
import type pg from 'pg';
import { enqueueDeliveries, lockPayout, type NewDelivery, type QueuedEvent } from '../deliveries/queue.ts';
import type { EndpointsEnabled } from './endpointsEnabled.ts';

export type IntakeDeps = {
  pool: pg.Pool;
  eventStore: EventStore;
  clock: () => Date;
  endpointsEnabled: EndpointsEnabled;
};

export type IntakeOutcome = 'queued' | 'folded' | 'ignored' | 'healed';

type StoredEvent = {
  id: string;
  revision: bigint;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  position: { commit: string; prepare: string };
  recordedAt: Date;
};

const fromBus = (e: BusEvent): StoredEvent => ({
  id: e.event_id,
  revision: BigInt(e.revision),
  type: e.type,
  data: e.data,
  metadata: e.metadata,
  position: e.position,
  recordedAt: new Date(e.recorded_at),
});

export const fromStore = (e: RecordedEvent): StoredEvent => ({
  id: e.id,
  revision: e.revision,
  type: e.type,
  data: e.data,
  metadata: e.metadata,
  position: { commit: e.position.commit.toString(), prepare: e.position.prepare.toString() },
  recordedAt: e.recordedAt,
});

/** The webhook event a stored payout event makes, or null when it is not delivered. */
export function webhookEventOf(
  stored: StoredEvent,
  event: PayoutEvent,
  before: Payout | null,
  after: Payout,
): QueuedEvent | null {
  const type = webhookTypeOf(event, before);
  if (type === null) return null;
  const traceparent = stored.metadata.traceparent;
  return {
    eventId: stored.id,
    tenantId: after.tenant_id,
    type,
    payoutId: after.id,
    revision: stored.revision,
    position: stored.position,
    traceparent: typeof traceparent === 'string' ? traceparent : null,
    body: webhookBody({
      id: stored.id,
      type,
      recordedAt: stored.recordedAt,
      revision: stored.revision,
      payout: after,
    }),
  };
}

const positionAfter = (event: QueuedEvent, endpoint: { created_commit: string; created_prepare: string }) => {
  const commit = BigInt(event.position.commit);
  const created = BigInt(endpoint.created_commit);
  return commit !== created
    ? commit > created
    : BigInt(event.position.prepare) > BigInt(endpoint.created_prepare);
};

/** Returns the ids of the deliveries it queued, for the worker to wake to. */
export async function takeInPayoutEvent(
  deps: IntakeDeps,
  busEvent: BusEvent,
): Promise<{ outcome: IntakeOutcome; queued: string[] }> {
  const payoutId = payoutIdFromStream(busEvent.stream_name);
  if (payoutId === undefined) return { outcome: 'ignored', queued: [] };
  const revision = BigInt(busEvent.revision);
  // With no endpoint anywhere there is nobody to tell: fold nothing. A payout skipped here is read
  // from the event store whole when its next event finds an endpoint (the gap path below).
  if (!(await deps.endpointsEnabled())) return { outcome: 'ignored', queued: [] };
  let missing: StoredEvent[] | null = null;
  for (;;) {
    const client = await deps.pool.connect();
    let gapFrom: bigint | null = null;
    try {
      await client.query('begin');
      const row = await lockPayout(client, payoutId);
      const folded = BigInt(row.revision);
      if (folded >= revision) {
        await client.query('commit');
        return { outcome: 'ignored', queued: [] };
      }
      const needed =
        revision === folded + 1n
          ? [fromBus(busEvent)]
          : (missing?.filter((e) => e.revision > folded && e.revision <= revision) ?? []);
      if (BigInt(needed.length) !== revision - folded) {
        // Events are missing: read them from the store outside the transaction (a read holding the
        // row lock and a pooled connection could starve the pool), then try again.
        await client.query('rollback');
        gapFrom = folded + 1n;
      } else {
        let payout = (row.payout as Payout | null) ?? null;
        const events: QueuedEvent[] = [];
        for (const stored of needed) {
          const parsed = parseRecorded(parsePayoutEvent, stored);
          const before = payout;
          payout = foldPayout([parsed], payout);
          if (payout === null) throw new Error(`${busEvent.stream_name}: folding produced no payout`);
          const webhook = webhookEventOf(stored, parsed, before, payout);
          if (webhook) events.push(webhook);
        }
        if (payout === null) throw new Error(`${busEvent.stream_name}: no payout folded`);
        let queued: string[] = [];
        if (events.length > 0) {
          const { rows: endpoints } = await client.query<{
            id: string;
            enabled_events: string[];
            created_commit: string;
            created_prepare: string;
          }>(
            `select id, enabled_events, created_commit, created_prepare from webhook_endpoints
             where tenant_id = $1 and status = 'enabled'`,
            [payout.tenant_id],
          );
          const deliveries: NewDelivery[] = [];
          for (const event of events) {
            for (const endpoint of endpoints) {
              if (endpointWants(endpoint.enabled_events, event.type) && positionAfter(event, endpoint)) {
                deliveries.push({ endpointId: endpoint.id, event, origin: 'live', originId: null });
              }
            }
          }
          queued = await enqueueDeliveries(client, deliveries, deps.clock());
        }
        await client.query(
          'update webhook_payouts set tenant_id = $2, revision = $3, payout = $4 where payout_id = $1',
          [payoutId, payout.tenant_id, revision.toString(), JSON.stringify(payout)],
        );
        await client.query('commit');
        const outcome = needed.length > 1 ? 'healed' : queued.length > 0 ? 'queued' : 'folded';
        return { outcome, queued };
      }
    } catch (err) {
      await client.query('rollback').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
    const read = await deps.eventStore.readStream(busEvent.stream_name, { fromRevision: gapFrom });
    missing = read.filter((e) => e.revision <= revision).map(fromStore);
    if (BigInt(missing.length) !== revision - gapFrom + 1n) {
      throw new Error(`${busEvent.stream_name}: the event store has no revisions ${gapFrom}..${revision}`);
    }
  }
}
