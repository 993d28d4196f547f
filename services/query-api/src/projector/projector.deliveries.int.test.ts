// The projector under any delivery the bus can make: events reordered, duplicated, and lost (then
// redelivered, as JetStream does with a message nobody acknowledged). Whatever the order, the row
// is always a pure fold of its stream up to its revision, never behind what was delivered, and in
// the end the fold of the whole stream. The events come from the in-memory event store (what is
// proved here is the projector, not a store); the read model is the real PostgreSQL table.
import { randomUUID } from 'node:crypto';
import { foldPayout, type PayoutEvent, parsePayoutEvent, payoutStreamName } from '@payouts/contracts';
import { createKysely, createLogger, createPool, type EventToAppend, toBusEvent } from '@payouts/platform';
import { createInMemoryEventStore, createTestDatabase, type TestDatabase } from '@payouts/platform/testing';
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateReadModel } from '../readModel/migrations.ts';
import { rowToPayout } from '../readModel/rows.ts';
import type { ReadModel } from '../readModel/schema.ts';
import { projectEvent, RecentPayouts } from './projector.ts';
import { createRowWriter } from './rowWriter.ts';

/** Each run is one payout with a few events: enough runs to meet every kind of disorder. */
const RUNS = 100;
const T0 = Date.parse('2026-06-01T09:00:00.000Z');

type Step =
  | { kind: 'update'; amount_minor: number; description: string | null }
  | { kind: 'cancel' }
  | { kind: 'start' }
  | { kind: 'complete' }
  | { kind: 'fail'; retryable: boolean };

/** A payout's life as the deciders allow it: updates while pending, then an end or none. */
const lifeArbitrary = fc
  .tuple(
    fc.array(
      fc.record({
        kind: fc.constant('update' as const),
        amount_minor: fc.integer({ min: 1, max: 99_999_999 }),
        description: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
      }),
      { maxLength: 4 },
    ),
    fc.constantFrom<Step[]>(
      [],
      [{ kind: 'cancel' }],
      [{ kind: 'start' }],
      [{ kind: 'start' }, { kind: 'complete' }],
      [{ kind: 'start' }, { kind: 'fail', retryable: false }],
    ),
  )
  .map(([updates, end]): Step[] => [...updates, ...end]);

function eventsOf(payout_id: string, steps: Step[]): PayoutEvent[] {
  const at = (i: number) => new Date(T0 + (i + 1) * 1_000).toISOString();
  const requested: PayoutEvent = {
    type: 'PayoutRequested',
    data: {
      payout_id,
      tenant_id: 'tenant-a',
      amount: '100.00',
      currency: 'RUB',
      recipient_account: '40817810099910004312',
      description: 'Refund for order A-1001',
      metadata: { order: 'A-1001' },
      scheduled_for: null,
      occurred_at: at(0),
    },
  };
  return [
    requested,
    ...steps.map((step, i): PayoutEvent => {
      const occurred_at = at(i + 1);
      switch (step.kind) {
        case 'update': {
          const amount = `${Math.floor(step.amount_minor / 100)}.${String(step.amount_minor % 100).padStart(2, '0')}`;
          return {
            type: 'PayoutUpdated',
            data: { payout_id, changes: { amount, description: step.description }, occurred_at },
          };
        }
        case 'cancel':
          return { type: 'PayoutCancelled', data: { payout_id, reason: null, occurred_at } };
        case 'start':
          return { type: 'PayoutProcessingStarted', data: { payout_id, attempt: 1, occurred_at } };
        case 'complete':
          return { type: 'PayoutCompleted', data: { payout_id, provider_reference: 'ref-1', occurred_at } };
        default:
          return {
            type: 'PayoutFailed',
            data: {
              payout_id,
              code: 'declined',
              message: 'declined',
              retryable: step.retryable,
              attempt: 1,
              occurred_at,
            },
          };
      }
    }),
  ];
}

function toAppend(event: PayoutEvent): EventToAppend {
  const id = randomUUID();
  return {
    id,
    type: event.type,
    data: event.data,
    metadata: {
      event_id: id,
      correlation_id: id,
      causation_id: null,
      actor: 'key-a',
      traceparent: null,
      schema_version: 1,
    },
  };
}

describe('the projector under reordered, duplicated and lost deliveries', () => {
  let database: TestDatabase;
  let pool: ReturnType<typeof createPool>;
  let db: Kysely<ReadModel>;
  beforeAll(async () => {
    database = await createTestDatabase('projector_deliveries');
    pool = createPool(database.url, createLogger('test', 'silent'));
    db = createKysely<ReadModel>(pool);
    await migrateReadModel(db as unknown as Kysely<unknown>);
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('keeps the row a fold of its stream up to its revision, and ends at the fold of the whole stream', async () => {
    const store = createInMemoryEventStore();
    await fc.assert(
      fc.asyncProperty(
        lifeArbitrary.chain((steps) => {
          const count = steps.length + 1;
          return fc.record({
            steps: fc.constant(steps),
            // Deliveries by revision: any order, any repeats, any left out.
            delivered: fc.array(fc.nat(count - 1), { maxLength: count * 3 }),
            // The order in which what was never delivered comes back.
            redeliveryOrder: fc.shuffledSubarray(
              Array.from({ length: count }, (_, i) => i),
              { minLength: count },
            ),
            remembering: fc.boolean(),
          });
        }),
        async ({ steps, delivered, redeliveryOrder, remembering }) => {
          const payoutId = randomUUID();
          const stream = payoutStreamName(payoutId);
          const events = eventsOf(payoutId, steps);
          for (const [i, e] of events.entries()) {
            await store.append(stream, [toAppend(e)], i === 0 ? 'no_stream' : BigInt(i - 1));
          }
          const recorded = (await store.readStream(stream)).map(toBusEvent);
          const lost = redeliveryOrder.filter((r) => !delivered.includes(r));
          const options = {
            writer: createRowWriter(db),
            ...(remembering ? { recent: new RecentPayouts() } : {}),
          };
          let highest = -1;
          for (const revision of [...delivered, ...lost]) {
            await projectEvent(db, store, recorded[revision]!, options);
            highest = Math.max(highest, revision);
            const row = await db
              .selectFrom('payouts')
              .selectAll()
              .where('id', '=', payoutId)
              .executeTakeFirstOrThrow();
            expect(Number(row.revision)).toBeGreaterThanOrEqual(highest);
            expect(rowToPayout(row)).toEqual(foldUpTo(events, Number(row.revision)));
          }
          const row = await db
            .selectFrom('payouts')
            .selectAll()
            .where('id', '=', payoutId)
            .executeTakeFirstOrThrow();
          expect(row.revision).toBe(String(events.length - 1));
          expect(rowToPayout(row)).toEqual(foldUpTo(events, events.length - 1));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** What the decider folds from revisions 0..revision, read back as the event store returns them. */
function foldUpTo(events: PayoutEvent[], revision: number) {
  const parsed = events
    .slice(0, revision + 1)
    .map((e) => parsePayoutEvent(e.type, JSON.parse(JSON.stringify(e.data)), 1));
  return foldPayout(parsed, null);
}
