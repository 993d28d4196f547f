import { randomUUID } from 'node:crypto';
import { HttpProblem } from '@payouts/platform';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { directionRuns, parseOrdering, reverseOrdering } from './ordering.ts';

describe('orderings', () => {
  it('end with id, in the direction of the last key', () => {
    expect(parseOrdering()).toEqual([
      { field: 'created_at', descending: true },
      { field: 'id', descending: true },
    ]);
    expect(parseOrdering('status,-amount,updated_at')).toEqual([
      { field: 'status', descending: false },
      { field: 'amount', descending: true },
      { field: 'updated_at', descending: false },
      { field: 'id', descending: false },
    ]);
  });

  it('reverse every key for a previous page', () => {
    expect(reverseOrdering(parseOrdering('status,-created_at')).map((k) => k.descending)).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('split into runs of one direction, one row comparison each', () => {
    const runs = directionRuns(parseOrdering('status,-created_at'));
    expect(runs.map((run) => run.map((k) => k.field))).toEqual([['status'], ['created_at', 'id']]);
    expect(directionRuns(parseOrdering('-amount'))).toHaveLength(1);
  });
});

describe('cursors', () => {
  const keys = parseOrdering('-amount,created_at');
  const valid = {
    o: '-amount,created_at',
    v: ['10.50', '2026-01-01T00:00:00.123456Z'],
    i: randomUUID(),
    d: 'n' as const,
  };

  it('round-trip what the API issues', () => {
    expect(decodeCursor(encodeCursor(valid), '-amount,created_at', keys)).toEqual(valid);
  });

  const refusals: [string, string][] = [
    ['garbage', 'not base64 json at all'],
    ['another ordering', encodeCursor({ ...valid, o: 'amount' })],
    ['a value of the wrong type', encodeCursor({ ...valid, v: ['ten', valid.v[1]!] })],
    ['a millisecond timestamp', encodeCursor({ ...valid, v: ['10.50', '2026-01-01T00:00:00.123Z'] })],
    ['too few values', encodeCursor({ ...valid, v: ['10.50'] })],
    ['an unknown direction', Buffer.from(JSON.stringify({ ...valid, d: 'x' })).toString('base64url')],
    ['an extra field', Buffer.from(JSON.stringify({ ...valid, x: 1 })).toString('base64url')],
  ];
  for (const [what, text] of refusals) {
    it(`refuse ${what} as a 400 naming cursor`, () => {
      try {
        decodeCursor(text, '-amount,created_at', keys);
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(HttpProblem);
        expect((err as HttpProblem).status).toBe(400);
        expect((err as HttpProblem).extra.errors?.[0]?.field).toBe('cursor');
      }
    });
  }
});
