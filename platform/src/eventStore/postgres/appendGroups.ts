// Appends in groups (see inFlightGroups.ts): the appends that arrive while one group's statement is
// in flight go together as one call of append_group (migration 004), so under load the event store
// costs one round trip and one commit per group instead of one per append; an append that finds the
// store idle goes alone, through append_events. Each append keeps its own outcome: a conflict or a
// duplicate in a group touches no other.
//
// Streams are locked in name order within a group, so two groups (two processes) wait for each
// other but never deadlock. Anything that fails a group as a whole (two writers creating the same
// stream at once, a lost connection) sends each of its appends alone through `appendAlone`, which
// has its own retries; event ids make repeating an append that did commit harmless.
//
// An append's claim (port.ts, AppendClaim) goes in the same statement as its events. Claims are not
// locked in a global order: two groups that each claim two keys the other also claims, in opposite
// orders, can deadlock; PostgreSQL then fails one group, whose appends go alone as above.
import type pg from 'pg';
import { createInFlightGroups, type Outcome } from '../../inFlightGroups.ts';
import {
  type AppendClaim,
  type AppendResult,
  ClaimConflict,
  type EventToAppend,
  type ExpectedRevision,
  WrongExpectedRevision,
} from '../port.ts';

export type AppendRequest = {
  streamName: string;
  events: EventToAppend[];
  expected: ExpectedRevision;
  claim?: AppendClaim | undefined;
};

/** Appends per statement at most, so that a burst does not make one long transaction. */
const MAX_GROUP = 100;

type GroupRow = {
  item: number;
  status: 'appended' | 'duplicate' | 'conflict' | 'ids_elsewhere' | 'claim_conflict';
  next_revision: string | null;
  commit_position: string | null;
  prepare_position: string | null;
};

export function createAppendGroups(
  pool: pg.Pool,
  schema: string,
  appendAlone: (request: AppendRequest) => Promise<AppendResult>,
  /** Called once a group has stored new events (not for a group of duplicates and conflicts). */
  onAppended: () => void,
  maxGroup = MAX_GROUP,
): (request: AppendRequest) => Promise<AppendResult> {
  const settled = (result: Promise<AppendResult>) =>
    result.then(
      (value): Outcome<AppendResult> => ({ ok: true, value }),
      (error: unknown): Outcome<AppendResult> => ({ ok: false, error }),
    );
  return createInFlightGroups(async (requests: AppendRequest[]) => {
    // A group of one (the store is idle) goes through append_events, which is a little cheaper.
    if (requests.length === 1) return [await settled(appendAlone(requests[0]!))];
    // Stable sort: appends to one stream keep the order they were made in.
    const order = requests
      .map((request, i) => ({ request, i }))
      .sort((a, b) => compare(a.request.streamName, b.request.streamName));
    let rows: GroupRow[];
    try {
      const sorted = order.map((o) => o.request);
      rows = (await pool.query<GroupRow>(appendGroupStatement(schema, sorted))).rows;
    } catch {
      return Promise.all(requests.map((r) => settled(appendAlone(r))));
    }
    if (rows.some((row) => row.status === 'appended')) onAppended();
    const outcomes: Outcome<AppendResult>[] = new Array(requests.length);
    for (const row of rows) {
      const { request, i } = order[row.item - 1]!;
      outcomes[i] = toOutcome(request, row);
    }
    return outcomes;
  }, maxGroup);
}

export function toOutcome(request: AppendRequest, row: GroupRow): Outcome<AppendResult> {
  switch (row.status) {
    case 'appended':
    case 'duplicate':
      return {
        ok: true,
        value: {
          nextRevision: BigInt(row.next_revision!),
          position: { commit: BigInt(row.commit_position!), prepare: BigInt(row.prepare_position!) },
        },
      };
    case 'conflict': {
      const actual = BigInt(row.next_revision!);
      return {
        ok: false,
        error: new WrongExpectedRevision(
          request.streamName,
          request.expected,
          actual < 0n ? 'no_stream' : actual,
        ),
      };
    }
    case 'claim_conflict':
      return {
        ok: false,
        error: new ClaimConflict(request.streamName, request.claim!.scope, request.claim!.key),
      };
    case 'ids_elsewhere':
      return {
        ok: false,
        error: new Error(`stream ${request.streamName}: event ids already stored in another append`),
      };
  }
}

/** append_group for these appends, in the order given; exported for the claimed append that goes alone. */
export function appendGroupStatement(
  schema: string,
  requests: AppendRequest[],
): { text: string; values: unknown[] } {
  const events = requests.flatMap((r) => r.events);
  // Without any claim the claim arrays are null, which costs the unkeyed appends nothing to send.
  const claimed = requests.some((r) => r.claim);
  const claims = <T>(pick: (claim: AppendClaim) => T) =>
    claimed ? requests.map((r) => (r.claim ? pick(r.claim) : null)) : null;
  return {
    text: `select item, status, next_revision, commit_position, prepare_position
           from "${schema}".append_group($1::text[], $2::text[], $3::int[], $4::uuid[], $5::text[], $6::jsonb[], $7::jsonb[],
             $8::text[], $9::text[], $10::text[], $11::bigint[])`,
    values: [
      requests.map((r) => r.streamName),
      requests.map((r) => (typeof r.expected === 'bigint' ? r.expected.toString() : r.expected)),
      requests.map((r) => r.events.length),
      events.map((e) => e.id),
      events.map((e) => e.type),
      events.map((e) => JSON.stringify(e.data)),
      events.map((e) => JSON.stringify(e.metadata)),
      claims((c) => c.scope),
      claims((c) => c.key),
      claims((c) => c.value),
      claims((c) => String(Math.max(0, Math.round(c.expiresAfterMs)))),
    ],
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
