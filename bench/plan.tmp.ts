import { createKysely, createLogger, createPool } from '@payouts/platform';
import { pageQuery } from '../services/query-api/src/payouts/listQuery.ts';
import { parseOrdering } from '../services/query-api/src/payouts/ordering.ts';

const pool = createPool(
  'postgres://postgres@127.0.0.1:5432/bench_read_api_1000000',
  createLogger('b', 'warn'),
  1,
);
const db = createKysely<unknown>(pool);
const request = {
  tenant: 'bench',
  filters: { search: process.argv[2] ?? 'order A-77' },
  keys: parseOrdering('-created_at'),
  boundary: null,
  count: 21,
};
const q = pageQuery(request as never, 'matches').compile(db as never);
const { rows } = await pool.query(`explain (analyze, buffers) ${q.sql}`, q.parameters as unknown[]);
console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
await pool.end();
