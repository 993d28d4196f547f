// ETags are the payout stream's revision, quoted: `"3"`. If-Match compares against the revision the
// handler loaded, and the append then expects exactly that revision, so a write that slips in between
// is caught by the event store rather than overwritten.
import { HttpProblem } from '@payouts/platform';

export function etagOf(revision: bigint): string {
  return `"${revision}"`;
}

/** RFC 9110 If-Match: `*` or a list of entity tags; weak tags never match (strong comparison). */
export function ifMatchHolds(header: string, revision: bigint): boolean {
  const value = header.trim();
  if (value === '*') return true;
  const current = etagOf(revision);
  return value.split(',').some((tag) => tag.trim() === current);
}

export function preconditionFailed(revision: bigint): HttpProblem {
  return new HttpProblem(
    412,
    'Precondition failed',
    "If-Match does not match the payout's current ETag; read it again",
    {
      type: '/problems/precondition-failed',
      headers: { ETag: etagOf(revision) },
    },
  );
}
