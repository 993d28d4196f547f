// The reports of query-api: daily totals per tenant, currency and status, read from the table the
// scheduler's daily-totals job maintains (recomputed there from the event store).
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  DAILY_TOTALS_TABLE,
  type DailyTotalsTable,
  DEFAULT_REPORT_DAYS,
  dailyReportRoute,
  FIRST_DAY,
  MAX_REPORT_DAYS,
  PayoutStatus,
} from '@payouts/contracts';
import { type ApiEnv, validationProblem } from '@payouts/platform';
import type { Kysely } from 'kysely';
import type { ReadModel } from '../readModel/schema.ts';

const DAY_MS = 86_400_000;

export type ReportDeps = {
  db: Kysely<ReadModel>;
  clock?: () => Date;
};

/** The app authenticates and rate-limits /api/v1/reports; the route's scope is in its definition. */
export function reportRoutes(app: OpenAPIHono<ApiEnv>, deps: ReportDeps): void {
  // Not part of the read model: the scheduler writes this table, published as a contract.
  const db = deps.db.withTables<{ [DAILY_TOTALS_TABLE]: DailyTotalsTable }>();
  const clock = deps.clock ?? (() => new Date());

  app.openapi(dailyReportRoute, async (c) => {
    // `from` and `to` are real days of years 0001-9999 (contracts' isoDay), so both parse and
    // PostgreSQL holds both.
    const query = c.req.valid('query');
    const to = query.to ?? clock().toISOString().slice(0, 10);
    const from = query.from ?? defaultFrom(to);
    const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
    if (days < 1) throw validationProblem([{ field: 'from', message: `must not be after to (${to})` }]);
    if (days > MAX_REPORT_DAYS) {
      throw validationProblem([
        { field: 'from', message: `the range may cover at most ${MAX_REPORT_DAYS} days` },
      ]);
    }
    let select = db
      .selectFrom(DAILY_TOTALS_TABLE)
      .select((eb) => [
        eb.cast<string>('day', 'text').as('day'),
        'currency',
        'status',
        eb.cast<string>('payout_count', 'text').as('payout_count'),
        eb.cast<string>('amount_total', 'text').as('amount_total'),
      ])
      .where('tenant_id', '=', c.get('principal').tenant)
      .where('day', '>=', from)
      .where('day', '<=', to);
    if (query.currency) select = select.where('currency', '=', query.currency.toUpperCase());
    if (query.status) select = select.where('status', '=', query.status);
    const rows = await select
      .orderBy('day')
      .orderBy('currency')
      .orderBy('status')
      .execute()
      .catch((err: { code?: string }) => {
        if (err.code === '42P01') return []; // the scheduler has not created its table yet: no totals
        throw err;
      });
    return c.json(
      {
        from,
        to,
        results: rows.map((r) => ({
          day: r.day,
          currency: r.currency,
          status: PayoutStatus.parse(r.status),
          payout_count: Number(r.payout_count),
          amount_total: r.amount_total,
        })),
      },
      200,
    );
  });
}

/** A week ending on `to`, starting no earlier than the first day PostgreSQL can hold. */
function defaultFrom(to: string): string {
  const from = Math.max(Date.parse(to) - (DEFAULT_REPORT_DAYS - 1) * DAY_MS, Date.parse(FIRST_DAY));
  return new Date(from).toISOString().slice(0, 10);
}
