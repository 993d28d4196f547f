import { randomUUID } from 'node:crypto';
import { ConfigError, createLogger, createPool } from '@payouts/platform';
import { createTestDatabase, type TestDatabase } from '@payouts/platform/testing';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProviderUnavailable } from './port.ts';
import { createSimulatedProvider } from './simulatedProvider.ts';

let database: TestDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  database = await createTestDatabase('provider');
  pool = createPool(database.url, createLogger('provider-test', 'silent'));
});
afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

const request = (recipient_account = '40817810099910004312') => ({
  payout_id: randomUUID(),
  amount: '100.50',
  currency: 'RUB',
  recipient_account,
});

describe('the simulated provider', () => {
  it('pays once per payout id: a second call answers the first outcome', async () => {
    const provider = await createSimulatedProvider(pool, { latencyMs: 0 });
    const payment = request();
    const first = await provider.pay(payment);
    const again = await provider.pay(payment);
    expect(first.status).toBe('paid');
    expect(again).toEqual(first);
    expect(await provider.record(payment.payout_id)).toMatchObject({ status: 'paid', replays: 1 });
  });

  it('pays once when two calls for one payout arrive together', async () => {
    const provider = await createSimulatedProvider(pool, { latencyMs: 0 });
    const payment = request();
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => provider.pay(payment)));
    expect(new Set(outcomes.map((o) => JSON.stringify(o))).size).toBe(1);
    const { rows } = await pool.query(
      'select count(*)::int as n from simulated_provider_payments where payout_id = $1',
      [payment.payout_id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('records first payments made together in one statement, each with its own outcome', async () => {
    const provider = await createSimulatedProvider(pool, { latencyMs: 0 });
    const blocker = provider.pay(request()); // goes alone; the rest wait for it and go together
    const payments = Array.from({ length: 10 }, (_, i) =>
      request(i % 3 === 0 ? 'FAIL_PERMANENT_closed' : `4081781009991000${1000 + i}`),
    );
    const twice = payments[1]!;
    const outcomes = await Promise.all([...payments, twice].map((p) => provider.pay(p)));
    await blocker;

    for (const [i, outcome] of outcomes.slice(0, 10).entries()) {
      expect(outcome.status).toBe(i % 3 === 0 ? 'declined' : 'paid');
    }
    // The same payout twice in one group: paid once, the second call answered from the record.
    expect(outcomes[10]).toEqual(outcomes[1]);
    expect(await provider.record(twice.payout_id)).toMatchObject({ replays: 1 });
    const { rows } = await pool.query<{ payments: number; statements: number }>(
      `select count(*)::int as payments, count(distinct created_at)::int as statements
       from simulated_provider_payments where payout_id = any($1::uuid[])`,
      [payments.map((p) => p.payout_id)],
    );
    expect(rows[0]).toEqual({ payments: 10, statements: 1 });
  });

  it('remembers across restarts and answers a status query', async () => {
    const payment = request();
    const before = await (await createSimulatedProvider(pool, { latencyMs: 0 })).pay(payment);
    const restarted = await createSimulatedProvider(pool, { latencyMs: 0 });
    expect(await restarted.status(payment.payout_id)).toEqual(before);
    expect(await restarted.status(randomUUID())).toBeNull();
    expect(await restarted.record(payment.payout_id)).toMatchObject({ replays: 0, status_queries: 1 });
  });

  it('refuses the same payout id with other terms, loudly', async () => {
    const provider = await createSimulatedProvider(pool, { latencyMs: 0 });
    const payment = request();
    await provider.pay(payment);
    await expect(provider.pay({ ...payment, amount: '999.00' })).rejects.toThrow(/other terms/);
  });

  it('declines FAIL_PERMANENT recipients for good and never records FAIL_TRANSIENT ones', async () => {
    const provider = await createSimulatedProvider(pool, { latencyMs: 0 });
    const permanent = request('FAIL_PERMANENT-closed');
    expect(await provider.pay(permanent)).toEqual({
      status: 'declined',
      code: 'account_closed',
      message: 'the recipient account is closed',
    });
    const transient = request('FAIL_TRANSIENT-flaky');
    await expect(provider.pay(transient)).rejects.toBeInstanceOf(ProviderUnavailable);
    await expect(provider.pay(transient)).rejects.toBeInstanceOf(ProviderUnavailable);
    expect(await provider.status(transient.payout_id)).toBeNull();
  });

  it('fails at the configured rates', async () => {
    const rolls = [0.05, 0.15, 0.5, 0.95];
    let i = 0;
    const provider = await createSimulatedProvider(pool, {
      latencyMs: 0,
      permanentFailureRate: 0.1,
      transientFailureRate: 0.2,
      random: () => rolls[i++ % rolls.length] ?? 0,
    });
    expect((await provider.pay(request())).status).toBe('declined'); // 0.05 < 0.1
    await expect(provider.pay(request())).rejects.toBeInstanceOf(ProviderUnavailable); // 0.15 < 0.3
    expect((await provider.pay(request())).status).toBe('paid');
    expect((await provider.pay(request())).status).toBe('paid');
  });

  it('refuses failure rates that add up to more than one', async () => {
    await expect(
      createSimulatedProvider(pool, { latencyMs: 0, permanentFailureRate: 0.6, transientFailureRate: 0.5 }),
    ).rejects.toBeInstanceOf(ConfigError);
  });
});
