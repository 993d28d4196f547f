import { describe, expect, it } from 'vitest';
import { canonicalJson, idempotentPayoutId, requestFingerprint } from './fingerprint.ts';

describe('request fingerprint', () => {
  it('ignores key order and undefined fields, at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"x":1,"y":2}]},"b":1}',
    );
    expect(requestFingerprint({ a: '1', b: '2' })).toBe(requestFingerprint({ b: '2', a: '1' }));
    expect(requestFingerprint({ a: '1' })).not.toBe(requestFingerprint({ a: '2' }));
  });

  it('derives a stable version-8 UUID from tenant, key and fingerprint', () => {
    const id = idempotentPayoutId('acme', 'k1', 'f');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(idempotentPayoutId('acme', 'k1', 'f')).toBe(id);
    expect(idempotentPayoutId('globex', 'k1', 'f')).not.toBe(id);
    expect(idempotentPayoutId('acme', 'k2', 'f')).not.toBe(id);
    expect(idempotentPayoutId('acme', 'k1', 'g')).not.toBe(id);
  });
});
