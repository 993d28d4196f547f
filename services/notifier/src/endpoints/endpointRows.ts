// The endpoints as their events left them, in webhook_endpoints, and their secrets, which never go
// into events. A row is written after each change's event is stored, only over an older revision; a
// row behind its stream (a crash between the two) is brought up to date by the next change or by the
// background catch-up (healEndpoints in start.ts).

import type { SecretRef, WebhookEndpoint, WebhookEndpointResource } from '@payouts/contracts';
import type { GlobalPosition } from '@payouts/platform';
import { inTransaction } from '@payouts/platform';
import type pg from 'pg';

export type EndpointRow = {
  id: string;
  tenant_id: string;
  url: string;
  enabled_events: string[];
  description: string | null;
  status: WebhookEndpoint['status'];
  disabled_reason: WebhookEndpoint['disabled_reason'];
  disabled_detail: string | null;
  secrets: SecretRef[];
  created_at: Date;
  updated_at: Date;
  revision: string;
  failing_since: Date | null;
};

export function toEndpointResource(row: EndpointRow): WebhookEndpointResource {
  return {
    id: row.id,
    url: row.url,
    enabled_events: row.enabled_events,
    description: row.description,
    status: row.status === 'disabled' ? 'disabled' : 'enabled',
    disabled_reason: row.disabled_reason,
    disabled_detail: row.disabled_detail,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

const COLUMNS = `id, tenant_id, url, enabled_events, description, status, disabled_reason, disabled_detail,
  secrets, created_at, updated_at, revision, failing_since`;

/** The tenant's endpoint, or undefined: another tenant's is as absent as a missing one. */
export async function findEndpoint(
  pool: pg.Pool,
  tenant: string,
  id: string,
): Promise<EndpointRow | undefined> {
  const { rows } = await pool.query<EndpointRow>(
    `select ${COLUMNS} from webhook_endpoints where id = $1 and tenant_id = $2 and status <> 'deleted'`,
    [id, tenant],
  );
  return rows[0];
}

export async function listEndpoints(pool: pg.Pool, tenant: string): Promise<EndpointRow[]> {
  const { rows } = await pool.query<EndpointRow>(
    `select ${COLUMNS} from webhook_endpoints where tenant_id = $1 and status <> 'deleted' order by created_at, id`,
    [tenant],
  );
  return rows;
}

export async function countEndpoints(pool: pg.Pool, tenant: string): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `select count(*)::int as n from webhook_endpoints where tenant_id = $1 and status <> 'deleted'`,
    [tenant],
  );
  return rows[0]?.n ?? 0;
}

export async function storeSecret(
  pool: pg.Pool,
  id: string,
  endpointId: string,
  secret: string,
): Promise<void> {
  await pool.query('insert into webhook_secrets (id, endpoint_id, secret) values ($1, $2, $3)', [
    id,
    endpointId,
    secret,
  ]);
}

/** Secret values by id; an id without a stored secret is left out. */
export async function secretValues(pool: pg.Pool, ids: string[]): Promise<Map<string, string>> {
  const { rows } = await pool.query<{ id: string; secret: string }>(
    'select id, secret from webhook_secrets where id = any($1)',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.secret]));
}

/**
 * Writes the endpoint at `revision` unless the row already has it or a later one, and moves its
 * deliveries with a change of status: disabled, the pending ones wait (due never); enabled again,
 * they are due now; deleted, they are given up.
 */
export async function projectEndpoint(
  pool: pg.Pool,
  endpoint: WebhookEndpoint,
  revision: bigint,
  createdPosition: GlobalPosition,
  now: Date,
): Promise<void> {
  await inTransaction(pool, async (client) => {
    const before = await client.query<{ status: string; revision: string }>(
      'select status, revision from webhook_endpoints where id = $1 for update',
      [endpoint.id],
    );
    const old = before.rows[0];
    if (old && BigInt(old.revision) >= revision) {
      return;
    }
    await client.query(
      `insert into webhook_endpoints (id, tenant_id, url, enabled_events, description, status, disabled_reason,
         disabled_detail, secrets, created_at, updated_at, created_commit, created_prepare, revision)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       on conflict (id) do update set url = excluded.url, enabled_events = excluded.enabled_events,
         description = excluded.description, status = excluded.status, disabled_reason = excluded.disabled_reason,
         disabled_detail = excluded.disabled_detail, secrets = excluded.secrets, updated_at = excluded.updated_at,
         revision = excluded.revision,
         failing_since = case when excluded.status = 'enabled' and webhook_endpoints.status <> 'enabled'
           then null else webhook_endpoints.failing_since end`,
      [
        endpoint.id,
        endpoint.tenant_id,
        endpoint.url,
        endpoint.enabled_events,
        endpoint.description,
        endpoint.status,
        endpoint.disabled_reason,
        endpoint.disabled_detail,
        JSON.stringify(endpoint.secrets),
        endpoint.created_at,
        endpoint.updated_at,
        createdPosition.commit.toString(),
        createdPosition.prepare.toString(),
        revision.toString(),
      ],
    );
    if (old && old.status !== endpoint.status) {
      if (endpoint.status === 'disabled') {
        await client.query(
          `update webhook_deliveries set next_attempt_at = 'infinity'
           where endpoint_id = $1 and status = 'pending' and claim is null`,
          [endpoint.id],
        );
      } else if (endpoint.status === 'enabled') {
        await client.query(
          `update webhook_deliveries set next_attempt_at = $2
           where endpoint_id = $1 and status = 'pending' and next_attempt_at = 'infinity'`,
          [endpoint.id, now],
        );
      } else {
        await client.query(
          `update webhook_deliveries set status = 'failed', failure_reason = 'the endpoint was deleted',
             finished_at = $2, next_attempt_at = null, claim = null
           where endpoint_id = $1 and status = 'pending'`,
          [endpoint.id, now],
        );
      }
    }
  });
}
