// GET /api/v1/payouts/{id}: ETag and If-None-Match, tenant isolation, and read-your-writes (a read
// that names a revision waits for the projector's notification, bounded, else says it is stale).
import { randomUUID } from 'node:crypto';
import type { PayoutResource } from '@payouts/contracts';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueryTestbed, KEYS, type QueryTestbed } from '../testing/queryTestbed.ts';
import { PROJECTED_CHANNEL } from './readYourWrites.ts';

describe('GET /api/v1/payouts/{id}', () => {
  let bed: QueryTestbed;
  const id = randomUUID();

  beforeAll(async () => {
    // A shorter bound keeps the "never reached" cases quick; the production bound is READ_WAIT_MAX_MS.
    bed = await createQueryTestbed({ readWaitMs: 3_000 });
    await bed.insertRows([{ id, revision: '1', amount: '42.00' }]);
  });
  afterAll(async () => {
    await bed?.close();
  });

  /** What the projector does: move the row to a revision, then notify. */
  async function project(revision: string, amount: string) {
    await bed.db.updateTable('payouts').set({ revision, amount }).where('id', '=', id).execute();
    await sql`select pg_notify(${PROJECTED_CHANNEL}, ${id})`.execute(bed.db);
  }

  it('answers the payout with its revision as ETag, with or without the trailing slash', async () => {
    for (const path of [`/api/v1/payouts/${id}`, `/api/v1/payouts/${id}/`]) {
      const response = await bed.get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('etag')).toBe('"1"');
      expect(((await response.json()) as PayoutResource).amount).toBe('42.00');
    }
  });

  it('answers 304 when If-None-Match names the current revision, 200 otherwise', async () => {
    const same = await bed.get(`/api/v1/payouts/${id}`, KEYS.tenantA, { 'If-None-Match': '"1"' });
    expect(same.status).toBe(304);
    expect(same.headers.get('etag')).toBe('"1"');
    expect(await same.text()).toBe('');
    const weak = await bed.get(`/api/v1/payouts/${id}`, KEYS.tenantA, { 'If-None-Match': '"7", W/"1"' });
    expect(weak.status).toBe(304);
    const star = await bed.get(`/api/v1/payouts/${id}`, KEYS.tenantA, { 'If-None-Match': '*' });
    expect(star.status).toBe(304);
    const older = await bed.get(`/api/v1/payouts/${id}`, KEYS.tenantA, { 'If-None-Match': '"0"' });
    expect(older.status).toBe(200);
  });

  it('is 404 for another tenant, an unknown id, and 400 for a malformed one', async () => {
    expect((await bed.get(`/api/v1/payouts/${id}`, KEYS.tenantB)).status).toBe(404);
    expect((await bed.get(`/api/v1/payouts/${randomUUID()}`)).status).toBe(404);
    const bad = await bed.get('/api/v1/payouts/not-a-uuid');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe('id');
  });

  it('answers at once when the read model already has the revision asked for', async () => {
    const response = await bed.get(`/api/v1/payouts/${id}`, KEYS.tenantA, { 'X-Min-Revision': '1' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-read-model-stale')).toBeNull();
  });

  it('waits until the projector reaches the revision (header or query parameter)', async () => {
    const waiting = bed.get(`/api/v1/payouts/${id}`, KEYS.tenantA, { 'X-Min-Revision': '2' });
    setTimeout(() => void project('2', '43.00'), 100);
    const response = await waiting;
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"2"');
    expect(response.headers.get('x-read-model-stale')).toBeNull();
    expect(((await response.json()) as PayoutResource).amount).toBe('43.00');

    const byQuery = bed.get(`/api/v1/payouts/${id}?min_revision=3`);
    setTimeout(() => void project('3', '44.00'), 100);
    const second = await byQuery;
    expect(second.headers.get('etag')).toBe('"3"');
  });

  it('answers what it has, marked stale, when the revision does not come in time', async () => {
    const response = await bed.get(`/api/v1/payouts/${id}`, KEYS.tenantA, { 'X-Min-Revision': '99' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-read-model-stale')).toBe('true');
    expect(response.headers.get('etag')).toBe('"3"');
  });

  it('waits for a payout the projector has not created yet, then 404s stale if it never comes', async () => {
    const fresh = randomUUID();
    const waiting = bed.get(`/api/v1/payouts/${fresh}`, KEYS.tenantA, { 'X-Min-Revision': '0' });
    setTimeout(async () => {
      await bed.insertRows([{ id: fresh, revision: '0' }]);
      await sql`select pg_notify(${PROJECTED_CHANNEL}, ${fresh})`.execute(bed.db);
    }, 100);
    expect((await waiting).status).toBe(200);
    const never = await bed.get(`/api/v1/payouts/${randomUUID()}`, KEYS.tenantA, { 'X-Min-Revision': '0' });
    expect(never.status).toBe(404);
    expect(never.headers.get('x-read-model-stale')).toBe('true');
  });

  it('refuses a revision that is not a number, naming the parameter', async () => {
    const header = await bed.get(`/api/v1/payouts/${id}`, KEYS.tenantA, { 'X-Min-Revision': 'latest' });
    expect(header.status).toBe(400);
    expect(((await header.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe(
      'X-Min-Revision',
    );
    const query = await bed.get(`/api/v1/payouts/${id}?min_revision=-1`);
    expect(query.status).toBe(400);
    expect(((await query.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe('min_revision');
  });
});
