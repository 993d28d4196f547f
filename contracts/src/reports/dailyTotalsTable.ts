// The daily totals table: the one table a service publishes to another. The scheduler (its daily
// totals job, recomputed from the event store) creates and writes it; query-api reads it to answer
// GET /api/v1/reports/daily. Its shape is this contract: a change is a new table beside this one,
// never an edit of the columns below, so a query-api of either version keeps reading.
export const DAILY_TOTALS_TABLE = 'daily_payout_totals';

/** The statement that creates it; the scheduler runs it, tests of readers run the same text. */
export const DAILY_TOTALS_DDL = `create table if not exists ${DAILY_TOTALS_TABLE} (
  day date not null,
  tenant_id text not null,
  currency text not null,
  status text not null,
  payout_count bigint not null,
  amount_total numeric not null,
  computed_at timestamptz not null,
  primary key (tenant_id, day, currency, status)
)`;

/** A row as a reader gets it through pg (bigint and numeric as strings, a date as text when cast). */
export type DailyTotalsTable = {
  day: string;
  tenant_id: string;
  currency: string;
  status: string;
  payout_count: string;
  amount_total: string;
  computed_at: Date;
};
