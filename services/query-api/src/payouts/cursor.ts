// Opaque page cursors: the sort key of the row a page starts after, and which way to go. Tampered
// or foreign cursors are refused as a 400 naming `cursor`.
import { validationProblem } from '@payouts/platform';
import { z } from 'zod';

const Cursor = z.strictObject({
  /** created_at and id of the boundary row. */
  c: z.iso.datetime(),
  i: z.uuid(),
  /** n: rows after the boundary (next page); p: rows before it (previous page). */
  d: z.enum(['n', 'p']),
});
export type Cursor = z.infer<typeof Cursor>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

export function decodeCursor(text: string): Cursor {
  try {
    return Cursor.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
  } catch {
    throw validationProblem([{ field: 'cursor', message: 'not a cursor this API issued' }]);
  }
}
