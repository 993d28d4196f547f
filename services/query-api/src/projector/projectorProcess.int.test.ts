// The projector as it runs: a durable JetStream consumer under a lease (one active of two replicas,
// the standby takes over), healing gaps in what NATS delivers, and reporting its lag.
import { payoutStreamName } from '@payouts/contracts';
import {
  createLogger,
  type Infrastructure,
  metricsRegistry,
  openInfrastructure,
  publishEvent,
  type RecordedEvent,
} from '@payouts/platform';
import {
  createTestDatabase,
  eventually,
  TEST_NATS_URL,
  type TestDatabase,
  uniqueBusNames,
} from '@payouts/platform/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProjector } from '../start.ts';
import { appendPayout, payoutEvents } from '../testing/payoutEvents.ts';

describe('projector process', () => {
  let database: TestDatabase;
  let infra: Infrastructure;
  const bus = uniqueBusNames();

  beforeAll(async () => {
    database = await createTestDatabase('projector');
    infra = await openInfrastructure(
      {
        DATABASE_URL: database.url,
        NATS_URL: TEST_NATS_URL,
        ...bus,
        EVENT_STORE: 'postgres',
        EVENT_STORE_SCHEMA: 'event_store',
      },
      createLogger('test', 'silent'),
      'projector-test',
    );
  });
  afterAll(async () => {
    await infra?.bus.deleteStream().catch(() => {});
    await infra?.close();
    await database?.drop();
  });

  const publish = (event: RecordedEvent) => publishEvent(infra.bus, event);
  const revisionOf = async (id: string) =>
    (await sql<{ revision: string }>`select revision from payouts where id = ${id}`.execute(infra.db)).rows[0]
      ?.revision;
  const leaseHolders = async () =>
    Number(
      (
        await sql<{ n: string }>`select count(*) as n from pg_locks l join pg_stat_activity a using (pid)
          where l.locktype = 'advisory' and l.granted and a.datname = current_database()`.execute(infra.db)
      ).rows[0]?.n,
    );
  const outcomeCount = async (outcome: string) => {
    const metrics = await metricsRegistry.getMetricsAsJSON();
    const values = metrics.find((m) => m.name === 'projector_events_total')?.values ?? [];
    return Number(values.find((v) => v.labels.outcome === outcome)?.value ?? 0);
  };
  async function storedPayout() {
    const id = await appendPayout(infra.eventStore, (p) => [
      payoutEvents.requested(p),
      payoutEvents.updated(p, { amount: '7.00' }),
      payoutEvents.processingStarted(p),
      payoutEvents.completed(p),
    ]);
    return { id, events: await infra.eventStore.readStream(payoutStreamName(id)) };
  }

  it('runs one active replica, heals what NATS lost or reordered, hands over, and reports lag', async () => {
    const first = await startProjector(infra, { concurrency: 4, leaseCheckMs: 100 });
    const second = await startProjector(infra, { concurrency: 4, leaseCheckMs: 100 });
    try {
      // Revision 2 arrives first: the row is built from the store; 1 and 0, arriving later, are behind it.
      const reordered = await storedPayout();
      await publish(reordered.events[2]!);
      await eventually(async () => ((await revisionOf(reordered.id)) === '2' ? true : undefined));
      const ignoredBefore = await outcomeCount('ignored');
      await publish(reordered.events[1]!);
      await publish(reordered.events[0]!);
      await eventually(async () =>
        (await outcomeCount('ignored')) - ignoredBefore === 2 ? true : undefined,
      );
      expect(await revisionOf(reordered.id)).toBe('2');

      // Revision 2 is lost: 3 arrives after 1 and the row catches up through it. (Each step waits for
      // the last, so that the replica's concurrent handlers cannot apply them in an order that needs
      // no healing.)
      const dropped = await storedPayout();
      await publish(dropped.events[0]!);
      await publish(dropped.events[1]!);
      await eventually(async () => ((await revisionOf(dropped.id)) === '1' ? true : undefined));
      await publish(dropped.events[3]!);
      await eventually(async () => ((await revisionOf(dropped.id)) === '3' ? true : undefined));
      const row = await sql<{
        status: string;
        amount: string;
      }>`select status, amount from payouts where id = ${dropped.id}`.execute(infra.db);
      expect(row.rows[0]).toEqual({ status: 'completed', amount: '7.00' });
      expect(await outcomeCount('healed')).toBe(2);

      expect(await leaseHolders()).toBe(1);

      // Whichever replica held the lease, stopping one leaves a projector that keeps projecting.
      await first.stop();
      await eventually(async () => ((await leaseHolders()) === 1 ? true : undefined));
      const later = await storedPayout();
      for (const e of later.events) await publish(e);
      await eventually(async () => ((await revisionOf(later.id)) === '3' ? true : undefined));

      const metrics = await metricsRegistry.getMetricsAsJSON();
      const lag = metrics.find((m) => m.name === 'projector_lag_seconds');
      expect(lag?.values[0]?.value).toBeGreaterThanOrEqual(0);
    } finally {
      await first.stop();
      await second.stop();
    }
  });
});
