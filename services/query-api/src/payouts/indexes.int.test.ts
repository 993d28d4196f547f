// Every ordering (forwards, backwards, after a cursor) and every filter the list offers is served by
// an index: PostgreSQL's plans for the very SQL the list runs, with sequential scans and sorts
// priced out, still need neither. Timings belong to bench/read-api; this checks the plans' shape.
import { randomUUID } from 'node:crypto';
import { type CompiledQuery, type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadModel } from '../readModel/schema.ts';
import { createQueryTestbed, type QueryTestbed } from '../testing/queryTestbed.ts';
import { type ListFilters, pageQuery, searchWalkRows } from './listQuery.ts';
import { parseOrdering, reverseOrdering } from './ordering.ts';

type PlanNode = {
  'Node Type': string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
};

/** PostgreSQL's plan of `query`, without running it. */
async function explain(conn: Kysely<ReadModel>, query: CompiledQuery): Promise<PlanNode> {
  const { rows } = await conn.executeQuery<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>({
    ...query,
    sql: `explain (format json) ${query.sql}`,
  });
  return rows[0]!['QUERY PLAN'][0].Plan;
}

function nodes(
  plan: PlanNode,
  parent: PlanNode | null = null,
): { node: PlanNode; parent: PlanNode | null }[] {
  return [{ node: plan, parent }, ...(plan.Plans ?? []).flatMap((child) => nodes(child, plan))];
}

