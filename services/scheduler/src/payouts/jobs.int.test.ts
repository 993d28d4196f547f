// Every payout job against the real PostgreSQL event store, with the clock in the test's hands: what
// it picks, what it appends, and that a second run appends nothing more.
import { randomUUID } from 'node:crypto';
import {
  type PayoutEvent,
  parsePayoutEvent,
  payoutDecider,
  payoutProcessingDecider,
  payoutStreamName,
} from '@payouts/contracts';
import {
  createCheckpointStore,
  createKysely,
  createLogger,
  createPool,
  createPostgresEventStore,
  type EventStore,
  handleCommand,
} from '@payouts/platform';
import { createTestDatabase, eventually, type TestDatabase } from '@payouts/platform/testing';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPayoutJobs, type PayoutJobs } from './jobs.ts';
import { ensureSchedulerSchema } from './schema.ts';
import { createPayoutTracker, type PayoutTracker } from './tracker.ts';

const STALE_MS = 60_000;
const STUCK_MS = 300_000;
const CONTEXT = { correlation_id: 'test', causation_id: null, actor: 'test', traceparent: null };

let database: TestDatabase;
let pool: pg.Pool;
let db: Kysely<unknown>;
let store: EventStore;
let tracker: PayoutTracker;
let jobs: PayoutJobs;
let tenant: string;

beforeAll(async () => {
  database = await createTestDatabase('scheduler');
  pool = createPool(database.url, createLogger('scheduler-test', 'silent'));
  db = createKysely(pool);
  store = await createPostgresEventStore(pool, db, { schema: 'event_store' });
  await ensureSchedulerSchema(pool);
  tracker = createPayoutTracker({
    pool,
    eventStore: store,
    checkpoints: await createCheckpointStore(pool),
    checkpointName: 'scheduler-test',
  });
  jobs = createPayoutJobs(
    { pool, eventStore: store },
    { pendingStaleAfterMs: STALE_MS, processingStuckAfterMs: STUCK_MS },
  );
});

afterAll(async () => {
  await store?.close();
  await db?.destroy();
  await database?.drop();
});

// Each test works in its own tenant and far-apart times, so earlier tests' payouts stay out of its way.
let T0: Date;
let testIndex = 0;
beforeEach(async () => {
  tenant = `tenant_${randomUUID().slice(0, 8)}`;
  testIndex++;
  T0 = new Date(Date.UTC(2031 + testIndex, 0, 1, 10, 0, 0));
  // Settle every open payout of earlier tests, so that no job of this test finds them.
  await syncView();
  const { rows } = await pool.query<{ payout_id: string; status: string }>(
    `select payout_id, status from scheduler_payouts where status in ('pending', 'processing')`,
  );
  for (const row of rows) {
    if (row.status === 'pending')
      await run(row.payout_id, { type: 'CancelPayout', data: { reason: null }, now: T0 });
    else await run(row.payout_id, { type: 'CompletePayout', data: { provider_reference: 'done' }, now: T0 });
  }
  await syncView();
});

const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

async function run(
  id: string,
  command:
    | Parameters<typeof payoutProcessingDecider.decide>[0]
    | { type: 'CancelPayout'; data: { reason: null }; now: Date },
) {
  if (command.type === 'CancelPayout') {
    await handleCommand(store, payoutDecider, payoutStreamName(id), command, CONTEXT);
    return;
  }
  await handleCommand(store, payoutProcessingDecider, payoutStreamName(id), command, CONTEXT);
}

async function request(
  options: { seconds?: number; scheduledFor?: Date; amount?: string; currency?: string } = {},
) {
  const id = randomUUID();
  await handleCommand(
    store,
    payoutDecider,
    payoutStreamName(id),
    {
      type: 'RequestPayout',
      data: {
        payout_id: id,
        tenant_id: tenant,
        amount: options.amount ?? '100.50',
        currency: options.currency ?? 'RUB',
        recipient_account: 'acc',
        description: null,
        metadata: {},
        scheduled_for: options.scheduledFor?.toISOString() ?? null,
      },
      now: at(options.seconds ?? 0),
    },
    CONTEXT,
    { expected: 'no_stream' },
  );
  return id;
}

