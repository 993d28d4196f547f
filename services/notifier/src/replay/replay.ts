// Replays: every payout event of a range of the event store, however old, delivered again to one
// endpoint with its original id and the payout as of its revision. A replay is a row worked through
// in the background by whichever replica claims it (a lease, so a dead replica's replay is picked up),
// in batches, its place kept after each batch.
import {
  endpointWants,
  foldPayout,
  PAYOUT_STREAM_PREFIX,
  type Payout,
  parsePayoutEvent,
  type WebhookReplayResource,
} from '@payouts/contracts';
import {
  comparePositions,
  type EventStore,
  type GlobalPosition,
  inTransaction,
  isPositionText,
  parsePositionText,
  parseRecorded,
  type RecordedEvent,
} from '@payouts/platform';
import { LRUCache } from 'lru-cache';
import type pg from 'pg';
import { enqueueDeliveries, lockPayout } from '../deliveries/queue.ts';
import { fromStore, webhookEventOf } from '../intake/intake.ts';

/** Events read per step: one transaction's worth of queueing, and the most a dead replica repeats. */
const REPLAY_BATCH = 200;
/** A replica working a replay holds it this long per step. */
const REPLAY_LEASE_MS = 60_000;
/** Streams kept while replaying: a payout's events are usually near each other in the store. */
const STREAM_CACHE = 1_000;

export type ReplayDeps = { pool: pg.Pool; eventStore: EventStore; clock: () => Date };

export type ReplayBound = { position: GlobalPosition } | { time: Date };

export function parseBound(text: string): ReplayBound {
  return isPositionText(text) ? { position: parsePositionText(text) } : { time: new Date(text) };
}

type ReplayRow = {
  id: string;
  endpoint_id: string;
  tenant_id: string;
  from_bound: string;
  to_bound: string | null;
  types: string[];
  status: 'running' | 'done';
  after_commit: string | null;
  after_prepare: string | null;
  events_enqueued: number;
  created_at: Date;
  finished_at: Date | null;
};

function toReplayResource(row: ReplayRow): WebhookReplayResource {
  return {
    id: row.id,
    endpoint_id: row.endpoint_id,
    from: row.from_bound,
    to: row.to_bound,
    types: row.types,
    status: row.status,
    events_enqueued: row.events_enqueued,
    created_at: row.created_at.toISOString(),
    finished_at: row.finished_at?.toISOString() ?? null,
  };
}

export async function createReplay(
  pool: pg.Pool,
  replay: {
    id: string;
    endpointId: string;
    tenant: string;
    from: string;
    to: string;
    types: string[];
    now: Date;
  },
): Promise<WebhookReplayResource> {
  const { rows } = await pool.query<ReplayRow>(
    `insert into webhook_replays (id, endpoint_id, tenant_id, from_bound, to_bound, types, status, created_at)
     values ($1, $2, $3, $4, $5, $6, 'running', $7) returning *`,
    [replay.id, replay.endpointId, replay.tenant, replay.from, replay.to, replay.types, replay.now],
  );
  return toReplayResource(rows[0]!);
}

export async function findReplay(
  pool: pg.Pool,
  tenant: string,
  id: string,
): Promise<WebhookReplayResource | undefined> {
  const { rows } = await pool.query<ReplayRow>(
    'select * from webhook_replays where id = $1 and tenant_id = $2',
    [id, tenant],
  );
  return rows[0] ? toReplayResource(rows[0]) : undefined;
}

/** Exclusive start for readAll: just before an inclusive position. */
function justBefore(p: GlobalPosition): GlobalPosition | null {
  if (p.prepare > 0n) return { commit: p.commit, prepare: p.prepare - 1n };
  if (p.commit > 0n) return { commit: p.commit - 1n, prepare: 2n ** 63n };
  return null;
}

/** Works one batch of one running replay; false when none was waiting. */
export async function runReplayStep(
  deps: ReplayDeps,
  cache = new LRUCache<string, RecordedEvent[]>({ max: STREAM_CACHE }),
): Promise<boolean> {
  const now = deps.clock();
  const { rows } = await deps.pool.query<ReplayRow>(
    `update webhook_replays set claimed_until = $2
     where id = (select id from webhook_replays where status = 'running' and (claimed_until is null or claimed_until < $1)
       order by created_at limit 1 for update skip locked)
     returning *`,
    [now, new Date(now.getTime() + REPLAY_LEASE_MS)],
  );
  const replay = rows[0];
  if (!replay) return false;
  const from = parseBound(replay.from_bound);
  const to = replay.to_bound === null ? null : parseBound(replay.to_bound);
  const after: GlobalPosition | null =
    replay.after_commit !== null
      ? { commit: BigInt(replay.after_commit), prepare: BigInt(replay.after_prepare!) }
      : 'position' in from
        ? justBefore(from.position)
        : null;
  const batch = await deps.eventStore.readAll({
    from: after,
    maxCount: REPLAY_BATCH,
    streamPrefix: PAYOUT_STREAM_PREFIX,
  });
  let finished = batch.length < REPLAY_BATCH;
  let last = after;
  let enqueued = 0;
  for (const event of batch) {
    if (to && 'position' in to && comparePositions(event.position, to.position) > 0) {
      finished = true;
      break;
    }
    last = event.position;
    if ('time' in from && event.recordedAt < from.time) continue;
    if (to && 'time' in to && event.recordedAt >= to.time) continue;
    enqueued += await replayEvent(deps, replay, event, cache);
  }
  await deps.pool.query(
    `update webhook_replays set after_commit = $2, after_prepare = $3, events_enqueued = events_enqueued + $4,
       status = $5, finished_at = $6, claimed_until = null
     where id = $1`,
    [
      replay.id,
      last?.commit.toString() ?? null,
      last?.prepare.toString() ?? null,
      enqueued,
      finished ? 'done' : 'running',
      finished ? deps.clock() : null,
    ],
  );
  return true;
}

async function replayEvent(
  deps: ReplayDeps,
  replay: ReplayRow,
  event: RecordedEvent,
  cache: LRUCache<string, RecordedEvent[]>,
): Promise<number> {
  let stream = cache.get(event.streamName);
  if (!stream || (stream.at(-1)?.revision ?? -1n) < event.revision) {
    stream = await deps.eventStore.readStream(event.streamName);
    cache.set(event.streamName, stream);
  }
  let payout: Payout | null = null;
  let before: Payout | null = null;
  let parsed = null;
  for (const e of stream) {
    if (e.revision > event.revision) break;
    parsed = parseRecorded(parsePayoutEvent, e);
    before = payout;
    payout = foldPayout([parsed], payout);
  }
  if (payout === null || parsed === null || payout.tenant_id !== replay.tenant_id) return 0;
  const webhook = webhookEventOf(fromStore(event), parsed, before, payout);
  if (webhook === null || !endpointWants(replay.types, webhook.type)) return 0;
  return inTransaction(deps.pool, async (client) => {
    await lockPayout(client, payout.id);
    const queued = await enqueueDeliveries(
      client,
      [{ endpointId: replay.endpoint_id, event: webhook, origin: 'replay', originId: replay.id }],
      deps.clock(),
    );
    return queued.length;
  });
}
