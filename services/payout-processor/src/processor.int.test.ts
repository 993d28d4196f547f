// Processor replicas on one bus (real PostgreSQL and NATS JetStream), fed by a relay: two replicas
// with duplicated messages and dispatches racing the original request start, pay and complete every
// payout once; retries wait on the bus for their next_attempt_at and stop at the attempt limit.
import { randomUUID } from 'node:crypto';
import { eventSubject } from '@payouts/contracts';
import {
  createLogger,
  type Infrastructure,
  loadConfig,
  openInfrastructure,
  type Running,
} from '@payouts/platform';
import { createTestDatabase, eventually, type TestDatabase, uniqueBusNames } from '@payouts/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processorEnv } from './config.ts';
import { startProcessor } from './start.ts';
import {
  busEvents,
  countingProvider,
  dispatch,
  eventTypes,
  payoutEvents,
  requestPayout,
  settlingLaterProvider,
  startTestRelay,
} from './testing/index.ts';

let database: TestDatabase;
let infra: Infrastructure;
const running: Running[] = [];

beforeAll(async () => {
  database = await createTestDatabase('processor_bus');
  const config = loadConfig(processorEnv, {
    DATABASE_URL: database.url,
    NATS_URL: process.env.NATS_URL,
    ...uniqueBusNames(),
  });
  infra = await openInfrastructure(config, createLogger('processor-bus-test', 'silent'), 'test');
  running.push(startTestRelay(infra));
});

afterAll(async () => {
  for (const r of running.reverse()) await r.stop();
  await infra?.close();
  await database?.drop();
});

