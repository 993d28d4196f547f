// List orderings: the client's sort keys, then `id` as the tie-breaker, so every row has exactly one
// place and keyset pages never skip or repeat a row whose sort keys equal its neighbour's.
import type { PayoutOrderingField } from '@payouts/contracts';

export const DEFAULT_ORDERING = '-created_at';

export type SortField = PayoutOrderingField | 'id';
export type SortKey = { field: SortField; descending: boolean };

/** `status,-created_at` -> status asc, created_at desc, id desc (id follows the last key's direction). */
export function parseOrdering(text: string = DEFAULT_ORDERING): SortKey[] {
  const keys: SortKey[] = text.split(',').map((part) => ({
    field: part.replace(/^-/, '') as PayoutOrderingField,
    descending: part.startsWith('-'),
  }));
  const last = keys.at(-1)!;
  return [...keys, { field: 'id', descending: last.descending }];
}

/** The same keys read the other way: a previous page is the next page of the reversed order. */
export function reverseOrdering(keys: SortKey[]): SortKey[] {
  return keys.map((k) => ({ ...k, descending: !k.descending }));
}

/**
 * Splits keys into runs that share a direction. A keyset condition is one row comparison per run:
 * `(a, b, id) < (x, y, z)` when every key goes one way, and a union of branches when they mix.
 */
export function directionRuns(keys: SortKey[]): SortKey[][] {
  const runs: SortKey[][] = [];
  for (const key of keys) {
    const run = runs.at(-1);
    if (run && run[0]!.descending === key.descending) run.push(key);
    else runs.push([key]);
  }
  return runs;
}
