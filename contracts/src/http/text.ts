// Which characters a client's text may hold. Everything stored must be stored exactly as sent, and
// PostgreSQL can store neither NUL nor an unpaired UTF-16 surrogate (text and jsonb both refuse them),
// so those are refused everywhere, in bodies and in query parameters alike. Identifiers (a recipient
// account, a metadata key) are stricter: money must never move to an account that differs from what
// the client meant by an invisible character, so control and format characters (BEL, ESC, DEL, the
// C1 controls, bidirectional overrides, zero-width joiners) and line breaks are refused there too.
// Free text (a description, a metadata value) may hold tab, line feed and carriage return, nothing
// else below U+0020, no DEL and no C1 control.
import { z } from 'zod';

/** Lone surrogates (unpaired halves of a UTF-16 pair): not Unicode text, and PostgreSQL refuses them. */
const LONE_SURROGATE = /\p{Cs}/u;
/** Controls, format characters, lone surrogates, line and paragraph separators. */
const NOT_IN_IDENTIFIER = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
/** Controls other than tab, line feed and carriage return, and lone surrogates. */
const NOT_IN_FREE_TEXT = /(?![\t\n\r])[\p{Cc}\p{Cs}]/u;

export type TextRule = 'identifier' | 'free text';

/** What is wrong with `text` under `rule`, in words a client can act on; null when nothing is. */
export function textProblem(text: string, rule: TextRule): string | null {
  const forbidden = rule === 'identifier' ? NOT_IN_IDENTIFIER : NOT_IN_FREE_TEXT;
  const match = forbidden.exec(text);
  if (match === null) return null;
  const char = match[0];
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  // Positions in characters as a person counts them (a pair of surrogates is one character).
  const position = [...text.slice(0, match.index)].length + 1;
  if (LONE_SURROGATE.test(char)) {
    return `must be valid Unicode text: an unpaired surrogate (${code}) at character ${position}`;
  }
  if (char === '\u0000') return `must not contain NUL (U+0000), found at character ${position}`;
  return rule === 'identifier'
    ? `must not contain control, formatting or line-break characters (${code} at character ${position})`
    : `must not contain control characters other than tab and line breaks (${code} at character ${position})`;
}

/** A string checked against `rule`; compose length limits before it. */
export function checkedText<T extends z.ZodString>(schema: T, rule: TextRule) {
  return schema.superRefine((text, ctx) => {
    const problem = textProblem(text, rule);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** An identifier of `min`..`max` characters: no control, format or line-break character. */
export const identifierText = (min: number, max: number) =>
  checkedText(
    z
      .string()
      .min(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`)
      .max(max, `must be at most ${max} characters`),
    'identifier',
  );

/** Free text of at most `max` characters: tab and line breaks allowed, other controls not. */
export const freeText = (max: number) =>
  checkedText(z.string().max(max, `must be at most ${max} characters`), 'free text');
