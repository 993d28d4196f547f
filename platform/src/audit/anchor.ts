// A signed anchor: a statement of every event from where the previous anchor ended up to a position,
// each with its chain hash, signed with the audit key (Ed25519). Anchors form a chain of their own
// (each names the SHA-256 of the previous statement and starts where it ended), so none can be left
// out or put back in another order without the next one saying so.
//
// What is signed is the statement's exact text (UTF-8), kept and exported as it was signed: nobody
// has to rebuild the bytes to check a signature, and `openssl pkeyutl -verify -rawin` can do it.
import { createHash, sign, verify } from 'node:crypto';
import { z } from 'zod';
import { comparePositions, isPositionText, parsePositionText } from '../eventStore/port.ts';
import type { PublicKeyRing, SigningKey } from './auditKeys.ts';

export const ANCHOR_FORMAT = 'payouts-audit-anchor/1';

/** `<commit>:<prepare>`, as audit exports show positions. */
const PositionText = z.string().refine(isPositionText, 'not a position <commit>:<prepare>');
const Hex256 = z.string().regex(/^[0-9a-f]{64}$/);

/** One anchored event: `[event_id, stream_name, revision, position, chain hash (hex)]`, in commit order. */
export const AnchoredEvent = z.tuple([
  z.string().min(1),
  z.string().min(1),
  z.string().regex(/^\d{1,20}$/),
  PositionText,
  Hex256,
]);
export type AnchoredEvent = z.infer<typeof AnchoredEvent>;

export const AnchorStatement = z.object({
  format: z.literal(ANCHOR_FORMAT),
  /** 1 for the first anchor, then one more each time. */
  sequence: z.number().int().min(1),
  /** SHA-256 (hex) of the previous anchor's statement text; null for the first. */
  previous: Hex256.nullable(),
  /** The signing key's id (SHA-256 of its public key's DER). */
  key_id: Hex256,
  signed_at: z.string(),
  /** Exclusive: where the previous anchor ended; null from the first event. */
  after_position: PositionText.nullable(),
  /** Inclusive: the last event covered, which is the last of `events`. */
  to_position: PositionText,
  events: z.array(AnchoredEvent).min(1),
});
export type AnchorStatement = z.infer<typeof AnchorStatement>;

/** An anchor as stored and exported: one NDJSON line of `GET /api/v1/payouts/audit/anchors`. */
export const SignedAnchor = z.object({
  sequence: z.number().int().min(1),
  /** The signed statement's exact text (JSON). */
  statement: z.string(),
  /** The Ed25519 signature of the statement's UTF-8 bytes, base64. */
  signature: z.string(),
});
export type SignedAnchor = z.infer<typeof SignedAnchor>;

export function signAnchor(statement: AnchorStatement, key: SigningKey): SignedAnchor {
  const text = JSON.stringify(statement);
  const signature = sign(null, Buffer.from(text, 'utf8'), key.privateKey).toString('base64');
  return { sequence: statement.sequence, statement: text, signature };
}

export function statementDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** What the next anchor must follow: the last valid anchor's sequence, statement text and end. */
export type AnchorLink = { sequence: number; statement: string; to_position: string };

export type AnchorCheck =
  | { ok: true; statement: AnchorStatement; link: AnchorLink }
  | { ok: false; reason: string };

/**
 * Checks one anchor on its own and against the one before it (null for the first): a well-formed
 * statement, signed by a trusted key, following the previous anchor without a gap, its events in
 * commit order inside its range.
 */
export function checkAnchor(
  anchor: SignedAnchor,
  keys: PublicKeyRing,
  previous: AnchorLink | null,
): AnchorCheck {
  let statement: AnchorStatement;
  try {
    statement = AnchorStatement.parse(JSON.parse(anchor.statement));
  } catch {
    return { ok: false, reason: 'its statement is not a well-formed anchor statement' };
  }
  if (statement.sequence !== anchor.sequence) {
    return { ok: false, reason: `its statement says it is anchor #${statement.sequence}` };
  }
  const key = keys.get(statement.key_id);
  if (!key) {
    return { ok: false, reason: `signed with key ${statement.key_id}, which is not a trusted public key` };
  }
  const signature = Buffer.from(anchor.signature, 'base64');
  if (signature.length !== 64 || !verify(null, Buffer.from(anchor.statement, 'utf8'), key, signature)) {
    return { ok: false, reason: `its signature does not verify with key ${statement.key_id}` };
  }
  const expected = (previous?.sequence ?? 0) + 1;
  if (statement.sequence !== expected) {
    return {
      ok: false,
      reason: previous
        ? `anchor #${expected} is missing: #${statement.sequence} follows #${previous.sequence}`
        : `the first anchor is #${statement.sequence}: anchors from #1 are missing`,
    };
  }
  if (statement.previous !== (previous ? statementDigest(previous.statement) : null)) {
    return {
      ok: false,
      reason: `it does not follow anchor #${previous?.sequence}: its previous hash differs`,
    };
  }
  if (statement.after_position !== (previous?.to_position ?? null)) {
    return { ok: false, reason: `it does not start where anchor #${previous?.sequence} ended` };
  }
  let after = statement.after_position === null ? null : parsePositionText(statement.after_position);
  for (const event of statement.events) {
    const position = parsePositionText(event[3]);
    if (after !== null && comparePositions(position, after) <= 0) {
      return { ok: false, reason: `its events are not in commit order inside its range (at ${event[3]})` };
    }
    after = position;
  }
  if (statement.events.at(-1)![3] !== statement.to_position) {
    return { ok: false, reason: 'its last event is not at its to_position' };
  }
  return {
    ok: true,
    statement,
    link: { sequence: statement.sequence, statement: anchor.statement, to_position: statement.to_position },
  };
}
