// Keys recorded before claims (the idempotency_keys table of migration 001) keep binding their body
// for the rest of their retention after the upgrade.
//
// With the PostgreSQL event store the table and the claims live in the same database (the store
// uses the service's own pool): the live rows are copied into the claims once, as
// tenant:key -> fingerprint claimed at their created_at, and the table is dropped. With KurrentDB
// the claims are in another server, so the table stays and is read, before each keyed append, for
// as long as its newest live row is within retention; a start-up after that drops it. A same-body
// retry needs no record either way: its payout id, derived from tenant, key and body, finds the
// stream the first request created.
//
// A rolling upgrade that still runs replicas of the version before claims: once the table is
// dropped their keyed POSTs fail (500) until they are replaced.

import type { EventStore } from '@payouts/platform';
import { inTransaction } from '@payouts/platform';
import type pg from 'pg';
import { IDEMPOTENCY_CLAIM_SCOPE } from './retention.ts';

/** Serialises the one-off copy between replicas starting at once ("IDEM" "KEYS"). */
const RETIRE_LOCK = [0x4944454d, 0x4b455953] as const;

export type LegacyKeys = {
  /** Whether the key was recorded, unexpired, for another body before the upgrade. */
  boundToOtherBody(input: { tenant: string; key: string; fingerprint: string }): Promise<boolean>;
};

export async function retireIdempotencyKeys(
  pool: pg.Pool,
  eventStore: Pick<EventStore, 'kind'>,
  options: { retentionHours: number; eventStoreSchema: string },
): Promise<LegacyKeys | null> {
  if (!/^[a-z_][a-z0-9_]*$/.test(options.eventStoreSchema)) {
    throw new Error(`invalid event store schema name: ${options.eventStoreSchema}`);
  }
  const interval = `${options.retentionHours} hours`;
  let activeForMs = 0;
  await inTransaction(pool, async (client) => {
    await client.query('select pg_advisory_xact_lock($1, $2)', [...RETIRE_LOCK]);
    const { rows } = await client.query<{ present: boolean }>(
      "select to_regclass('idempotency_keys') is not null as present",
    );
    if (rows[0]?.present) {
      if (eventStore.kind === 'postgres') {
        await client.query(
          `insert into "${options.eventStoreSchema}".claims (scope, key, value, claimed_at, expires_at)
           select $1, tenant_id || ':' || key, fingerprint, created_at, created_at + $2::interval
           from idempotency_keys where created_at >= now() - $2::interval
           on conflict (scope, key) do nothing`,
          [IDEMPOTENCY_CLAIM_SCOPE, interval],
        );
        await client.query('drop table idempotency_keys');
      } else {
        const live = await client.query<{ remaining_ms: number | null }>(
          `select (extract(epoch from max(created_at) + $1::interval - now()) * 1000)::float8 as remaining_ms
           from idempotency_keys where created_at >= now() - $1::interval`,
          [interval],
        );
        activeForMs = live.rows[0]?.remaining_ms ?? 0;
        if (activeForMs <= 0) await client.query('drop table idempotency_keys');
      }
    }
  });
  if (activeForMs <= 0) return null;
  const activeUntilMs = Date.now() + activeForMs;
  return {
    async boundToOtherBody({ tenant, key, fingerprint }) {
      if (Date.now() > activeUntilMs) return false;
      const { rows } = await pool.query<{ fingerprint: string }>(
        `select fingerprint from idempotency_keys
         where tenant_id = $1 and key = $2 and created_at >= now() - $3::interval`,
        [tenant, key, interval],
      );
      return rows[0] !== undefined && rows[0].fingerprint !== fingerprint;
    },
  };
}
