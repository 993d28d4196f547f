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

/** The search condition alone (null without a search): it gets its own plan, see selectPage. */
function searchCondition(f: ListFilters): RawBuilder<unknown> | null {
  if (f.search === undefined) return null;
  const pattern = containsPattern(f.search);
  return sql`(recipient_account ilike ${pattern} or description ilike ${pattern})`;
}

/**
 * A search of at least this many characters is also looked up by its grams of this length
 * (`payouts_search_grams`, read model migration 004): a rare term then costs the same at any table
 * size, where its trigrams' posting lists grow with the table. Shorter terms use the trigram indexes.
 */
const SEARCH_GRAM_LENGTH = 6;

/**
 * The search condition as the `matches` plan collects it: with the gram lookup for a long enough
 * term. Only there: walking and the planner's estimate of the matches keep the plain condition, for
 * the estimate of a containment of common grams says too little about a common term.
 *
 * Beside the grams, the term is matched with `strpos` on lower-cased text, which is what ILIKE does
 * in a UTF-8 database, but which no trigram index serves: combined with a trigram index, whose
 * matches are lossy, every row found would recompute its grams (a plpgsql function) in the recheck,
 * 98 ms instead of 7 for a term in 7,000 rows at 1M. The gram containment alone is exact.
 */
function matchesCondition(f: ListFilters): RawBuilder<unknown> | null {
  const search = searchCondition(f);
  // In characters, as PostgreSQL's length() counts them (a string's length counts UTF-16 units).
  if (search === null || [...(f.search ?? '')].length < SEARCH_GRAM_LENGTH) return search;
  return sql`payout_search_grams(recipient_account, description) @> payout_search_grams(${f.search}, null)
    and (strpos(lower(recipient_account), lower(${f.search})) > 0
      or strpos(lower(description), lower(${f.search})) > 0)`;
}

/** Every condition but the search. */
function filterConditions(tenant: string, f: ListFilters): RawBuilder<unknown>[] {
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
function keysetBranches(keys: SortKey[], boundary: Boundary): RawBuilder<unknown>[] {
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

/** The cursor's timestamps with microseconds, computed for the rows returned only. */
const CURSOR_COLUMNS = sql`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_created_at,
  to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_updated_at`;

export type PageRequest = {
  tenant: string;
  filters: ListFilters;
  keys: SortKey[];
  boundary: Boundary | null;
  count: number;
};

/**
 * Rows a search first looks for by walking the ordered index: a common term finds its page among
 * them, and walking them costs the same at any table size (about a millisecond).
 */
export const SEARCH_WALK_ROWS = 1_000;

/**
 * Rows walked per row the page needs, for pages larger than SEARCH_WALK_ROWS covers this way: a term
 * in at least one row in 50 finds a page of any size in the walk. With a fixed 1,000 rows, a term in
 * one row in 15 filled a page of 20 but not one of 100, which then collected every match (67,000 at
 * 1M rows: 1.1 s). The walk stops at the page's last match, so a common term reads only the rows it
 * needs, however many it may walk.
 */
const SEARCH_WALK_ROWS_PER_ROW = 50;

/** How many rows a walk may read for a page of `count` rows. */
export function searchWalkRows(count: number): number {
  return Math.max(SEARCH_WALK_ROWS, count * SEARCH_WALK_ROWS_PER_ROW);
}

/**
 * How a search is planned. `walk`: the first searchWalkRows(count) rows in page order (through the
 * ordering's index), filtered by the search. `matches`: every match first (through the gram or
 * trigram indexes), then ordered. PostgreSQL's own choice between the two prices a term by how many rows
 * match, not by where they are, and goes badly wrong when they cluster far from the page's start:
 * it walked 200,000 rows at 1M (about 600 ms) where `matches` took 45 ms.
 */
export type SearchPlan = 'walk' | 'matches';

/** The SQL of one page: up to `count` rows after `boundary` (or from the start) in the order of `keys`. */
export function pageQuery(request: PageRequest, searchPlan: SearchPlan = 'walk'): RawBuilder<PageRow> {
  const { keys, count } = request;
  const filters = filterConditions(request.tenant, request.filters);
  const search = searchCondition(request.filters);
  const order = orderBy(keys);
  const branches = request.boundary ? keysetBranches(keys, request.boundary) : [sql`true`];
  const source = search && searchPlan === 'matches' ? sql`matched` : sql`payouts`;
  const branchQuery = (condition: RawBuilder<unknown>, index: number) => {
    const where = sql.join([...filters, condition], sql` and `);
    if (!search || searchPlan === 'matches') {
      return sql<PageRow>`select *, ${CURSOR_COLUMNS}, ${sql.lit(index)} as branch from ${source}
        where ${where} order by ${order} limit ${count}`;
    }
    // The cursor columns outside the walk: computed for the page's rows, not for every row walked.
    return sql<PageRow>`select *, ${CURSOR_COLUMNS} from (
        select *, ${sql.lit(index)} as branch from payouts where ${where}
        order by ${order} limit ${searchWalkRows(count)}
      ) as walked where ${search} order by ${order} limit ${count}`;
  };
  const page =
    branches.length === 1
      ? branchQuery(branches[0]!, 0)
      : sql<PageRow>`select * from (${sql.join(
          branches.map((b, i) => sql`(${branchQuery(b, i)})`),
          sql` union all `,
        )}) as page order by branch, ${order} limit ${count}`;
  if (!search || searchPlan === 'walk') return page;
  // Materialized, so that the search is planned on its own: through the gram or trigram indexes.
  return sql<PageRow>`with matched as materialized (
      select * from payouts where tenant_id = ${request.tenant} and ${matchesCondition(request.filters)}
    ) ${page}`;
}

/**
 * Below this many matches (as PostgreSQL estimates them) collecting every match through the search
 * indexes costs a few milliseconds at any table size, so a search starts there instead of walking.
 */
export const SEARCH_MATCHES_FIRST = 5_000;

/** PostgreSQL's estimate of the tenant's rows a search matches (planning only, nothing is read). */
export async function estimatedMatches(db: Kysely<ReadModel>, request: PageRequest): Promise<number> {
  const search = searchCondition(request.filters)!;
  const query = sql`select 1 from payouts where tenant_id = ${request.tenant} and ${search}`.compile(db);
  const { rows } = await db.executeQuery<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>({
    ...query,
    sql: `explain (format json) ${query.sql}`,
  });
  return rows[0]!['QUERY PLAN'][0].Plan['Plan Rows'];
}

/**
 * A search the planner thinks rare collects its matches at once. Otherwise it walks first, and only
 * when the walk did not fill the page (matches far from the page's start, fewer than estimated, or
 * simply the last page) collects the matches. A full walked page is exactly the first matches only
 * when one walk covers the page: with several branches (mixed directions after a cursor) a later
 * branch could fill it past matches an earlier one did not reach, so those pages collect the matches.
 */
export async function selectPage(db: Kysely<ReadModel>, request: PageRequest): Promise<PageRow[]> {
  if (request.filters.search === undefined) return (await pageQuery(request).execute(db)).rows;
  const oneBranch = request.boundary === null || directionRuns(request.keys).length === 1;
  if (oneBranch && (await estimatedMatches(db, request)) > SEARCH_MATCHES_FIRST) {
    const walked = (await pageQuery(request, 'walk').execute(db)).rows;
    if (walked.length >= request.count) return walked;
  }
  return (await pageQuery(request, 'matches').execute(db)).rows;
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
