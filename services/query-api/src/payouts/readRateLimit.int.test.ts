// Reads are limited per API key like writes (the OpenAPI document promises a 429 on every read
// route): one bucket per key across the list, one payout, audit and reports.
import { randomUUID } from 'node:crypto';
import { DAILY_TOTALS_DDL, type Problem } from '@payouts/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueryTestbed, KEYS, type QueryTestbed } from '../testing/queryTestbed.ts';

describe('read rate limit', () => {
  let bed: QueryTestbed;
  const id = randomUUID();
  beforeAll(async () => {
    // Three requests per key, refilled over an hour: nothing comes back during the test.
    bed = await createQueryTestbed({ rateLimit: { requests: 3, windowSeconds: 3600 } });
    await bed.insertRows([{ id }]);
    // The reports' table, as the scheduler creates it.
    await bed.pool.query(DAILY_TOTALS_DDL);
  });
  afterAll(async () => {
    await bed?.close();
  });

  it('answers a 429 problem with Retry-After once a key spent its bucket on any read route', async () => {
    const answers = [
      await bed.get('/api/v1/payouts/'),
      await bed.get(`/api/v1/payouts/${id}/`),
      await bed.get('/api/v1/reports/daily'),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(answers[0]!.headers.get('RateLimit-Policy')).toBe('"default";q=3;w=3600');
    expect(answers[2]!.headers.get('RateLimit')).toMatch(/^"default";r=0;t=\d+$/);

    const refused = await bed.get('/api/v1/payouts/');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Content-Type')).toContain('application/problem+json');
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(((await refused.json()) as Problem).type).toBe('/problems/rate-limited');
    expect((await bed.get(`/api/v1/payouts/${id}/`)).status).toBe(429);
    expect((await bed.get('/api/v1/reports/daily')).status).toBe(429);

    // Another key has its own bucket.
    expect((await bed.get('/api/v1/payouts/', KEYS.tenantB)).status).toBe(200);
  });

  it('is off unless configured', async () => {
    const unlimited = await createQueryTestbed();
    try {
      for (let i = 0; i < 5; i++) expect((await unlimited.get('/api/v1/payouts/')).status).toBe(200);
    } finally {
      await unlimited.close();
    }
  });
});
