// Bench data: payouts generated in SQL straight into the read model (the benchmark measures the list
// endpoint, not the projector). Row i is the same whatever the batch it is loaded in, so growing a
// table from 10k to 100k to 1M rows keeps the mix of statuses, currencies and amounts.
import { type Kysely, sql } from 'kysely';

export const BENCH_TENANT = 'bench';
/** Every tenth row belongs to another tenant, so the tenant condition always has work to do. */
const OTHER_TENANT = 'other';
const FIRST_CREATED_AT = '2026-01-01T00:00:00Z';
/**
 * A recipient paid 20 times among the first 10,000 rows and never again: its page holds the same 20
 * payouts at every size, so its lookups measure the table's size and not the answer's. (Any other
 * account recurs every 50,000 rows: none at 10k for most, 20 at 1M.) Its digits are in no other
 * account, whose numbers are at most 10 digits after the padding.
 */
export const REGULAR_ACCOUNT = '40817810555512345678';

/** In the description of one row in 15: about 6.7% of the rows, as in issue 17's list page. */
export const COMMON_TERM = 'user';

/** Inserts rows [from, to) in chunks, so no single statement holds a million rows in memory. */
export async function loadPayouts(
  db: Kysely<unknown>,
  from: number,
  to: number,
  chunk = 100_000,
): Promise<void> {
  for (let start = from; start < to; start += chunk) {
    const end = Math.min(start + chunk, to);
    await sql`insert into payouts (id, tenant_id, status, amount, currency, recipient_account, description,
        error_message, metadata, attempts, created_at, updated_at, revision)
      select
        -- deterministic version-4 ids (md5 of the row number), so runs are comparable
        overlay(overlay(md5('payout' || i) placing '4' from 13) placing '8' from 17)::uuid,
        case when i % 10 = 0 then ${OTHER_TENANT} else ${BENCH_TENANT} end,
        (array['completed','completed','completed','completed','completed','completed','completed','completed',
               'completed','completed','completed','completed','failed','failed','pending','pending',
               'processing','cancelled','cancelled','cancelled'])[1 + (i * 7) % 20],
        round(1 + ((i * 2654435761::bigint) % 1000000) / 100.0, 2),
        (array['RUB','RUB','RUB','RUB','RUB','RUB','RUB','RUB','RUB','RUB','USD','USD','USD','USD','USD','USD',
               'EUR','EUR','EUR','JPY'])[1 + ((i / 20) * 13) % 20],
        -- 50,000 recipients, each paid again and again; and one paid 20 times in the first 10,000 rows
        case when i < 10000 and i % 500 = 123 then ${REGULAR_ACCOUNT}
          else '40817810' || lpad((((i % 50000) * 48271::bigint) % 1000000000000)::text, 12, '0') end,
        -- one row in 15 (all of them the bench tenant's) also names a user: the issue 17 search term,
        -- common and spread evenly over every ordering but the creation time's
        case when i % 3 = 0 then null
          when i % 15 = 1 then 'Refund for order A-' || i || ' requested by user'
          else 'Refund for order A-' || i end,
        case when (i * 7) % 20 in (12, 13) then 'provider declined' else null end,
        '{}'::jsonb,
        1,
        ${FIRST_CREATED_AT}::timestamptz + i * interval '997 milliseconds',
        ${FIRST_CREATED_AT}::timestamptz + i * interval '997 milliseconds' + ((i % 600) * interval '1 second'),
        (i % 4)::bigint
      from generate_series(${start}::bigint, ${end - 1}::bigint) as i`.execute(db);
  }
  await sql`vacuum analyze payouts`.execute(db);
}
