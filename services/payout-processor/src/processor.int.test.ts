// Two processor replicas on one bus (real PostgreSQL and NATS JetStream), fed by a relay, with
// duplicated messages and dispatches racing the original request: every payout is started once,
// paid once and completed once.
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
  requestPayout,
  startTestRelay,
} from './testing.ts';

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

describe('two processor replicas on one bus', () => {
  it('start, pay and complete each payout exactly once despite duplicates and racing dispatches', async () => {
    const provider = countingProvider((_, call) =>
      call === 1
        ? { status: 'paid', reference: `ref_${randomUUID()}` }
        : { status: 'paid', reference: 'second' },
    );
    const options = { concurrency: 4, providerLatencyMs: 0, provider, retryBaseMs: 10 };
    running.push(await startProcessor(infra, options), await startProcessor(infra, options));

    const ids = await Promise.all(Array.from({ length: 20 }, () => requestPayout(infra.eventStore)));
    // A dispatch racing each request, and every PayoutRequested published a second time under
    // another message id (a duplicate JetStream's window cannot catch).
    await Promise.all(ids.map((id) => dispatch(infra.eventStore, id, 'stale_pending').catch(() => {})));
    const js = infra.jsm.jetstream();
    for (const id of ids) {
      const [requested] = await busEvents(infra.eventStore, id);
      await js.publish(eventSubject(infra.bus.subjectPrefix, 'PayoutRequested'), JSON.stringify(requested), {
        msgID: randomUUID(),
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
  });
});
