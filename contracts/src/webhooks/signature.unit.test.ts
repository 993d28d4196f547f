import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, signatureHeader, verifySignature } from './signature.ts';

describe('Payouts-Signature', () => {
  it('is t and one v1 per secret, each an HMAC-SHA256 of "<t>.<body>"', () => {
    const [a, b] = [newWebhookSecret(), newWebhookSecret()];
    const body = '{"id":"x"}';
    const header = signatureHeader([a, b], 1_700_000_000, body);
    const expected = (s: string) => createHmac('sha256', s).update(`1700000000.${body}`).digest('hex');
    expect(header).toBe(`t=1700000000,v1=${expected(a)},v1=${expected(b)}`);
    expect(verifySignature(header, body, b, 1_700_000_010)).toBe(true);
    expect(verifySignature(header, `${body} `, a, 1_700_000_010)).toBe(false); // re-serialised body
    expect(verifySignature(header, body, a, 1_700_001_000)).toBe(false); // too old
    expect(verifySignature(header, body, newWebhookSecret(), 1_700_000_010)).toBe(false);
  });
});