async function events(id: string): Promise<PayoutEvent[]> {
  return (await store.readStream(payoutStreamName(id))).map((e) => parsePayoutEvent(e.type, e.data));
}

async function dispatches(id: string) {
  return (await events(id)).filter((e) => e.type === 'PayoutProcessingRequested');
}

/**
 * Catches the view up with every event appended so far. readAll holds back events behind appends
 * still running, so a catch-up may need a moment.
 */
async function syncView(): Promise<number> {
  const { rows } = await pool.query<{ n: number }>('select count(*)::int as n from event_store.events');
  const total = rows[0]?.n ?? 0;
  let folded = 0;
  await eventually(
    async () => {
      folded += await tracker.catchUp();
      const seen = await pool.query<{ n: number }>(
        'select coalesce(sum(revision + 1), 0)::int as n from scheduler_payouts',
      );
      return (seen.rows[0]?.n ?? 0) >= total ? true : undefined;
    },
    20_000,
    'the scheduler view to catch up',
  );
  return folded;
}

/** What the scheduler does on each run: catch the view up, then run the job. */
async function runJob(job: keyof PayoutJobs, now: Date) {
  await syncView();
  return jobs[job](now);
}

describe('the payout view', () => {
  it('folds each event once, however often it catches up', async () => {
    const id = await request();
    await run(id, { type: 'StartProcessing', now: at(1) });
    expect(await syncView()).toBeGreaterThan(0);
    expect(await tracker.catchUp()).toBe(0);
    const { rows } = await pool.query(
      'select status, revision, last_event_at from scheduler_payouts where payout_id = $1',
      [id],
    );
    expect(rows[0]).toMatchObject({ status: 'processing', revision: '1', last_event_at: at(1) });
  });
});

describe('release of scheduled payouts', () => {
  it('releases a scheduled payout once its time has come, and only once', async () => {
    const id = await request({ scheduledFor: at(3600) });
    expect(await runJob('releaseScheduled', at(3599))).toMatchObject({ found: 0 });
    expect(await dispatches(id)).toHaveLength(0);

    expect(await runJob('releaseScheduled', at(3600))).toMatchObject({ found: 1, dispatched: 1 });
    // Run again before the view saw the release: found again, appended nothing.
    expect(await jobs.releaseScheduled(at(3601))).toMatchObject({ found: 1, dispatched: 0, skipped: 1 });
    expect(await runJob('releaseScheduled', at(3602))).toMatchObject({ found: 0 });
    expect(await dispatches(id)).toEqual([
      {
        type: 'PayoutProcessingRequested',
        data: { payout_id: id, reason: 'scheduled_release', occurred_at: at(3600).toISOString() },
      },
    ]);
  });

  it('releases again a payout whose schedule was moved after it was released', async () => {
    const id = await request({ scheduledFor: at(60) });
    await runJob('releaseScheduled', at(60));
    await handleCommand(
      store,
      payoutDecider,
      payoutStreamName(id),
      { type: 'UpdatePayout', data: { changes: { scheduled_for: at(600).toISOString() } }, now: at(61) },
      CONTEXT,
    );
    expect(await runJob('releaseScheduled', at(599))).toMatchObject({ found: 0 });
    expect(await runJob('releaseScheduled', at(600))).toMatchObject({ dispatched: 1 });
    expect(await dispatches(id)).toHaveLength(2);
  });
});

describe('re-dispatch of payouts left pending', () => {
  it('dispatches a due payout pending too long, once per stale period', async () => {
    const id = await request();
    const notDue = await request({ scheduledFor: at(86_400) });
    expect(await runJob('redispatchPending', at(59))).toMatchObject({ found: 0 });
    expect(await runJob('redispatchPending', at(61))).toMatchObject({ found: 1, dispatched: 1 });
    expect(await jobs.redispatchPending(at(62))).toMatchObject({ dispatched: 0 }); // twice: nothing more
    expect(await runJob('redispatchPending', at(100))).toMatchObject({ found: 0 });
    expect(await runJob('redispatchPending', at(122))).toMatchObject({ dispatched: 1 });
    expect((await dispatches(id)).map((e) => e.data.occurred_at)).toEqual([
      at(61).toISOString(),
      at(122).toISOString(),
    ]);
    expect(await dispatches(notDue)).toHaveLength(0);
  });

  it('leaves alone payouts that moved on', async () => {
    const started = await request();
    await run(started, { type: 'StartProcessing', now: at(1) });
    expect(await runJob('redispatchPending', at(3600))).toMatchObject({ found: 0 });
  });
});

