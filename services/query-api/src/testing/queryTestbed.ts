// A query API of its own for a test file: a fresh database with the read model and the event store,
// API keys for two tenants, an auditor of every tenant and one of tenant-a only, a key without read
// scope, and a way to put rows straight into the read model.

import type { KeyObject } from 'node:crypto';
import { randomUUID } from 'node:crypto';
import {
  type ApiKeyRecord,
  createAnchorStore,
  createKysely,
  createLogger,
  createNotifier,
  createPool,
  createPostgresEventStore,
  type EventStore,
  hashApiKey,
  migrateAuditAnchors,
  type RateLimitOptions,
  verifyEventChains,
} from '@payouts/platform';
import { createTestDatabase, eventually } from '@payouts/platform/testing';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { createQueryApp } from '../app.ts';
import { createAuditTrail } from '../audit/auditTrail.ts';
import { PROJECTED_CHANNEL } from '../payouts/readYourWrites.ts';
import { migrateReadModel } from '../readModel/migrations.ts';
import type { ReadModel } from '../readModel/schema.ts';

export const EVENT_STORE_SCHEMA = 'event_store';

export const KEYS = {
  tenantA: 'key-tenant-a-0123456789',
  tenantB: 'key-tenant-b-0123456789',
  auditor: 'key-auditor-0123456789',
  tenantAuditor: 'key-tenant-auditor-0123456789',
  writerOnly: 'key-writer-only-0123456789',
} as const;

const API_KEYS: ApiKeyRecord[] = [
  {
    id: 'a',
    tenant: 'tenant-a',
    scopes: ['payouts:read', 'payouts:write'],
    sha256: hashApiKey(KEYS.tenantA),
  },
  { id: 'b', tenant: 'tenant-b', scopes: ['payouts:read'], sha256: hashApiKey(KEYS.tenantB) },
  {
    id: 'auditor',
    tenant: 'audit-office',
    scopes: ['audit:read:all-tenants'],
    sha256: hashApiKey(KEYS.auditor),
  },
  {
    id: 'tenant-auditor',
    tenant: 'tenant-a',
    scopes: ['audit:read'],
    sha256: hashApiKey(KEYS.tenantAuditor),
  },
  { id: 'writer', tenant: 'tenant-a', scopes: ['payouts:write'], sha256: hashApiKey(KEYS.writerOnly) },
];

export type RowInput = {
  id?: string;
  tenant_id?: string;
  status?: string;
  amount?: string;
  currency?: string;
  recipient_account?: string;
  description?: string | null;
  created_at?: string;
  updated_at?: string;
  revision?: string;
};

export type QueryTestbed = Awaited<ReturnType<typeof createQueryTestbed>>;

export async function createQueryTestbed(
  options: { readWaitMs?: number; rateLimit?: RateLimitOptions; auditPublicKeys?: KeyObject[] } = {},
) {
  const database = await createTestDatabase('query');
  const logger = createLogger('test', 'silent');
  const pool: pg.Pool = createPool(database.url, logger);
  const db = createKysely<ReadModel>(pool);
  await migrateReadModel(db as Kysely<unknown>);
  const eventStore: EventStore = await createPostgresEventStore(pool, db as Kysely<unknown>, {
    schema: EVENT_STORE_SCHEMA,
  });
  await migrateAuditAnchors(db as Kysely<unknown>);
  const anchors = createAnchorStore(pool);
  const trail = createAuditTrail({
    eventStore,
    anchors,
    publicKeys: options.auditPublicKeys ?? [],
    storedChain: () => verifyEventChains(pool, EVENT_STORE_SCHEMA),
  });
  const projections = createNotifier(database.url, PROJECTED_CHANNEL);
  const app = createQueryApp({
    db,
    apiKeys: API_KEYS,
    logger,
    projections,
    readWaitMs: options.readWaitMs,
    audit: { eventStore, trail },
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
  });
  async function insertChunk(rows: RowInput[]): Promise<void> {
    await db
      .insertInto('payouts')
      .values(
        rows.map((r) => ({
          id: r.id ?? randomUUID(),
          tenant_id: r.tenant_id ?? 'tenant-a',
          status: r.status ?? 'pending',
          amount: r.amount ?? '100.00',
          currency: r.currency ?? 'RUB',
          recipient_account: r.recipient_account ?? '40817810099910004312',
          description: r.description === undefined ? null : r.description,
          error_message: null,
          error_code: null,
          provider_reference: null,
          metadata: '{}',
          scheduled_for: null,
          attempts: 0,
          created_at: new Date(r.created_at ?? '2026-01-01T00:00:00Z'),
          updated_at: new Date(r.updated_at ?? r.created_at ?? '2026-01-01T00:00:00Z'),
          revision: r.revision ?? '0',
        })),
      )
      .execute();
  }

  return {
    database,
    pool,
    db,
    eventStore,
    anchors,
    trail,
    app,
    get(path: string, key: string = KEYS.tenantA, headers: Record<string, string> = {}) {
      return app.request(path, { headers: { Authorization: `Bearer ${key}`, ...headers } });
    },
    /**
     * Readers of all events see only what committed below the oldest transaction still open on the
     * server (in any database): waits until the store shows every event it holds, so what a replay
     * reads does not depend on other test files' open transactions.
     */
    async storeShowsEverything(): Promise<void> {
      await eventually(
        async () => {
          const head = await eventStore.headPosition();
          const { rows } = await pool.query<{ t: string; p: string }>(
            `select transaction_id::text as t, position::text as p from ${EVENT_STORE_SCHEMA}.events
             order by transaction_id desc, position desc limit 1`,
          );
          const last = rows[0];
          if (!last) return true;
          return head.commit.toString() === last.t && head.prepare.toString() === last.p ? true : undefined;
        },
        30_000,
        'the event store to show every stored event',
      );
    },
    async insertRows(all: RowInput[]): Promise<void> {
      // In chunks: one statement takes at most 65,535 parameters.
      for (let start = 0; start < all.length; start += 1_000) {
        await insertChunk(all.slice(start, start + 1_000));
      }
    },
    async close() {
      await projections.close();
      await eventStore.close();
      await db.destroy();
      await database.drop();
    },
  };
}
