// The processor as a real process (main.ts under tsx, its own database and bus names), killed and
// stopped the ways production kills and stops it:
//  - SIGKILL after the provider paid and before the outcome was appended: a restarted processor
//    completes the payout from the provider's record, without a second payment;
//  - SIGTERM while a payment is in flight: the process finishes it, appends the outcome, exits 0.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import {
  createLogger,
  type Infrastructure,
  loadConfig,
  openInfrastructure,
  type Running,
} from '@payouts/platform';
import { createTestDatabase, eventually, type TestDatabase, uniqueBusNames } from '@payouts/platform/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { processorEnv } from './config.ts';
import { eventTypes, requestPayout, startTestRelay } from './testing/index.ts';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
/** Long enough to kill the process while the provider's answer is on its way back. */
const PROVIDER_LATENCY_MS = 2_000;
/**
 * Short, so that the restarted process gets the unacknowledged message back soon, yet well above the
 * provider's latency so that a busy machine does not redeliver it while the first process still pays.
 */
const ACK_WAIT_MS = 8_000;

let database: TestDatabase;
let infra: Infrastructure;
let relay: Running;
let env: Record<string, string>;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  database = await createTestDatabase('processor_proc');
  const bus = uniqueBusNames();
  env = {
    DATABASE_URL: database.url,
    NATS_URL: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
    ...bus,
    PROVIDER_LATENCY_MS: String(PROVIDER_LATENCY_MS),
    PROCESSOR_ACK_WAIT_MS: String(ACK_WAIT_MS),
    METRICS_PORT: '0',
    LOG_LEVEL: 'warn',
  };
  infra = await openInfrastructure(
    loadConfig(processorEnv, env),
    createLogger('processor-proc-test', 'silent'),
    'test',
  );
  relay = startTestRelay(infra);
});

afterEach(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  children.clear();
});

afterAll(async () => {
  await relay?.stop();
  await infra?.close();
  await database?.drop();
});

function startProcessorProcess(): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.add(child);
  return child;
}

async function providerRecord(payoutId: string) {
  const { rows } = await infra.pool
    .query<{ status: string; replays: number; status_queries: number }>(
      'select status, replays, status_queries from simulated_provider_payments where payout_id = $1',
      [payoutId],
    )
    .catch(() => ({ rows: [] as { status: string; replays: number; status_queries: number }[] }));
  return rows[0];
}

describe('the processor process', () => {
  it('killed with SIGKILL mid-payment and restarted, completes the payout exactly once', async () => {
    const first = startProcessorProcess();
    const id = await requestPayout(infra.eventStore);
    // The provider has recorded the payment; its answer is still on the way: kill now.
    await eventually(() => providerRecord(id), 60_000, 'the provider to record the payment');
    first.kill('SIGKILL');
    await once(first, 'exit');
    expect((await eventTypes(infra.eventStore, id)).at(-1)).toBe('PayoutProcessingStarted');

    const second = startProcessorProcess();
    await eventually(
      async () => ((await eventTypes(infra.eventStore, id)).at(-1) === 'PayoutCompleted' ? true : undefined),
      60_000,
      'the restarted processor to complete the payout',
    );
    const types = await eventTypes(infra.eventStore, id);
    expect(types).toEqual(['PayoutRequested', 'PayoutProcessingStarted', 'PayoutCompleted']);
    // One payment at the provider (one record, paid), and the restarted process asked what happened
    // (a status query) rather than paying blind. On a busy machine the first process may already have
    // re-asked for the same payment before it died (its ack wait ran out and the message came back);
    // the provider answers such a replay from its record, so that may count one replay, never a payment.
    const record = await providerRecord(id);
    expect(record).toMatchObject({ status: 'paid' });
    expect(record?.replays).toBeLessThanOrEqual(1);
    expect(record?.status_queries).toBeGreaterThanOrEqual(1);
    second.kill('SIGTERM');
    await once(second, 'exit');
  }, 150_000); // two process start-ups and an ack wait, on a machine that may be busy

  it('on SIGTERM stops taking work, finishes the payment in flight and exits cleanly', async () => {
    const child = startProcessorProcess();
    const id = await requestPayout(infra.eventStore);
    await eventually(() => providerRecord(id), 60_000, 'a payment in flight');
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    // Appended before the process exited, not by anyone after it.
    expect(await eventTypes(infra.eventStore, id)).toEqual([
      'PayoutRequested',
      'PayoutProcessingStarted',
      'PayoutCompleted',
    ]);
    expect(await providerRecord(id)).toMatchObject({ replays: 0, status_queries: 0 });
  }, 120_000);
});