describe('list plans', () => {
  let bed: QueryTestbed;
  beforeAll(async () => {
    bed = await createQueryTestbed();
    await sql`insert into payouts (id, tenant_id, status, amount, currency, recipient_account, description,
        metadata, created_at, updated_at, revision)
      select gen_random_uuid(), case when i % 10 = 0 then 'other' else 'tenant-a' end,
        (array['pending','processing','completed','failed','cancelled'])[1 + i % 5],
        round(1 + (i * 7919 % 100000) / 100.0, 2), (array['RUB','USD','EUR'])[1 + (i / 5) % 3],
        '40817810' || lpad((i % 2000)::text, 12, '0'), 'Refund for order A-' || i, '{}',
        '2026-01-01'::timestamptz + i * interval '1 minute', '2026-01-01'::timestamptz + i * interval '61 second', 0
      from generate_series(1, 20000) i`.execute(bed.db);
    // vacuum, not only analyze: it also empties the trigram indexes' pending lists, as autovacuum would.
    await sql`vacuum analyze payouts`.execute(bed.db);
  });
  afterAll(async () => {
    await bed?.close();
  });

  async function plan(
    filters: ListFilters,
    ordering: string,
    options: { cursor?: boolean; backwards?: boolean } = {},
  ) {
    let keys = parseOrdering(ordering);
    if (options.backwards) keys = reverseOrdering(keys);
    const boundary = options.cursor
      ? {
          values: keys
            .filter((k) => k.field !== 'id')
            .map((k) =>
              k.field === 'amount'
                ? '500.00'
                : k.field === 'status'
                  ? 'failed'
                  : '2026-01-05T00:00:00.000000Z',
            ),
          id: randomUUID(),
        }
      : null;
    const query = pageQuery({ tenant: 'tenant-a', filters, keys, boundary, count: 21 }).compile(bed.db);
    return bed.db.connection().execute(async (conn) => {
      // Priced out, not forbidden: they appear in a plan only if no index can serve it.
      await sql`set enable_seqscan = off`.execute(conn);
      await sql`set enable_sort = off`.execute(conn);
      try {
        return await explain(conn, query);
      } finally {
        await sql`reset enable_seqscan`.execute(conn);
        await sql`reset enable_sort`.execute(conn);
      }
    });
  }

  /** No sequential scan; a sort only over the few rows of union branches that are each index-ordered. */
  function expectIndexOrdered(root: PlanNode) {
    for (const { node } of nodes(root)) {
      expect(node['Node Type']).not.toBe('Seq Scan');
      if (node['Node Type'] === 'Sort' || node['Node Type'] === 'Incremental Sort') {
        expect(node.Plans?.[0]?.['Node Type']).toBe('Append');
      }
    }
  }

  const orderings = [
    '-created_at',
    'created_at',
    'amount',
    '-amount',
    'updated_at',
    '-updated_at',
    'status',
    '-status',
    'status,-created_at',
    '-status,created_at',
  ];
  for (const ordering of orderings) {
    it(`orders by ${ordering} from an index: first page, after a cursor, and backwards`, async () => {
      expectIndexOrdered(await plan({}, ordering));
      expectIndexOrdered(await plan({}, ordering, { cursor: true }));
      expectIndexOrdered(await plan({}, ordering, { cursor: true, backwards: true }));
    });
  }

  const filters: [string, ListFilters, string, RegExp][] = [
    ['status', { status: 'pending' }, '-created_at', /status/],
    ['status, newest last', { status: 'failed' }, 'created_at', /status/],
    ['currency', { currency: 'usd' }, '-created_at', /currency/],
    ['recipient_account', { recipient_account: '40817810000000000042' }, '-created_at', /recipient_account/],
    [
      'created range',
      { created_after: '2026-01-03', created_before: '2026-01-04' },
      '-created_at',
      /created_at/,
    ],
    ['amount range', { min_amount: '100', max_amount: '200' }, 'amount', /amount/],
    [
      'updated range',
      { updated_after: '2026-01-03', updated_before: '2026-01-04' },
      '-updated_at',
      /updated_at/,
    ],
  ];
  for (const [name, filter, ordering, column] of filters) {
    it(`narrows the index range by the ${name} filter`, async () => {
      const root = await plan(filter, ordering);
      expectIndexOrdered(root);
      const conditions = nodes(root)
        .map(({ node }) => node['Index Cond'] ?? '')
        .join(' ');
      expect(conditions).toMatch(column);
    });
  }

  /** The plan of a search collecting its matches, with ordered index walks priced out. */
  async function searchPlan(search: string) {
    // An ordered index walk that filters is also a fine plan for a common term; without it, the
    // search must still find its rows through the search indexes rather than the table.
    return bed.db.connection().execute(async (conn) => {
      await sql`set enable_seqscan = off`.execute(conn);
      await sql`set enable_indexscan = off`.execute(conn);
      try {
        const query = pageQuery(
          {
            tenant: 'tenant-a',
            filters: { search },
            keys: parseOrdering('-created_at'),
            boundary: null,
            count: 21,
          },
          'matches',
        ).compile(bed.db);
        return await explain(conn, query);
      } finally {
        await sql`reset enable_seqscan`.execute(conn);
        await sql`reset enable_indexscan`.execute(conn);
      }
    });
  }
  const indexesIn = (root: PlanNode) => nodes(root).flatMap(({ node }) => node['Index Name'] ?? []);

  it('searches recipient_account and description through their trigram indexes', async () => {
    const indexes = indexesIn(await searchPlan('A-123'));
    expect(indexes).toContain('payouts_recipient_trgm');
    expect(indexes).toContain('payouts_description_trgm');
  });

  it('looks a rare search of six characters or more up by its grams alone, in either column', async () => {
    for (const search of ['A-12345', '00000001234']) {
      const indexes = indexesIn(await searchPlan(search));
      expect(indexes, search).toEqual(['payouts_search_grams']);
    }
  });

  it('collects a long term with many matches by its grams alone, never rechecking them row by row', async () => {
    // 'order A-1' is in 11,111 of the 20,000 descriptions. Combined with a trigram index (lossy),
    // every row found would recompute its grams in the recheck: 98 ms instead of 7 at 1M rows.
    const indexes = indexesIn(await searchPlan('order A-1'));
    expect(indexes).toEqual(['payouts_search_grams']);
  });

  it("walks a search's page of 100 down the ordering's index and stops at the page's last match", async () => {
    // 'A-1' is in 11,111 of the 20,000 descriptions: the page needs about 180 rows of the 5,050 it may walk.
    const request = {
      tenant: 'tenant-a',
      filters: { search: 'A-1' },
      keys: parseOrdering('-amount'),
      boundary: null,
      count: 101,
    };
    const query = pageQuery(request, 'walk').compile(bed.db);
    type Analyzed = PlanNode & { 'Actual Rows': number; Plans?: Analyzed[] };
    const { rows } = await bed.db.executeQuery<{ 'QUERY PLAN': [{ Plan: Analyzed }] }>({
      ...query,
      sql: `explain (analyze, timing off, format json) ${query.sql}`,
    });
    const root = rows[0]!['QUERY PLAN'][0].Plan;
    expect(root['Actual Rows']).toBe(101);
    const all = nodes(root).map(({ node }) => node as Analyzed);
    expect(all.flatMap((n) => n['Index Name'] ?? [])).toEqual(['payouts_tenant_amount']);
    const walk = all.filter((n) => n['Node Type'] === 'Limit')[1]!;
    expect(walk['Actual Rows']).toBeLessThan(searchWalkRows(101) / 10);
  });
});
