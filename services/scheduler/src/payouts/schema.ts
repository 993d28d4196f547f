// The scheduler's own tables. `scheduler_payouts` is its view of every payout, folded from the event
// store: the jobs must find payouts that are due, stale or stuck, and reading query-api's read model
// for that would tie the scheduler to another service's private table (and to the projector's lag
// and rebuilds). `daily_payout_totals` is what the daily-totals job maintains and query-api serves
// at /api/v1/reports/daily: the one table this service publishes, its shape defined in contracts.
import { DAILY_TOTALS_DDL } from '@payouts/contracts';
import type pg from 'pg';

const DDL = [
  `create table if not exists scheduler_payouts (
    payout_id uuid primary key,
    tenant_id text not null,
    status text not null,
    amount numeric not null,
    currency text not null,
    scheduled_for timestamptz,
    next_attempt_at timestamptz,
    dispatched_at timestamptz,
    created_at timestamptz not null,
    -- occurred_at of the last event folded in: how long the payout has been where it is
    last_event_at timestamptz not null,
    revision bigint not null,
    -- the payout changed since the daily totals of its day were last computed
    totals_dirty boolean not null default true,
    state jsonb not null
  )`,
  `create index if not exists scheduler_payouts_open on scheduler_payouts (status, last_event_at)
    where status in ('pending', 'processing')`,
  `create index if not exists scheduler_payouts_dirty on scheduler_payouts (tenant_id, created_at)
    where totals_dirty`,
  // Published to query-api: its shape is a contract (contracts/src/reports/dailyTotalsTable.ts).
  DAILY_TOTALS_DDL,
];

export async function ensureSchedulerSchema(pool: pg.Pool): Promise<void> {
  for (const statement of DDL) {
    await pool.query(statement).catch((err: { code?: string }) => {
      if (err.code !== '23505' && err.code !== '42P07') throw err; // created meanwhile by another process
    });
  }
}
