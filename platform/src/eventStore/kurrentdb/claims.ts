// Claims (port.ts, AppendClaim) on KurrentDB, which has no transaction spanning two streams: each
// claim is a stream of its own, written BEFORE the append's events, so this is two writes where the
// PostgreSQL adapter makes one. What keeps the promises anyway:
// - the claim stream is created with `no_stream`, so of racers claiming one key exactly one writes
//   it; the others read its last event and go on (same value) or get ClaimConflict (another value);
// - an expired claim is taken over by appending a takeover event at the revision read, so of racers
//   taking one over exactly one wins; the others read again;
// - when the events' own append is then refused (a wrong expected revision, or any refusal the
//   server answered), the claim written by this call is released by appending a release event, so
//   that a refused append leaves no claim, as in PostgreSQL. A process that dies between the two
//   writes, or loses its connection during the second, leaves the claim held for its value until it
//   expires: a retry with the same value goes on, another value is refused meanwhile.
// Claim streams are left out of reads of all events (they are not the application's events).
import { randomUUID } from 'node:crypto';
import { type AppendClaim, ClaimConflict } from '../port.ts';

export const CLAIM_STREAM_PREFIX = 'claim-';
/** Takeover attempts when racers keep taking the same expired claim over before this one. */
const MAX_TAKEOVER_ATTEMPTS = 5;

export type ClaimEvent = {
  type: 'ClaimRecorded' | 'ClaimTakenOver' | 'ClaimReleased';
  id: string;
  data: { value: string | null; expires_at: string };
};

export type ClaimStreamAccess = {
  /** Appends one event; false when the stream was not at `expected` (another writer was first). */
  append(stream: string, event: ClaimEvent, expected: 'no_stream' | bigint): Promise<boolean>;
  /** The stream's last event and its revision, or null when it does not exist. */
  readLast(stream: string): Promise<{ revision: bigint; data: ClaimEvent['data'] } | null>;
};

function claimStreamName(claim: Pick<AppendClaim, 'scope' | 'key'>): string {
  return `${CLAIM_STREAM_PREFIX}${claim.scope}-${claim.key}`;
}

/** What the caller does if its events are then refused: release the claim this call wrote, if any. */
export type HeldClaim = { release(): Promise<void> };

export async function takeClaim(
  access: ClaimStreamAccess,
  streamName: string,
  claim: AppendClaim,
): Promise<HeldClaim> {
  const stream = claimStreamName(claim);
  const expiresAt = () => new Date(Date.now() + claim.expiresAfterMs).toISOString();
  // Fresh ids: a write repeated after a lost answer is then refused as a wrong expected revision
  // and finds its own value, which goes on but is never released by this call (it cannot tell its
  // own write from a racer's with the same value, whose claim it must not release).
  const recorded: ClaimEvent = {
    type: 'ClaimRecorded',
    id: randomUUID(),
    data: { value: claim.value, expires_at: expiresAt() },
  };
  if (await access.append(stream, recorded, 'no_stream')) return releaser(access, stream, 0n);
  for (let attempt = 0; attempt < MAX_TAKEOVER_ATTEMPTS; attempt++) {
    const last = await access.readLast(stream);
    if (!last) throw new Error(`claim stream ${stream} reported existing but is empty`);
    const free = last.data.value === null || Date.parse(last.data.expires_at) <= Date.now();
    if (last.data.value === claim.value && !free) return { release: async () => {} };
    if (!free) throw new ClaimConflict(streamName, claim.scope, claim.key);
    const takeover: ClaimEvent = {
      type: 'ClaimTakenOver',
      id: randomUUID(),
      data: { value: claim.value, expires_at: expiresAt() },
    };
    if (await access.append(stream, takeover, last.revision))
      return releaser(access, stream, last.revision + 1n);
  }
  throw new ClaimConflict(streamName, claim.scope, claim.key);
}

function releaser(access: ClaimStreamAccess, stream: string, revision: bigint): HeldClaim {
  return {
    async release() {
      // At the revision written: if another writer took the claim over since, it is theirs now.
      await access.append(
        stream,
        {
          type: 'ClaimReleased',
          id: randomUUID(),
          data: { value: null, expires_at: new Date(0).toISOString() },
        },
        revision,
      );
    },
  };
}
