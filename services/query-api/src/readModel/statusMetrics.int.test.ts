// payouts_by_status counts the read model's rows per status when Prometheus scrapes.
import { randomUUID } from 'node:crypto';
import { createKysely, createLogger, createPool, metricsRegistry } from '@payouts/platform';
import { createTestDatabase, type TestDatabase } from '@payouts/platform/testing';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateReadModel } from './migrations.ts';
import type { ReadModel } from './schema.ts';
import { reportPayoutsByStatus } from './statusMetrics.ts';

describe('payouts_by_status', () => {
  let database: TestDatabase;
  let db: Kysely<ReadModel>;

  beforeAll(async () => {
    database = await createTestDatabase('status_metrics');
    db = createKysely<ReadModel>(createPool(database.url, createLogger('test', 'silent')));
    await migrateReadModel(db as Kysely<unknown>);
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  const row = (status: string, tenant = 'acme') => ({
    id: randomUUID(),
    tenant_id: tenant,
    status,
    amount: '10.00',
    currency: 'EUR',
    recipient_account: 'ACC',
    description: null,
    error_message: null,
    error_code: null,
    provider_reference: null,
    metadata: '{}',
    scheduled_for: null,
    attempts: 0,
    created_at: new Date(),
    updated_at: new Date(),
    revision: '0',
  });

  it('reports every status, across tenants, zero for the ones with no payouts', async () => {
    await db
      .insertInto('payouts')
      .values([row('pending'), row('pending', 'other'), row('completed'), row('failed')])
      .execute();
    reportPayoutsByStatus(db);
    const text = await metricsRegistry.metrics();
    const value = (status: string) =>
      Number(new RegExp(`^payouts_by_status\\{status="${status}"\\} (\\d+)$`, 'm').exec(text)?.[1]);
    expect({
      pending: value('pending'),
      processing: value('processing'),
      completed: value('completed'),
      failed: value('failed'),
      cancelled: value('cancelled'),
    }).toEqual({ pending: 2, processing: 0, completed: 1, failed: 1, cancelled: 0 });
  });

  it('counts again once the last count is older than the reuse interval', async () => {
    reportPayoutsByStatus(db, { reuseMs: 0 });
    const pending = async () =>
      Number(/^payouts_by_status\{status="pending"\} (\d+)$/m.exec(await metricsRegistry.metrics())?.[1]);
    const before = await pending();
    await db
      .insertInto('payouts')
      .values([row('pending'), row('pending')])
      .execute();
    expect(await pending()).toBe(before + 2);
  });
});
