import { HttpProblem } from '@payouts/platform';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { parseOrdering } from './ordering.ts';

const ID = '0b0a4e0e-7c55-4c4b-9d7e-6a0f2f5e8c11';
const cursorAt = (value: string) => encodeCursor({ o: '-created_at', v: [value], i: ID, d: 'n' });

describe('page cursors', () => {
  it('takes one this API issued', () => {
    const text = cursorAt('2026-12-07T12:25:44.334123Z');
    expect(decodeCursor(text, '-created_at', parseOrdering('-created_at')).v).toEqual([
      '2026-12-07T12:25:44.334123Z',
    ]);
  });

  it.each([
    '2026-02-30T12:25:44.334000Z',
    '2026-04-31T12:25:44.334000Z',
    '2026-02-29T12:25:44.334000Z',
    '0000-01-01T00:00:00.000000Z',
    '2026-12-07T24:00:00.000000Z',
  ])('refuses a tampered one holding %s as a 400 naming cursor', (value) => {
    let thrown: unknown;
    try {
      decodeCursor(cursorAt(value), '-created_at', parseOrdering('-created_at'));
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(HttpProblem);
    expect((thrown as HttpProblem).status).toBe(400);
    expect((thrown as HttpProblem).extra.errors).toEqual([{ field: 'cursor', message: expect.any(String) }]);
  });
});
