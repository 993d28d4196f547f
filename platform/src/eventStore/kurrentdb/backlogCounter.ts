// How many events wait behind a follower, without reading them all again on every question.
// KurrentDB positions are byte offsets in its log, so counting takes reading; the relay asks every
// 5 s, and reading up to 10,000 whole events each time to count them would cost more than relaying
// them. The counter remembers the positions (and times) of the waiting events it has read, drops
// those the follower has since passed, and reads only what was appended after the last one it knows.
import { comparePositions, type GlobalPosition, START } from '../port.ts';

export type WaitingEvent = { position: GlobalPosition; recordedAt: Date };

/** Up to `maxCount` events after `after` (exclusive), in log order. */
export type ReadAfter = (after: GlobalPosition, maxCount: number) => Promise<WaitingEvent[]>;

export type BacklogCounter = (
  from: GlobalPosition | null,
  limit: number,
) => Promise<{ events: number; oldestRecordedAt: Date | null }>;

export function createBacklogCounter(readAfter: ReadAfter, pageSize: number): BacklogCounter {
  // Invariant: `known` holds every event after `after` up to its last one, in order.
  let after: GlobalPosition | undefined;
  let known: WaitingEvent[] = [];
  let queue: Promise<unknown> = Promise.resolve();

  async function count(fromOrStart: GlobalPosition | null, limit: number) {
    const from = fromOrStart ?? START;
    if (after === undefined || comparePositions(from, after) < 0) {
      known = []; // a follower that went back (a restart from an older checkpoint): start afresh
    } else {
      const passed = known.findIndex((e) => comparePositions(e.position, from) > 0);
      known = passed === -1 ? [] : known.slice(passed);
    }
    after = from;
    let tail = known.at(-1)?.position ?? from;
    while (known.length < limit) {
      const wanted = Math.min(pageSize, limit - known.length);
      const page = await readAfter(tail, wanted);
      known.push(...page);
      tail = known.at(-1)?.position ?? tail;
      if (page.length < wanted) break;
    }
    return { events: Math.min(known.length, limit), oldestRecordedAt: known[0]?.recordedAt ?? null };
  }

  // One question at a time: each works on what the previous one left.
  return (from, limit) => {
    const answer = queue.then(() => count(from, limit));
    queue = answer.catch(() => {
      after = undefined; // a failed read may have left `known` short of its invariant
    });
    return answer;
  };
}
