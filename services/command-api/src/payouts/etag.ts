// If-Match on a write compares against the revision the handler loaded (the ETag format is the
// contract in @payouts/contracts), and the append then expects exactly that revision, so a write
// that slips in between is caught by the event store rather than overwritten.
import { payoutEtag } from '@payouts/contracts';
import { HttpProblem } from '@payouts/platform';

export function preconditionFailed(revision: bigint): HttpProblem {
  return new HttpProblem(
    412,
    'Precondition failed',
    "If-Match does not match the payout's current ETag; read it again",
    {
      type: '/problems/precondition-failed',
      headers: { ETag: payoutEtag(revision) },
    },
  );
}
