// What makes two create requests "the same": the validated body in a canonical form, hashed. The
// payout id of a keyed create is derived from the tenant, the key and that fingerprint, so every
// retry of one request aims at the same event stream and the store's `no_stream` check lets exactly
// one of them create it, whatever crashes or races happen in between.
import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every depth, so key order in the client's body does not matter. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function requestFingerprint(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body), 'utf8').digest('hex');
}

/** A UUID (version 8, RFC 9562 "custom") from SHA-256 of tenant, key and fingerprint. */
export function idempotentPayoutId(tenant: string, key: string, fingerprint: string): string {
  const bytes = createHash('sha256').update(`${tenant}\n${key}\n${fingerprint}`, 'utf8').digest();
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
