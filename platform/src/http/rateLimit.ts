// Requests per API key: a token bucket per key, in this process's memory. Several replicas each keep
// their own buckets, so the effective limit is the per-process one times the replicas; that is enough
// to stop one runaway client, and needs no shared store. Headers follow the IETF RateLimit draft
// (`RateLimit-Policy: "default";q=100;w=60`, `RateLimit: "default";r=42;t=12`).
import type { MiddlewareHandler } from 'hono';
import type { AuthEnv } from './auth.ts';
import { HttpProblem } from './problem.ts';

export type RateLimitOptions = {
  /** Requests a key may make in a burst (the bucket's size); 0 turns the limit off. */
  requests: number;
  /** Seconds the bucket takes to refill from empty: the sustained rate is requests / window. */
  windowSeconds: number;
  /** Milliseconds since some epoch; injected so tests need no real waiting. */
  nowMs?: () => number;
};

type Bucket = { tokens: number; updatedMs: number };

/** Buckets idle this long are full again and can be forgotten; bounds memory to the active keys. */
const SWEEP_EVERY = 1_000;

export type RateLimiter = {
  /** Takes a token for `key`; says whether one was there and what is left. */
  take(key: string): { allowed: boolean; remaining: number; resetSeconds: number; retryAfterSeconds: number };
};

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const { requests, windowSeconds } = options;
  const nowMs = options.nowMs ?? (() => performance.now());
  const refillPerMs = requests / (windowSeconds * 1000);
  const buckets = new Map<string, Bucket>();
  let takes = 0;

  function sweep(now: number) {
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (now - bucket.updatedMs) * refillPerMs >= requests) buckets.delete(key);
    }
  }

  return {
    take(key) {
      const now = nowMs();
      if (++takes % SWEEP_EVERY === 0) sweep(now);
      const bucket = buckets.get(key) ?? { tokens: requests, updatedMs: now };
      bucket.tokens = Math.min(requests, bucket.tokens + (now - bucket.updatedMs) * refillPerMs);
      bucket.updatedMs = now;
      const allowed = bucket.tokens >= 1;
      if (allowed) bucket.tokens -= 1;
      buckets.set(key, bucket);
      const remaining = Math.floor(bucket.tokens);
      return {
        allowed,
        remaining,
        resetSeconds: Math.ceil((requests - bucket.tokens) / refillPerMs / 1000),
        retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)),
      };
    },
  };
}

/** Limits requests per API key (after apiKeyAuth); 429 problem when a key's bucket is empty. */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler<AuthEnv> {
  if (options.requests <= 0) return (_c, next) => next();
  const limiter = createRateLimiter(options);
  const policy = `"default";q=${options.requests};w=${options.windowSeconds}`;
  return async (c, next) => {
    const result = limiter.take(c.get('principal').keyId);
    const headers = {
      'RateLimit-Policy': policy,
      RateLimit: `"default";r=${result.remaining};t=${result.resetSeconds}`,
    };
    if (!result.allowed) {
      throw new HttpProblem(
        429,
        'Too many requests',
        `this API key may make ${options.requests} requests per ${options.windowSeconds} s`,
        {
          type: '/problems/rate-limited',
          headers: { ...headers, 'Retry-After': String(result.retryAfterSeconds) },
        },
      );
    }
    await next();
    // Every answer carries them, a problem thrown further in included (onError has rendered it by
    // now). Through c.header(), never c.res.headers.set(): see renderProblem for why.
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
  };
}
