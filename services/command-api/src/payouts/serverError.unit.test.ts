import { createLogger, type EventStore, mintApiKey, parseApiKeys } from '@payouts/platform';
import { describe, expect, it } from 'vitest';
import { createCommandApp } from '../app.ts';

describe('an unexpected failure', () => {
  it('is a 500 problem that tells the client nothing internal', async () => {
    const secret = 'connection to 10.0.0.7:5432 refused (password for payouts_admin)';
    const failing = () => Promise.reject(new Error(secret));
    const eventStore = { kind: 'postgres', readStream: failing, append: failing } as unknown as EventStore;
    const key = mintApiKey({ id: 'k', tenant: 't', scopes: ['payouts:write'] });
    const app = createCommandApp({
      eventStore,
      apiKeys: parseApiKeys(key.configLine),
      logger: createLogger('test', 'silent'),
      rateLimit: { requests: 0, windowSeconds: 1 },
    });
    const requests = [
      { method: 'POST', path: '/api/v1/payouts', body: { amount: '1.00', recipient_account: 'x' } },
      {
        method: 'POST',
        path: '/api/v1/payouts',
        body: { amount: '1.00', recipient_account: 'x' },
        idempotent: true,
      },
      {
        method: 'PATCH',
        path: '/api/v1/payouts/0b0a4e0e-7c55-4c4b-9d7e-6a0f2f5e8c11',
        body: { amount: '2.00' },
      },
      { method: 'DELETE', path: '/api/v1/payouts/0b0a4e0e-7c55-4c4b-9d7e-6a0f2f5e8c11' },
    ];
    for (const r of requests) {
      const response = await app.request(r.path, {
        method: r.method,
        headers: {
          Authorization: `Bearer ${key.key}`,
          'Content-Type': 'application/json',
          ...(r.idempotent ? { 'Idempotency-Key': 'k-1' } : {}),
        },
        ...(r.body ? { body: JSON.stringify(r.body) } : {}),
      });
      expect(response.status).toBe(500);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      const text = await response.text();
      expect(text).not.toContain('10.0.0.7');
      expect(text).not.toMatch(/\bat |\.ts:/);
      expect(JSON.parse(text)).toMatchObject({ status: 500, title: 'Internal error' });
    }
  });
});
