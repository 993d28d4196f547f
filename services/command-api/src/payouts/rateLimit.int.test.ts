import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CommandTestApp, createCommandTestApp } from '../testing/commandTestApp.ts';

let t: CommandTestApp;
beforeAll(async () => {
  // A fixed clock for the bucket: no refill happens during the test.
  t = await createCommandTestApp({ rateLimit: { requests: 3, windowSeconds: 60, nowMs: () => 0 } });
});
afterAll(() => t.close());

const body = { amount: '1.00', recipient_account: 'x' };

describe('rate limit on the write API', () => {
  it('limits each API key separately, with RateLimit headers on every answer and 429 past the limit', async () => {
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await t.request('POST', '/api/v1/payouts', { body }));
    expect(answers.map((r) => r.status)).toEqual([201, 201, 201, 429]);
    expect(answers[0]?.headers.get('RateLimit-Policy')).toBe('"default";q=3;w=60');
    expect(answers[0]?.headers.get('RateLimit')).toBe('"default";r=2;t=20');
    const limited = answers[3]!;
    expect(limited.headers.get('Content-Type')).toBe('application/problem+json');
    expect(limited.headers.get('Retry-After')).toBe('20');
    expect(limited.headers.get('RateLimit')).toBe('"default";r=0;t=60');
    // Another key has its own bucket.
    expect((await t.request('POST', '/api/v1/payouts', { key: t.keys.globex, body })).status).toBe(201);
    // Errors carry the headers too.
    const invalid = await t.request('PATCH', '/api/v1/payouts/not-a-uuid', { key: t.keys.globex, body: {} });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('RateLimit')).toBe('"default";r=1;t=40');
  });
});
