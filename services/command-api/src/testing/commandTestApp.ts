// A command app for tests: its own database with a real PostgreSQL event store (which holds the
// Idempotency-Key claims), two tenants' API keys and a read-only key, and small request helpers.

import { payoutStreamName } from '@payouts/contracts';
import {
  type ApiKeyRecord,
  createKysely,
  createLogger,
  createPool,
  createPostgresEventStore,
  type EventStore,
  mintApiKey,
  parseApiKeys,
  type RateLimitOptions,
} from '@payouts/platform';
import { createTestDatabase } from '@payouts/platform/testing';
import type pg from 'pg';
import { createCommandApp } from '../app.ts';
import { retireIdempotencyKeys } from '../idempotency/legacyKeys.ts';
import { migrateCommandApi } from '../idempotency/migrations.ts';
import { DEFAULT_RETENTION_HOURS } from '../idempotency/retention.ts';

export type CommandTestApp = Awaited<ReturnType<typeof createCommandTestApp>>;

export async function createCommandTestApp(
  options: { clock?: () => Date; rateLimit?: RateLimitOptions; idempotencyRetentionHours?: number } = {},
) {
  const database = await createTestDatabase('cmd');
  const logger = createLogger('test', 'silent');
  const pool: pg.Pool = createPool(database.url, logger, 20);
  const db = createKysely<unknown>(pool);
  const eventStore: EventStore = await createPostgresEventStore(pool, db, { schema: 'event_store' });
  // As start.ts does: the keys table of migration 001 is copied into the claims and dropped.
  await migrateCommandApi(db);
  await retireIdempotencyKeys(pool, eventStore, {
    retentionHours: options.idempotencyRetentionHours ?? DEFAULT_RETENTION_HOURS,
    eventStoreSchema: 'event_store',
  });
  const acme = mintApiKey({ id: 'acme-writer', tenant: 'acme', scopes: ['payouts:write', 'payouts:read'] });
  const globex = mintApiKey({ id: 'globex-writer', tenant: 'globex', scopes: ['payouts:write'] });
  const reader = mintApiKey({ id: 'acme-reader', tenant: 'acme', scopes: ['payouts:read'] });
  const apiKeys: ApiKeyRecord[] = parseApiKeys([acme, globex, reader].map((k) => k.configLine).join('\n'));
  const app = createCommandApp({
    eventStore,
    apiKeys,
    logger,
    rateLimit: options.rateLimit ?? { requests: 0, windowSeconds: 1 },
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.idempotencyRetentionHours
      ? { idempotencyRetentionHours: options.idempotencyRetentionHours }
      : {}),
  });

  async function request(
    method: string,
    path: string,
    init: { key?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${init.key ?? acme.key}`,
      ...init.headers,
    };
    let body: string | undefined;
    if (init.body !== undefined) {
      body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
      headers['Content-Type'] ??= 'application/json';
    }
    return app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) });
  }

  return {
    app,
    eventStore,
    pool,
    keys: { acme: acme.key, globex: globex.key, reader: reader.key },
    request,
    /** A pending payout of tenant acme (or the given key's tenant); returns its resource and ETag. */
    async createPayout(body: Record<string, unknown> = {}, key?: string) {
      const response = await request('POST', '/api/v1/payouts', {
        ...(key ? { key } : {}),
        body: { amount: '100.50', recipient_account: '40817810099910004312', ...body },
      });
      if (response.status !== 201)
        throw new Error(`create failed: ${response.status} ${await response.text()}`);
      return {
        payout: (await response.json()) as Record<string, unknown> & { id: string },
        etag: response.headers.get('ETag')!,
      };
    },
    async events(payoutId: string) {
      return eventStore.readStream(payoutStreamName(payoutId));
    },
    async close() {
      await eventStore.close();
      await db.destroy();
      await database.drop();
    },
  };
}
