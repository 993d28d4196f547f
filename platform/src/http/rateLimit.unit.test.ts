import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import type { AuthEnv } from './auth.ts';
import { problemErrorHandler } from './problem.ts';
import { createRateLimiter, rateLimit } from './rateLimit.ts';

describe('rate limit per API key', () => {
  it('lets a burst through, then refills at requests/window', () => {
    let nowMs = 0;
    const limiter = createRateLimiter({ requests: 3, windowSeconds: 3, nowMs: () => nowMs });
    expect([1, 2, 3, 4].map(() => limiter.take('k').allowed)).toEqual([true, true, true, false]);
    expect(limiter.take('other').allowed).toBe(true);
    const refused = limiter.take('k');
    expect(refused).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
    nowMs = 999;
    expect(limiter.take('k').allowed).toBe(false);
    nowMs = 1000;
    expect(limiter.take('k')).toMatchObject({ allowed: true, remaining: 0 });
    nowMs = 60_000;
    expect(limiter.take('k')).toMatchObject({ allowed: true, remaining: 2, resetSeconds: 1 });
  });

  it('answers 429 problems with RateLimit, RateLimit-Policy and Retry-After', async () => {
    let nowMs = 0;
    const app = new Hono<AuthEnv>();
    app.onError(problemErrorHandler(createLogger('test', 'silent')));
    app.use('*', async (c, next) => {
      c.set('principal', { keyId: c.req.header('X-Key') ?? 'a', tenant: 't', scopes: new Set() });
      await next();
    });
    app.use('*', rateLimit({ requests: 2, windowSeconds: 60, nowMs: () => nowMs }));
    app.get('/', (c) => c.text('ok'));
    const first = await app.request('/');
    expect(first.status).toBe(200);
    expect(first.headers.get('RateLimit-Policy')).toBe('"default";q=2;w=60');
    expect(first.headers.get('RateLimit')).toBe('"default";r=1;t=30');
    await app.request('/');
    const limited = await app.request('/');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Content-Type')).toBe('application/problem+json');
    expect(limited.headers.get('RateLimit')).toBe('"default";r=0;t=60');
    expect(limited.headers.get('Retry-After')).toBe('30');
    expect((await app.request('/', { headers: { 'X-Key': 'b' } })).status).toBe(200);
    nowMs = 30_000;
    expect((await app.request('/')).status).toBe(200);
  });

  it('is off when requests is 0', async () => {
    const app = new Hono<AuthEnv>();
    app.use('*', rateLimit({ requests: 0, windowSeconds: 1 }));
    app.get('/', (c) => c.text('ok'));
    for (let i = 0; i < 5; i++) expect((await app.request('/')).status).toBe(200);
  });
});