describe('resolution of payouts stuck in processing', () => {
  it('dispatches a payout in processing too long to the processor, once per period', async () => {
    const id = await request();
    await run(id, { type: 'StartProcessing', now: at(1) });
    expect(await runJob('resolveStuckProcessing', at(1 + 299))).toMatchObject({ found: 0 });
    expect(await runJob('resolveStuckProcessing', at(1 + 301))).toMatchObject({ found: 1, dispatched: 1 });
    expect(await jobs.resolveStuckProcessing(at(1 + 302))).toMatchObject({ dispatched: 0 });
    expect(await runJob('resolveStuckProcessing', at(1 + 400))).toMatchObject({ found: 0 });
    expect((await dispatches(id)).map((e) => e.data)).toEqual([
      { payout_id: id, reason: 'stuck_processing', occurred_at: at(302).toISOString() },
    ]);
  });

  it('waits for a retry that is not overdue, and never touches a settled payout', async () => {
    const waiting = await request();
    await run(waiting, { type: 'StartProcessing', now: at(1) });
    await run(waiting, {
      type: 'RecordTransientFailure',
      data: { code: 'provider_unavailable', message: 'down', max_attempts: 5, retry_delay_ms: 600_000 },
      now: at(2),
    });
    const done = await request();
    await run(done, { type: 'StartProcessing', now: at(1) });
    await run(done, { type: 'CompletePayout', data: { provider_reference: 'r' }, now: at(2) });
    expect(await runJob('resolveStuckProcessing', at(2 + 600 + 299))).toMatchObject({ found: 0 });
    expect(await runJob('resolveStuckProcessing', at(2 + 600 + 301))).toMatchObject({
      found: 1,
      dispatched: 1,
    });
    expect(await dispatches(done)).toHaveLength(0);
  });
});

describe('daily totals', () => {
  async function totals() {
    const { rows } = await pool.query(
      `select day::text, currency, status, payout_count::int as count, amount_total::text as total
       from daily_payout_totals where tenant_id = $1 order by day, currency, status`,
      [tenant],
    );
    return rows;
  }

  it('keeps totals per day, currency and status, recomputed when payouts change, the same when run twice', async () => {
    const day = T0.toISOString().slice(0, 10);
    const a = await request({ amount: '100.50' });
    await request({ amount: '0.75' });
    await request({ amount: '1000', currency: 'JPY' });
    await request({ amount: '5.00', seconds: 86_400 }); // the next day
    await runJob('dailyTotals', at(10));
    const first = await totals();
    expect(first).toEqual([
      { day, currency: 'JPY', status: 'pending', count: 1, total: '1000' },
      { day, currency: 'RUB', status: 'pending', count: 2, total: '101.25' },
      {
        day: at(86_400).toISOString().slice(0, 10),
        currency: 'RUB',
        status: 'pending',
        count: 1,
        total: '5.00',
      },
    ]);
    expect(await runJob('dailyTotals', at(20))).toEqual({ days: 0, rows: 0 });
    expect(await totals()).toEqual(first);

    await run(a, { type: 'StartProcessing', now: at(30) });
    await run(a, { type: 'CompletePayout', data: { provider_reference: 'r' }, now: at(31) });
    expect(await runJob('dailyTotals', at(40))).toMatchObject({ days: 1 });
    expect((await totals()).filter((r) => r.day === day)).toEqual([
      { day, currency: 'JPY', status: 'pending', count: 1, total: '1000' },
      { day, currency: 'RUB', status: 'completed', count: 1, total: '100.50' },
      { day, currency: 'RUB', status: 'pending', count: 1, total: '0.75' },
    ]);
  });
});
