import { describe, expect, it } from 'vitest';
import { CreatePayoutBody, UpdatePayoutBody } from '../api.ts';
import { ListPayoutsQuery } from './routes.ts';
import { textProblem } from './text.ts';

const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path.map(String).join('.')) ?? [];

describe('text a client sends', () => {
  it.each([
    ['NUL', 'ab\u0000cd', /NUL \(U\+0000\)/],
    ['a lone high surrogate', 'ab\ud800cd', /unpaired surrogate \(U\+D800\)/],
    ['a lone low surrogate', '\udfff', /unpaired surrogate \(U\+DFFF\)/],
  ])('refuses %s everywhere, in identifiers and free text', (_name, text, message) => {
    expect(textProblem(text, 'identifier')).toMatch(message);
    expect(textProblem(text, 'free text')).toMatch(message);
  });

  it.each([
    ['BEL', '\u0007'],
    ['ESC', '\u001b'],
    ['DEL', '\u007f'],
    ['a C1 control', '\u0085'],
    ['a right-to-left override', '\u202e'],
    ['a zero-width space', '\u200b'],
    ['tab', '\t'],
    ['line feed', '\n'],
    ['a line separator', '\u2028'],
  ])('refuses %s in an identifier', (_name, char) => {
    expect(textProblem(`4081${char}7810`, 'identifier')).toMatch(/at character 5/);
  });

  it('lets free text hold tab and line breaks, and nothing else below U+0020, nor DEL or C1', () => {
    expect(textProblem('line one\nline two\r\n\tindented', 'free text')).toBeNull();
    expect(textProblem('emoji 👍🏽 and ‮ are text', 'free text')).toBeNull();
    for (const char of ['\u0007', '\u001b', '\u007f', '\u009b', '\u000b', '\u000c']) {
      expect(textProblem(`x${char}`, 'free text')).toMatch(
        /control characters other than tab and line breaks/,
      );
    }
  });

  it('counts positions in characters, a surrogate pair being one', () => {
    expect(textProblem('👍\u0007', 'identifier')).toMatch(/U\+0007 at character 2/);
    expect(textProblem('IBAN DE89 3704 0044', 'identifier')).toBeNull();
  });

  it('is checked on every string field of a payout body, and on the list filters', () => {
    const body = {
      amount: '1.00',
      recipient_account: 'A\u0007',
      description: 'd\u0000',
      metadata: { 'k\u001b': 'v', good: '\ud800' },
    };
    expect(fieldsOf(CreatePayoutBody.safeParse(body)).sort()).toEqual(
      ['description', 'metadata', 'metadata.good', 'recipient_account'].sort(),
    );
    expect(fieldsOf(UpdatePayoutBody.safeParse({ description: '\udfff' }))).toEqual(['description']);
    expect(
      fieldsOf(ListPayoutsQuery.safeParse({ search: 'ab\u0000cd', recipient_account: '\u0000' })).sort(),
    ).toEqual(['recipient_account', 'search']);
  });
});
