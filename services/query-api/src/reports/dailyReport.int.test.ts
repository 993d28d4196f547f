// GET /api/v1/reports/daily through the real query app: tenant-scoped, filtered by day range,
// currency and status, problems for bad parameters. The rows are put into the scheduler's table as
// its daily-totals job writes them (that job is tested in the scheduler).
import { DAILY_TOTALS_DDL } from '@payouts/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueryTestbed, KEYS, type QueryTestbed } from '../testing/queryTestbed.ts';

let t: QueryTestbed;

beforeAll(async () => {
  t = await createQueryTestbed();
});
afterAll(() => t?.close());

async function createTotalsTable() {
  // The table as the scheduler creates it (the contract's statement).
  await t.pool.query(DAILY_TOTALS_DDL);
}

async function insertTotals(rows: [string, string, string, string, number, string][]) {
  for (const [day, tenant, currency, status, count, total] of rows) {
    await t.pool.query(`insert into daily_payout_totals values ($1, $2, $3, $4, $5, $6, now())`, [
      day,
      tenant,
      currency,
      status,
      count,
      total,
    ]);
  }
}

const daily = (query: string, key: string = KEYS.tenantA) => t.get(`/api/v1/reports/daily${query}`, key);

describe('GET /api/v1/reports/daily', () => {
  it('answers no totals before the scheduler made its table', async () => {
    const response = await daily('?from=2026-11-01&to=2026-11-02');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ from: '2026-11-01', to: '2026-11-02', results: [] });
  });

  it("serves the key's tenant's totals in the day range, by day, currency and status", async () => {
    await createTotalsTable();
    await insertTotals([
      ['2026-10-31', 'tenant-a', 'RUB', 'completed', 9, '900.00'],
      ['2026-11-01', 'tenant-a', 'RUB', 'pending', 2, '101.25'],
      ['2026-11-01', 'tenant-a', 'RUB', 'completed', 1, '100.50'],
      ['2026-11-01', 'tenant-a', 'JPY', 'failed', 1, '1000'],
      ['2026-11-02', 'tenant-a', 'USD', 'completed', 3, '30.00'],
      ['2026-11-03', 'tenant-a', 'USD', 'completed', 1, '1.00'],
      ['2026-11-01', 'tenant-b', 'RUB', 'completed', 5, '5000.00'],
    ]);
    const response = await daily('?from=2026-11-01&to=2026-11-02');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      from: '2026-11-01',
      to: '2026-11-02',
      results: [
        { day: '2026-11-01', currency: 'JPY', status: 'failed', payout_count: 1, amount_total: '1000' },
        { day: '2026-11-01', currency: 'RUB', status: 'completed', payout_count: 1, amount_total: '100.50' },
        { day: '2026-11-01', currency: 'RUB', status: 'pending', payout_count: 2, amount_total: '101.25' },
        { day: '2026-11-02', currency: 'USD', status: 'completed', payout_count: 3, amount_total: '30.00' },
      ],
    });
    const other = (await (await daily('?from=2026-11-01&to=2026-11-02', KEYS.tenantB)).json()) as {
      results: unknown[];
    };
    expect(other.results).toEqual([
      { day: '2026-11-01', currency: 'RUB', status: 'completed', payout_count: 5, amount_total: '5000.00' },
    ]);
  });

  it('filters by currency (any case) and status', async () => {
    const body = (await (
      await daily('?from=2026-11-01&to=2026-11-03&currency=usd&status=completed')
    ).json()) as {
      results: { day: string }[];
    };
    expect(body.results.map((r) => r.day)).toEqual(['2026-11-02', '2026-11-03']);
  });

  it('defaults to the week ending today', async () => {
    const body = (await (await daily('')).json()) as { from: string; to: string };
    const today = new Date().toISOString().slice(0, 10);
    expect(body.to).toBe(today);
    expect(Date.parse(body.to) - Date.parse(body.from)).toBe(6 * 86_400_000);
  });

  it('answers a problem naming the bad parameter', async () => {
    for (const [query, field] of [
      ['?from=2026-13-01', 'from'],
      ['?to=yesterday', 'to'],
      ['?from=2026-11-02&to=2026-11-01', 'from'],
      ['?from=2024-01-01&to=2026-01-01', 'from'],
      ['?status=lost', 'status'],
      ['?currency=RUBLES', 'currency'],
    ] as const) {
      const response = await daily(query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      const problem = (await response.json()) as { errors: { field: string }[] };
      expect(
        problem.errors.map((e) => e.field),
        query,
      ).toContain(field);
    }
  });

  it('needs an API key with the payouts:read scope', async () => {
    expect((await t.app.request('/api/v1/reports/daily')).status).toBe(401);
    expect((await daily('', KEYS.writerOnly)).status).toBe(403);
  });
});
