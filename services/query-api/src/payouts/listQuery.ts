// One page of the payouts list as SQL: the tenant, the filters, and a keyset condition over the sort
// keys, ordered and limited so that an index led by (tenant_id, <filter or sort keys>, id) reads
// only the rows it returns, however deep the page. Mixed directions (`status,-created_at`) become a
// union of branches, each a plain index range, because one row comparison cannot mix directions.
import type { ListPayoutsQuery } from '@payouts/contracts';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { PayoutRow } from '../readModel/rows.ts';
import type { ReadModel } from '../readModel/schema.ts';
import { directionRuns, type SortField, type SortKey } from './ordering.ts';

export type ListFilters = Omit<ListPayoutsQuery, 'limit' | 'cursor' | 'ordering'>;

/** The row a page starts after: its sort key values (ordering order, no id) and id. */
export type Boundary = { values: string[]; id: string };

export type PageRow = PayoutRow & { cursor_created_at: string; cursor_updated_at: string };

const CAST: Record<SortField, string> = {
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
  amount: 'numeric',
  status: 'text',
  id: 'uuid',
};

/** A date without a time means that day's midnight UTC. */
function instant(text: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
}

/** `%`, `_` and `\` in a search are literal characters, not patterns. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

export function filterConditions(tenant: string, f: ListFilters): RawBuilder<unknown>[] {
  const where: RawBuilder<unknown>[] = [sql`tenant_id = ${tenant}`];
  if (f.status !== undefined) where.push(sql`status in (${sql.join(f.status.split(','))})`);
  // Stored upper-case, so the case-insensitive filter is an equality the index serves.
  if (f.currency !== undefined) where.push(sql`currency = ${f.currency.toUpperCase()}`);
  if (f.min_amount !== undefined) where.push(sql`amount >= ${f.min_amount}::numeric`);
  if (f.max_amount !== undefined) where.push(sql`amount <= ${f.max_amount}::numeric`);
  if (f.created_after !== undefined) where.push(sql`created_at >= ${instant(f.created_after)}`);
  if (f.created_before !== undefined) where.push(sql`created_at <= ${instant(f.created_before)}`);
  if (f.updated_after !== undefined) where.push(sql`updated_at >= ${instant(f.updated_after)}`);
  if (f.updated_before !== undefined) where.push(sql`updated_at <= ${instant(f.updated_before)}`);
  if (f.recipient_account !== undefined) where.push(sql`recipient_account = ${f.recipient_account}`);
  if (f.search !== undefined) {
    const pattern = containsPattern(f.search);
    where.push(sql`(recipient_account ilike ${pattern} or description ilike ${pattern})`);
  }
  return where;
}

function typed(field: SortField, value: string): RawBuilder<unknown> {
  return sql`${value}::${sql.raw(CAST[field])}`;
}

/**
 * The keyset condition "comes after the boundary in this order", one branch per direction run:
 * branch j holds the runs before j equal and compares run j as a row. Branches are returned deepest
 * first, which is also the order their rows come in.
 */
export function keysetBranches(keys: SortKey[], boundary: Boundary): RawBuilder<unknown>[] {
  const values = [...boundary.values, boundary.id];
  const boundaryValue = new Map(keys.map((k, i) => [k.field, values[i]!]));
  const runs = directionRuns(keys);
  const branches = runs.map((run, j) => {
    const equal = runs.slice(0, j).flat();
    const conditions = equal.map(
      (k) => sql`${sql.ref(k.field)} = ${typed(k.field, boundaryValue.get(k.field)!)}`,
    );
    const columns = sql.join(run.map((k) => sql.ref(k.field)));
    const bounds = sql.join(run.map((k) => typed(k.field, boundaryValue.get(k.field)!)));
    conditions.push(sql`(${columns}) ${sql.raw(run[0]!.descending ? '<' : '>')} (${bounds})`);
    return sql.join(conditions, sql` and `);
  });
  return branches.reverse();
}

function orderBy(keys: SortKey[]): RawBuilder<unknown> {
  return sql.join(keys.map((k) => sql`${sql.ref(k.field)} ${sql.raw(k.descending ? 'desc' : 'asc')}`));
}

const SELECT = sql`*,
  to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_created_at,
  to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_updated_at`;

export type PageRequest = {
  tenant: string;
  filters: ListFilters;
  keys: SortKey[];
  boundary: Boundary | null;
  count: number;
};

/** The SQL of one page: up to `count` rows after `boundary` (or from the start) in the order of `keys`. */
export function pageQuery(request: PageRequest): RawBuilder<PageRow> {
  const { keys, count } = request;
  const filters = filterConditions(request.tenant, request.filters);
  const order = orderBy(keys);
  const branches = request.boundary ? keysetBranches(keys, request.boundary) : [sql`true`];
  const branchQuery = (condition: RawBuilder<unknown>, index: number) =>
    sql<PageRow>`select ${SELECT}, ${sql.lit(index)} as branch from payouts
        where ${sql.join([...filters, condition], sql` and `)}
        order by ${order} limit ${count}`;
  if (branches.length === 1) return branchQuery(branches[0]!, 0);
  const union = sql.join(
    branches.map((b, i) => sql`(${branchQuery(b, i)})`),
    sql` union all `,
  );
  return sql<PageRow>`select * from (${union}) as page order by branch, ${order} limit ${count}`;
}

export async function selectPage(db: Kysely<ReadModel>, request: PageRequest): Promise<PageRow[]> {
  return (await pageQuery(request).execute(db)).rows;
}

/** The boundary values a cursor stores for `row`. */
export function boundaryOf(row: PageRow, keys: SortKey[]): Boundary {
  const values = keys
    .filter((k) => k.field !== 'id')
    .map((k) => {
      switch (k.field) {
        case 'created_at':
          return row.cursor_created_at;
        case 'updated_at':
          return row.cursor_updated_at;
        case 'amount':
          return row.amount;
        default:
          return row.status;
      }
    });
  return { values, id: row.id };
}
