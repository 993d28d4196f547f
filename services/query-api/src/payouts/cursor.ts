// Opaque page cursors: the ordering they belong to, the sort key values and id of the row a page
// starts after, and which way to go. Anything this API could not have issued (garbage, a value of the
// wrong type, a cursor of another ordering, a date no calendar has) is refused as a 400 naming
// `cursor`, before any of it reaches the database.
import { isMicrosecondTimestamp, PAYOUT_STATUSES } from '@payouts/contracts';
import { validationProblem } from '@payouts/platform';
import { z } from 'zod';
import type { SortField, SortKey } from './ordering.ts';

const Cursor = z.strictObject({
  /** The ordering parameter the cursor was issued for. */
  o: z.string(),
  /** Sort key values of the boundary row, in ordering order, without the id. */
  v: z.array(z.string()),
  /** id of the boundary row. */
  i: z.guid(),
  /** n: rows after the boundary (next page); p: rows before it (previous page). */
  d: z.enum(['n', 'p']),
});
export type Cursor = z.infer<typeof Cursor>;

/**
 * Timestamps keep the database's microseconds, or rows within one millisecond would be skipped. They
 * must be real instants PostgreSQL can hold: a real calendar day (JavaScript's Date.parse takes
 * `02-30` as March 2nd) of a year from 0001 (PostgreSQL has no year 0).
 */
const valueCheck: Record<Exclude<SortField, 'id'>, (v: string) => boolean> = {
  created_at: isMicrosecondTimestamp,
  updated_at: isMicrosecondTimestamp,
  amount: (v) => /^\d{1,30}(\.\d{1,30})?$/.test(v),
  status: (v) => (PAYOUT_STATUSES as readonly string[]).includes(v),
};

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

export function decodeCursor(text: string, ordering: string, keys: SortKey[]): Cursor {
  let cursor: Cursor;
  try {
    cursor = Cursor.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
  } catch {
    throw refused('not a cursor this API issued');
  }
  if (cursor.o !== ordering) throw refused('was issued for another ordering; start again without it');
  const valueKeys = keys.filter((k) => k.field !== 'id');
  const valid =
    cursor.v.length === valueKeys.length &&
    valueKeys.every((k, index) => valueCheck[k.field as Exclude<SortField, 'id'>](cursor.v[index]!));
  if (!valid) throw refused('not a cursor this API issued');
  return cursor;
}

function refused(message: string) {
  return validationProblem([{ field: 'cursor', message }]);
}
