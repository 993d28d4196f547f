// The notifier's own tables, numbered and never edited once landed. The event store keeps the record
// (endpoint changes, delivery outcomes); these hold what delivering needs: the endpoints as their
// events left them (plus the secrets, which never go into events), the payouts as folded so far, the
// webhook events' bodies, the delivery queue and its attempts, and replays in progress.

import { runMigrations } from '@payouts/platform';
import { type Kysely, type Migration, sql } from 'kysely';

const migrations: Record<string, Migration> = {
  '001_webhooks': {
    async up(db) {
      for (const statement of [
        `create table webhook_endpoints (
          id uuid primary key,
          tenant_id text not null,
          url text not null,
          enabled_events text[] not null,
          description text,
          status text not null,
          disabled_reason text,
          disabled_detail text,
          secrets jsonb not null,
          created_at timestamptz not null,
          updated_at timestamptz not null,
          created_commit numeric(20, 0) not null,
          created_prepare numeric(20, 0) not null,
          revision bigint not null,
          failing_since timestamptz
        )`,
        'create index webhook_endpoints_tenant on webhook_endpoints (tenant_id, created_at)',
        `create table webhook_secrets (
          id text primary key,
          endpoint_id uuid not null,
          secret text not null,
          created_at timestamptz not null default now()
        )`,
        // The payout as this notifier folded it, up to the last revision it took in: a later event
        // folds on it, and a revision it already has is a redelivery.
        `create table webhook_payouts (
          payout_id uuid primary key,
          tenant_id text,
          revision bigint not null,
          payout jsonb
        )`,
        `create table webhook_events (
          event_id uuid primary key,
          tenant_id text not null,
          type text not null,
          payout_id uuid not null,
          revision bigint not null,
          commit_position numeric(20, 0) not null,
          prepare_position numeric(20, 0) not null,
          traceparent text,
          body text not null
        )`,
        `create table webhook_deliveries (
          id uuid primary key,
          seq bigserial not null,
          endpoint_id uuid not null,
          tenant_id text not null,
          event_id uuid not null references webhook_events (event_id),
          payout_id uuid not null,
          revision bigint not null,
          event_type text not null,
          origin text not null,
          origin_id uuid,
          status text not null,
          next_attempt_at timestamptz,
          claim uuid,
          attempts integer not null default 0,
          created_at timestamptz not null,
          first_attempt_at timestamptz,
          finished_at timestamptz,
          failure_reason text,
          outcome_recorded boolean not null default false
        )`,
        // A live event is queued once per endpoint, however often the bus brings it.
        `create unique index webhook_deliveries_live on webhook_deliveries (endpoint_id, event_id) where origin = 'live'`,
        `create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending'`,
        // Per endpoint and payout, in queue order: what a delivery waits behind.
        `create index webhook_deliveries_chain on webhook_deliveries (endpoint_id, payout_id, seq) where status = 'pending'`,
        'create index webhook_deliveries_endpoint on webhook_deliveries (endpoint_id, seq desc)',
        `create index webhook_deliveries_unrecorded on webhook_deliveries (finished_at) where status <> 'pending' and not outcome_recorded`,
        `create table webhook_attempts (
          id bigserial primary key,
          delivery_id uuid not null,
          attempted_at timestamptz not null,
          response_status integer,
          error text,
          latency_ms integer not null,
          response_body text
        )`,
        'create index webhook_attempts_delivery on webhook_attempts (delivery_id, id)',
        `create table webhook_replays (
          id uuid primary key,
          endpoint_id uuid not null,
          tenant_id text not null,
          from_bound text not null,
          to_bound text,
          types text[] not null,
          status text not null,
          after_commit numeric(20, 0),
          after_prepare numeric(20, 0),
          events_enqueued integer not null default 0,
          claimed_until timestamptz,
          created_at timestamptz not null,
          finished_at timestamptz
        )`,
      ]) {
        await sql.raw(statement).execute(db);
      }
    },
  },
  // Every change of the endpoints table notifies, so the intake may keep its answer to "is any
  // endpoint enabled?" while it listens (intake/endpointsEnabled.ts). Once per statement, whoever
  // writes: the notifier's routes, its heal pass, or an operator by hand.
  '002_endpoints_changed_notify': {
    async up(db) {
      for (const statement of [
        `create function webhook_endpoints_changed() returns trigger language plpgsql as $$
         begin
           perform pg_notify('webhook_endpoints_changed', '');
           return null;
         end $$`,
        `create trigger webhook_endpoints_changed after insert or update or delete or truncate
         on webhook_endpoints for each statement execute function webhook_endpoints_changed()`,
      ]) {
        await sql.raw(statement).execute(db);
      }
    },
  },
};

export async function migrateNotifier(db: Kysely<unknown>): Promise<void> {
  await runMigrations(db, 'notifier', migrations);
}
