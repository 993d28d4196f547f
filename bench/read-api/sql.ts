// The database's share of a list page: the SQL the list endpoint runs for each scenario, timed by
// PostgreSQL itself (EXPLAIN ANALYZE's execution time) at each size. On a machine whose other tenants
// keep its 2 cores busy, HTTP latency mostly measures waiting for a core; this shows whether the
// query's own cost depends on the table's size, and which index each scenario reads.
//
//   npx tsx bench/read-api/sql.ts     (after run.ts has made the databases; SIZES, SAMPLES=200, LIMIT=20)

import type { ListPayoutsQuery } from '@payouts/contracts';
import { createKysely, createLogger, createPool } from '@payouts/platform';
import type { ReadModel } from '@payouts/query-api';
import { type Kysely, sql } from 'kysely';
import {
  estimatedMatches,
  pageQuery,
  SEARCH_MATCHES_FIRST,
  type SearchPlan,
} from '../../services/query-api/src/payouts/listQuery.ts';
import { parseOrdering } from '../../services/query-api/src/payouts/ordering.ts';
import { percentile } from '../lib/percentile.ts';
import { BENCH_TENANT, COMMON_TERM, REGULAR_ACCOUNT } from './load.ts';

const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SIZES = (process.env.SIZES ?? '10000,100000,1000000').split(',').map(Number);
const SAMPLES = Number(process.env.SAMPLES ?? 200);
/** Rows a page asks for: its limit and one more (to know whether there is a next page). */
const COUNT = Number(process.env.LIMIT ?? 20) + 1;

type Filters = Omit<ListPayoutsQuery, 'limit' | 'cursor' | 'ordering'>;
type Scenario = {
  name: string;
  filters: Filters;
  ordering: string;
  boundary?: { values: string[]; id: string };
};
const SCENARIOS: Scenario[] = [
  { name: 'newest first (default)', filters: {}, ordering: '-created_at' },
  { name: 'status=pending', filters: { status: 'pending' }, ordering: '-created_at' },
  {
    name: 'status=pending,processing & currency=usd',
    filters: { status: 'pending,processing', currency: 'usd' },
    ordering: '-created_at',
  },
  {
    name: 'min_amount=100 & max_amount=500',
    filters: { min_amount: '100', max_amount: '500' },
    ordering: '-created_at',
  },
  {
    name: 'created_after & created_before (1 h)',
    filters: { created_after: '2026-01-01T01:00:00Z', created_before: '2026-01-01T02:00:00Z' },
    ordering: '-created_at',
  },
  {
    name: 'recipient_account (exact, 20 payouts)',
    filters: { recipient_account: REGULAR_ACCOUNT },
    ordering: '-created_at',
  },
  {
    name: 'search 10 account digits (20 payouts)',
    filters: { search: REGULAR_ACCOUNT.slice(-10) },
    ordering: '-created_at',
  },
  { name: 'search description, common word', filters: { search: 'refund' }, ordering: '-created_at' },
  { name: 'search description, one order', filters: { search: 'A-123457' }, ordering: '-created_at' },
  {
    name: `status=completed & ordering=-amount & search=${COMMON_TERM}`,
    filters: { status: 'completed', search: COMMON_TERM },
    ordering: '-amount',
  },
  // Matches clustered far from the newest rows (order numbers 77..., 770000-779999): the known limit.
  {
    name: 'search description, old cluster (limit)',
    filters: { search: 'order A-77' },
    ordering: '-created_at',
  },
  { name: 'ordering=-amount', filters: {}, ordering: '-amount' },
  { name: 'ordering=status,-created_at', filters: {}, ordering: 'status,-created_at' },
  {
    name: 'ordering=status,-created_at after a cursor',
    filters: {},
    ordering: 'status,-created_at',
    boundary: {
      values: ['failed', '2026-01-01T05:00:00.000000Z'],
      id: '00000000-0000-4000-8000-000000000000',
    },
  },
];

const lines: string[] = [];
const table = new Map<string, string[]>();
for (const size of SIZES) {
  const url = new URL(SERVER_URL);
  url.pathname = `/bench_read_api_${size}`;
  const pool = createPool(url.toString(), createLogger('bench', 'warn'), 1);
  const db = createKysely<unknown>(pool);
  for (const scenario of SCENARIOS) {
    const request = {
      tenant: BENCH_TENANT,
      filters: scenario.filters,
      keys: parseOrdering(scenario.ordering),
      boundary: scenario.boundary ?? null,
      count: COUNT,
    };
    type Explained = { 'QUERY PLAN': [{ Plan: { 'Actual Rows': number }; 'Execution Time': number }] };
    const explain = async (plan: SearchPlan) => {
      const query = pageQuery(request, plan).compile(db);
      const { rows } = await db.executeQuery<Explained>({
        ...query,
        sql: `explain (analyze, timing off, format json) ${query.sql}`,
      });
      return rows[0]!['QUERY PLAN'][0];
    };
    const times: number[] = [];
    let indexes = '';
    for (let i = 0; i < SAMPLES; i++) {
      // As selectPage does: a search PostgreSQL thinks common walks first, and any search collects
      // the matches when it did not walk or the walk fell short. (The estimate is planning only.)
      const plans: Explained['QUERY PLAN'][0][] = [];
      const search = scenario.filters.search !== undefined;
      if (!search || (await estimatedMatches(db as Kysely<ReadModel>, request)) > SEARCH_MATCHES_FIRST)
        plans.push(await explain('walk'));
      if (search && (plans.length === 0 || plans[0]!.Plan['Actual Rows'] < request.count)) {
        plans.push(await explain('matches'));
      }
      times.push(plans.reduce((sum, p) => sum + p['Execution Time'], 0));
      if (i === 0)
        indexes = [...new Set(JSON.stringify(plans.map((p) => p.Plan)).match(/payouts_[a-z_]+/g) ?? [])].join(
          ', ',
        );
    }
    times.sort((a, b) => a - b);
    const cell = `${percentile(times, 0.5).toFixed(2)} / ${percentile(times, 0.99).toFixed(2)}`;
    table.set(scenario.name, [...(table.get(scenario.name) ?? []), cell]);
    if (size === SIZES.at(-1)) table.set(`${scenario.name}#indexes`, [indexes]);
    console.error(`${size}\t${scenario.name}\t${cell} ms\t${indexes}`);
  }
  await sql`select 1`.execute(db);
  await db.destroy();
}
const sizes = SIZES.map((s) => (s >= 1_000_000 ? `${s / 1_000_000}M` : `${s / 1000}k`));
lines.push(
  `| scenario | ${sizes.map((s) => `p50 / p99 ms @ ${s}`).join(' | ')} | index read at ${sizes.at(-1)} |`,
);
lines.push(`|${'---|'.repeat(SIZES.length + 2)}`);
for (const scenario of SCENARIOS) {
  lines.push(
    `| ${scenario.name} | ${table.get(scenario.name)!.join(' | ')} | ${table.get(`${scenario.name}#indexes`)![0]} |`,
  );
}
console.log(
  `PostgreSQL execution time of the list's SQL, pages of ${COUNT - 1}, ${SAMPLES} samples per scenario and size\n`,
);
console.log(lines.join('\n'));
