// The scheduler as it runs: under its lease, its jobs on croner schedules (every second here), each
// run counted. The jobs' rules are tested one by one in payouts/jobs.int.test.ts.
import { randomUUID } from 'node:crypto';
import { payoutDecider, payoutStreamName } from '@payouts/contracts';
import {
  createLogger,
  handleCommand,
  type Infrastructure,
  loadConfig,
  metricsRegistry,
  openInfrastructure,
  type Running,
} from '@payouts/platform';
import { createTestDatabase, eventually, type TestDatabase, uniqueBusNames } from '@payouts/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schedulerEnv } from './config.ts';
import { schedulerOptions, startScheduler } from './scheduler.ts';

let database: TestDatabase;
let infra: Infrastructure;
let scheduler: Running | undefined;

beforeAll(async () => {
  database = await createTestDatabase('scheduler_run');
  const config = loadConfig(schedulerEnv, {
    DATABASE_URL: database.url,
    NATS_URL: process.env.NATS_URL,
    ...uniqueBusNames(),
  });
  infra = await openInfrastructure(config, createLogger('scheduler-run-test', 'silent'), 'test');
});

afterAll(async () => {
  await scheduler?.stop();
  await infra?.close();
  await database?.drop();
});

async function runsOf(job: string): Promise<number> {
  const metric = (await metricsRegistry.getSingleMetric('scheduler_job_runs_total')?.get())?.values ?? [];
  return metric
    .filter((v) => v.labels.job === job && v.labels.outcome === 'ok')
    .reduce((n, v) => n + v.value, 0);
}

describe('the scheduler', () => {
  it('runs its jobs on their schedules, counted, and releases a scheduled payout when its time comes', async () => {
    const now = new Date('2040-06-01T12:00:00.000Z');
    const id = randomUUID();
    await handleCommand(
      infra.eventStore,
      payoutDecider,
      payoutStreamName(id),
      {
        type: 'RequestPayout',
        data: {
          payout_id: id,
          tenant_id: 'acme',
          amount: '10.00',
          currency: 'USD',
          recipient_account: 'acc',
          description: null,
          metadata: {},
          scheduled_for: '2040-06-01T11:59:00.000Z',
        },
        now: new Date('2040-06-01T11:00:00.000Z'),
      },
      { correlation_id: 't', causation_id: null, actor: 't', traceparent: null },
      { expected: 'no_stream' },
    );
    const before = await runsOf('release_scheduled');
    const config = loadConfig(schedulerEnv, {
      SCHEDULE_RELEASE_SCHEDULED: '* * * * * *',
      SCHEDULE_REDISPATCH_PENDING: '* * * * * *',
      SCHEDULE_RESOLVE_PROCESSING: '* * * * * *',
      SCHEDULE_DAILY_TOTALS: '* * * * * *',
    });
    scheduler = startScheduler(infra, { ...schedulerOptions(config), clock: () => now });
    await eventually(
      async () => {
        const events = await infra.eventStore.readStream(payoutStreamName(id));
        return events.some((e) => e.type === 'PayoutProcessingRequested') ? events : undefined;
      },
      30_000,
      'the release',
    );
    await eventually(
      async () => ((await runsOf('release_scheduled')) > before ? true : undefined),
      10_000,
      'the release run counted',
    );
    await eventually(
      async () => ((await runsOf('daily_totals')) > 0 ? true : undefined),
      10_000,
      'a totals run',
    );
    await scheduler.stop();
    scheduler = undefined;
    const events = await infra.eventStore.readStream(payoutStreamName(id));
    expect(events.filter((e) => e.type === 'PayoutProcessingRequested')).toHaveLength(1);
    const { rows } = await infra.pool.query(
      'select status, payout_count::int as n from daily_payout_totals where tenant_id = $1',
      ['acme'],
    );
    expect(rows).toEqual([{ status: 'pending', n: 1 }]);
  });
});
