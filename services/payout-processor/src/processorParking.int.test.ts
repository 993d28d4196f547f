// The processor defers a retry that is not due yet (DeferMessage); that must never count toward
// parking, or a payout waiting for its next attempt would be parked instead of retried. With parking
// after a single failure, a payout the provider never answers still goes through every attempt.
import {
  createLogger,
  type Infrastructure,
  loadConfig,
  metricsRegistry,
  openInfrastructure,
  type Running,
} from '@payouts/platform';
import { createTestDatabase, eventually, type TestDatabase, uniqueBusNames } from '@payouts/platform/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { processorEnv } from './config.ts';
import { PROCESSOR_CONSUMER, startProcessor } from './start.ts';
import { eventTypes, requestPayout, startTestRelay } from './testing/index.ts';

let database: TestDatabase;
let infra: Infrastructure;
const running: Running[] = [];

beforeAll(async () => {
  database = await createTestDatabase('processor_parking');
  const config = loadConfig(processorEnv, {
    DATABASE_URL: database.url,
    NATS_URL: process.env.NATS_URL,
    ...uniqueBusNames(),
    BUS_PARK_AFTER_FAILURES: '1',
  });
  infra = await openInfrastructure(config, createLogger('processor-parking-test', 'silent'), 'test');
  running.push(startTestRelay(infra));
});

afterAll(async () => {
  for (const r of running.reverse()) await r.stop();
  await infra?.bus.deleteStream().catch(() => {});
  await infra?.close();
  await database?.drop();
});

it('defers each retry until it is due without parking it, however strict the parking limit', async () => {
  running.push(
    await startProcessor(infra, {
      concurrency: 4,
      providerLatencyMs: 0,
      maxAttempts: 3,
      // Each PayoutAttemptFailed arrives well before its next_attempt_at: deferred at least once.
      retryBaseMs: 500,
      retryMaxMs: 1_000,
    }),
  );
  const id = await requestPayout(infra.eventStore, { recipient_account: 'FAIL_TRANSIENT-parking' });
  await eventually(
    async () => ((await eventTypes(infra.eventStore, id)).at(-1) === 'PayoutFailed' ? true : undefined),
    30_000,
    'the payout to run out of attempts',
  );
  expect(await eventTypes(infra.eventStore, id)).toEqual([
    'PayoutRequested',
    'PayoutProcessingStarted',
    'PayoutAttemptFailed',
    'PayoutProcessingStarted',
    'PayoutAttemptFailed',
    'PayoutProcessingStarted',
    'PayoutFailed',
  ]);
  expect(await infra.bus.parking!.store.list({ stream: infra.bus.stream, failing: true })).toEqual([]);
  const handled = (await metricsRegistry.getMetricsAsJSON()).find(
    (m) => m.name === 'bus_consumer_handled_total',
  );
  const deferred = handled?.values.find(
    (v) =>
      v.labels.consumer === `${PROCESSOR_CONSUMER}-PayoutAttemptFailed` && v.labels.outcome === 'deferred',
  );
  expect(deferred?.value).toBeGreaterThanOrEqual(2);
});