describe('processor replicas on one bus', () => {
  it('start, pay and complete each payout exactly once despite duplicates and racing dispatches', async () => {
    const provider = countingProvider((_, call) =>
      call === 1
        ? { status: 'paid', reference: `ref_${randomUUID()}` }
        : { status: 'paid', reference: 'second' },
    );
    const options = { concurrency: 4, providerLatencyMs: 0, provider, retryBaseMs: 10 };
    const replicas = [await startProcessor(infra, options), await startProcessor(infra, options)];
    try {
      const ids = await Promise.all(Array.from({ length: 20 }, () => requestPayout(infra.eventStore)));
      // A dispatch racing each request, and every PayoutRequested published a second time under
      // another message id (a duplicate JetStream's window cannot catch).
      await Promise.all(ids.map((id) => dispatch(infra.eventStore, id, 'stale_pending').catch(() => {})));
      for (const id of ids) {
        const [requested] = await busEvents(infra.eventStore, id);
        await infra.bus.publish({
          subject: eventSubject(infra.bus.subjectPrefix, 'PayoutRequested'),
          data: JSON.stringify(requested),
          id: randomUUID(),
        });
      }

      await eventually(
        async () => {
          const last = await Promise.all(
            ids.map(async (id) => (await eventTypes(infra.eventStore, id)).at(-1)),
          );
          return last.every((t) => t === 'PayoutCompleted') ? true : undefined;
        },
        30_000,
        'every payout completed',
      );
      for (const id of ids) {
        const types = await eventTypes(infra.eventStore, id);
        expect(types.filter((t) => t === 'PayoutProcessingStarted')).toHaveLength(1);
        expect(types.filter((t) => t === 'PayoutCompleted')).toHaveLength(1);
        expect(provider.payCalls.get(id)).toBe(1);
      }
    } finally {
      for (const replica of replicas) await replica.stop();
    }
  });

  it('with the simulated provider, FAIL_TRANSIENT retries on the bus until attempts run out, FAIL_PERMANENT fails at once', async () => {
    // A replica of its own on the same bus: the default (PostgreSQL) simulated provider, quick retries.
    const replica = await startProcessor(infra, {
      concurrency: 4,
      providerLatencyMs: 0,
      maxAttempts: 3,
      retryBaseMs: 50,
      retryMaxMs: 200,
    });
    // Stopped at the end of the test, so that no later test's payouts go to this replica's provider.
    try {
      const transient = await requestPayout(infra.eventStore, { recipient_account: 'FAIL_TRANSIENT-1' });
      const permanent = await requestPayout(infra.eventStore, { recipient_account: 'FAIL_PERMANENT-1' });
      const settled = async (id: string) => {
        const last = (await eventTypes(infra.eventStore, id)).at(-1);
        return last === 'PayoutFailed' || last === 'PayoutCompleted' ? true : undefined;
      };
      await eventually(() => settled(transient), 30_000, 'the transient payout to settle');
      await eventually(() => settled(permanent), 30_000, 'the permanent payout to settle');

      const transientEvents = await payoutEvents(infra.eventStore, transient);
      expect(transientEvents.map((e) => e.type)).toEqual([
        'PayoutRequested',
        'PayoutProcessingStarted',
        'PayoutAttemptFailed',
        'PayoutProcessingStarted',
        'PayoutAttemptFailed',
        'PayoutProcessingStarted',
        'PayoutFailed',
      ]);
      expect(transientEvents.at(-1)).toMatchObject({ data: { code: 'attempts_exhausted', attempt: 3 } });
      // Each retry started no earlier than its failed attempt said.
      for (let i = 0; i < transientEvents.length - 1; i++) {
        const failed = transientEvents[i];
        const next = transientEvents[i + 1];
        if (failed?.type === 'PayoutAttemptFailed' && next?.type === 'PayoutProcessingStarted') {
          expect(Date.parse(next.data.occurred_at)).toBeGreaterThanOrEqual(
            Date.parse(failed.data.next_attempt_at),
          );
        }
      }
      expect((await payoutEvents(infra.eventStore, permanent)).map((e) => e.type)).toEqual([
        'PayoutRequested',
        'PayoutProcessingStarted',
        'PayoutFailed',
      ]);
    } finally {
      await replica.stop();
    }
  });

  it('with a provider that accepts now and settles later, every payout completes, each paid once', async () => {
    const provider = settlingLaterProvider({ settleAfterMs: 300, checkAfterMs: 100 });
    const replica = await startProcessor(infra, {
      concurrency: 4,
      maxInFlight: 8,
      providerLatencyMs: 0,
      provider,
    });
    try {
      const ids = await Promise.all(Array.from({ length: 10 }, () => requestPayout(infra.eventStore)));
      await eventually(
        async () => {
          const last = await Promise.all(
            ids.map(async (id) => (await eventTypes(infra.eventStore, id)).at(-1)),
          );
          return last.every((t) => t === 'PayoutCompleted') ? true : undefined;
        },
        30_000,
        'every payout completed',
      );
      for (const id of ids) {
        expect(provider.payCalls.get(id)).toBe(1);
        expect(provider.statusCalls.get(id)).toBeGreaterThanOrEqual(1);
        expect((await payoutEvents(infra.eventStore, id)).at(-1)).toMatchObject({
          data: { provider_reference: `async_${id}` },
        });
      }
    } finally {
      await replica.stop();
    }
  });

  it('provider calls wait outside the event-store limit: a slow provider does not cap payouts in flight', async () => {
    const provider = countingProvider();
    const gate = provider.hold(); // every payment waits, as on a provider that takes seconds
    // One event-store step at a time, yet every payout reaches the provider together.
    const replica = await startProcessor(infra, {
      concurrency: 1,
      maxInFlight: 50,
      providerLatencyMs: 0,
      provider,
    });
    try {
      const ids = await Promise.all(Array.from({ length: 20 }, () => requestPayout(infra.eventStore)));
      await eventually(
        async () => (ids.every((id) => provider.payCalls.has(id)) ? true : undefined),
        30_000,
        'every payout at the provider at once',
      );
      gate.release();
      await eventually(
        async () => {
          const last = await Promise.all(
            ids.map(async (id) => (await eventTypes(infra.eventStore, id)).at(-1)),
          );
          return last.every((t) => t === 'PayoutCompleted') ? true : undefined;
        },
        30_000,
        'every payout completed',
      );
    } finally {
      gate.release();
      await replica.stop();
    }
  });
});
