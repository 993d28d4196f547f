// A payout's ETag is its stream revision, quoted: `"3"`. It is a contract between the two APIs:
// command-api answers it on every write and checks If-Match against it, query-api answers it on
// reads and checks If-None-Match, and a client sends either one back to the other API.

export function payoutEtag(revision: bigint | string): string {
  return `"${revision}"`;
}

/** RFC 9110 If-Match: `*` or a list of entity tags; weak tags never match (strong comparison). */
export function ifMatchHolds(header: string, revision: bigint | string): boolean {
  const value = header.trim();
  if (value === '*') return true;
  const current = payoutEtag(revision);
  return value.split(',').some((tag) => tag.trim() === current);
}

/** RFC 9110 If-None-Match: `*` or a list of entity tags compared weakly; true when one names the revision. */
export function ifNoneMatchMatches(header: string | undefined, revision: bigint | string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const current = payoutEtag(revision);
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === current);
}
