// The scheduler's own tables. `scheduler_payouts` is its view of every payout, folded from the event
// store: the jobs must find payouts that are due, stale or stuck, and reading query-api's read model
// for that would tie the scheduler to another service's private table (and to the projector's lag
// and rebuilds). `daily_payout_totals` is what the daily-totals job maintains and query-api serves
// at /api/v1/reports/daily: the one table this service publishes, its shape defined in contracts.
import { DAILY_TOTALS_DDL } from '@payouts/contracts';
import { createKysely, runMigrations } from '@payouts/platform';
import { type Migration, sql } from 'kysely';
import type pg from 'pg';

const migrations: Record<string, Migration> = {
  '001_scheduler_tables': {
    // `if not exists`: databases from before this migration have the tables already.
    async up(db) {
      await sql`
        create table if not exists scheduler_payouts (
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
        )`.execute(db);
      await sql`
        create index if not exists scheduler_payouts_open on scheduler_payouts (status, last_event_at)
        where status in ('pending', 'processing')`.execute(db);
      await sql`
        create index if not exists scheduler_payouts_dirty on scheduler_payouts (tenant_id, created_at)
        where totals_dirty`.execute(db);
      await sql.raw(DAILY_TOTALS_DDL).execute(db);
    },
  },
};

export async function ensureSchedulerSchema(pool: pg.Pool): Promise<void> {
  await runMigrations(createKysely(pool), 'scheduler', migrations);
}
