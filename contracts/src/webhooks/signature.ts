// `Payouts-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...]`: an HMAC-SHA256 of `<t>.<raw body>`
// keyed with the endpoint's secret (the whole `whsec_...` string), one v1 per secret valid at the
// time of sending (two for 24 h after a rotation). The same scheme as Stripe's, so receivers know it.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'Payouts-Signature';
export const EVENT_ID_HEADER = 'Payouts-Event-Id';
export const SECRET_PREFIX = 'whsec_';
/** A receiver should refuse signatures older than this: it bounds how long a captured request replays. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** 32 random bytes, base64url: as strong as the HMAC key can use. */
export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function signatureOf(secret: string, timestampSeconds: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestampSeconds}.${body}`, 'utf8').digest('hex');
}

export function signatureHeader(secrets: readonly string[], timestampSeconds: number, body: string): string {
  if (secrets.length === 0) throw new Error('a webhook needs at least one secret to be signed');
  return [
    `t=${timestampSeconds}`,
    ...secrets.map((s) => `v1=${signatureOf(s, timestampSeconds, body)}`),
  ].join(',');
}

/**
 * What a receiver does (README has it as a snippet): true when one v1 matches `secret` and `t` is
 * within the tolerance of `nowSeconds`. `body` must be the raw text received, not re-serialised JSON.
 */
export function verifySignature(
  header: string,
  body: string,
  secret: string,
  nowSeconds: number,
  toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS,
): boolean {
  const parts = header.split(',').map((p) => p.trim().split('='));
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signatureOf(secret, t, body), 'hex');
  return parts.some(([k, v]) => {
    if (k !== 'v1' || v === undefined || !/^[0-9a-f]{64}$/.test(v)) return false;
    return timingSafeEqual(Buffer.from(v, 'hex'), expected);
  });
}
