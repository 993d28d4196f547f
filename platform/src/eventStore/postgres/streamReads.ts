// Whole-stream reads in groups (see inFlightGroups.ts): the reads that arrive while one group's
// statement is in flight go together as one statement. A processor loads each payout's stream
// before it acts on it, so under load this is a round trip per group instead of one per payout.
// Each read still sees every event committed before it was made: a group starts after its reads.

import { createInFlightGroups, type Outcome } from '../../inFlightGroups.ts';
import type { RecordedEvent } from '../port.ts';
import { EVENT_COLUMNS, type EventRow, toRecorded } from './eventRows.ts';

export type StreamRead = { streamName: string; fromRevision: bigint };

/** Reads per statement at most. */
const MAX_READ_GROUP = 100;

export function createStreamReads(
  schema: string,
  read: (text: string, values: unknown[]) => Promise<EventRow[]>,
  maxGroup = MAX_READ_GROUP,
): (request: StreamRead) => Promise<RecordedEvent[]> {
  return createInFlightGroups(async (requests: StreamRead[]) => {
    // Each stream once, from the lowest revision any read asks for; each read takes its own part.
    // (`= any` of an array, not a join with unnest: the planner guesses 100 rows for an unnest and
    // may scan the whole table for them.)
    const streams = [...new Set(requests.map((r) => r.streamName))];
    let from = requests[0]!.fromRevision;
    for (const r of requests) if (r.fromRevision < from) from = r.fromRevision;
    const rows = await read(
      `select ${EVENT_COLUMNS} from "${schema}".events
       where stream_name = any($1::text[]) and revision >= $2
       order by stream_name, revision`,
      [streams, from.toString()],
    );
    const byStream = new Map<string, RecordedEvent[]>();
    for (const row of rows) {
      const event = toRecorded(row);
      const events = byStream.get(event.streamName);
      if (events) events.push(event);
      else byStream.set(event.streamName, [event]);
    }
    return requests.map(
      (r): Outcome<RecordedEvent[]> => ({
        ok: true,
        value: (byStream.get(r.streamName) ?? []).filter((e) => e.revision >= r.fromRevision),
      }),
    );
  }, maxGroup);
}
