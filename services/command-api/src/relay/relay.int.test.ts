import { randomUUID } from 'node:crypto';
import { eventSubject } from '@payouts/contracts';
import { type EventToAppend, metricsRegistry, type RecordedEvent } from '@payouts/platform';
import { eventually } from '@payouts/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureRelayLag, RELAY_CHECKPOINT, relayEvents } from './relay.ts';
import {
  busCount,
  openRelayTestbed,
  type RelayTestbed,
  readBus,
  silentLogger,
  storedPayoutEventsAtLeast,
} from './relayTesting.ts';
import { runRelayUnderLease } from './runRelayUnderLease.ts';

/** Five lease hand-overs, each waiting for a standby to try again. */
const LEASE_TEST_TIMEOUT_MS = 120_000;

function events(count: number): EventToAppend[] {
  return Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    type: i % 2 === 0 ? 'PayoutRequested' : 'PayoutProcessingStarted',
    data: { n: i },
    metadata: { correlation_id: randomUUID() },
  }));
}

async function gaugeValue(name: string): Promise<number | undefined> {
  const metric = metricsRegistry.getSingleMetric(name);
  return (await metric?.get())?.values[0]?.value;
}

describe('relay', () => {
  let bed: RelayTestbed;
  beforeAll(async () => {
    bed = await openRelayTestbed();
  });
  afterAll(async () => {
    await bed?.close();
  });

  it('publishes every payout event once, in event store order, with its id as Nats-Msg-Id, and reports its lag', async () => {
    for (let i = 0; i < 10; i++) await bed.store.append(`payout-${randomUUID()}`, events(3), 'no_stream');
    await bed.store.append(`scheduler-${randomUUID()}`, events(2), 'no_stream');
    const stored = await storedPayoutEventsAtLeast(bed.store, 30);
    expect(stored).toHaveLength(30);

    // Nothing published yet: 30 events wait, the oldest since the fake clock's 42 s ago.
    const clock = () => new Date(stored[0]!.recordedAt.getTime() + 42_000);
    expect(await measureRelayLag({ eventStore: bed.store, clock }, null)).toEqual({
      events: 30,
      seconds: 42,
    });
    expect(await gaugeValue('relay_lag_events')).toBe(30);
    expect(await gaugeValue('relay_lag_seconds')).toBe(42);

    const controller = new AbortController();
    const relaying = relayEvents(
      {
        eventStore: bed.store,
        checkpoints: bed.checkpoints,
        publish: bed.publish,
        logger: silentLogger,
        clock,
      },
      controller.signal,
    );
    await eventually(
      async () => ((await busCount(bed.jsm, bed.bus.stream)) >= 30 ? true : undefined),
      30_000,
    );
    controller.abort();
    await relaying;

    const bus = await readBus(bed.jsm, bed.bus.stream);
    expect(bus.map((m) => m.event.event_id)).toEqual(stored.map((e) => e.id));
    expect(bus.map((m) => m.msgId)).toEqual(stored.map((e) => e.id));
    expect(bus.map((m) => m.subject)).toEqual(stored.map((e) => eventSubject(bed.bus.subjectPrefix, e.type)));
    const checkpoint = await bed.checkpoints.load(RELAY_CHECKPOINT);
    expect(checkpoint).toEqual(stored.at(-1)!.position);
    expect(await measureRelayLag({ eventStore: bed.store, clock }, checkpoint)).toEqual({
      events: 0,
      seconds: 0,
    });
    expect(await gaugeValue('relay_lag_events')).toBe(0);
  });

  it('after a publish fails inside its window, keeps its checkpoint at the last event acknowledged in order and the next run delivers the rest once', async () => {
    const own = await openRelayTestbed();
    try {
      for (let i = 0; i < 10; i++) await own.store.append(`payout-${randomUUID()}`, events(3), 'no_stream');
      const stored = await storedPayoutEventsAtLeast(own.store, 30);
      const failing = stored[11]!.id;
      const deps = { eventStore: own.store, checkpoints: own.checkpoints, logger: silentLogger };

      // The twelfth publish is refused while later ones in the window go through.
      const firstRun = relayEvents(
        {
          ...deps,
          publish: async (event: RecordedEvent) => {
            if (event.id === failing) throw new Error('no ack for this one');
            return own.publish(event);
          },
        },
        new AbortController().signal,
      );
      await expect(firstRun).rejects.toThrow('no ack for this one');
      expect(await own.checkpoints.load(RELAY_CHECKPOINT)).toEqual(stored[10]!.position);
      expect((await readBus(own.jsm, own.bus.stream)).map((m) => m.event.event_id)).not.toContain(failing);

      // The restart republishes from the checkpoint; JetStream drops what it already holds.
      const controller = new AbortController();
      const secondRun = relayEvents({ ...deps, publish: own.publish }, controller.signal);
      await eventually(
        async () =>
          (await own.checkpoints.load(RELAY_CHECKPOINT))?.commit === stored.at(-1)!.position.commit
            ? true
            : undefined,
        30_000,
      );
      controller.abort();
      await secondRun;
      const bus = await readBus(own.jsm, own.bus.stream);
      expect(bus).toHaveLength(30);
      expect(new Set(bus.map((m) => m.event.event_id))).toEqual(new Set(stored.map((e) => e.id)));
      expect(await own.checkpoints.load(RELAY_CHECKPOINT)).toEqual(stored.at(-1)!.position);
    } finally {
      await own.close();
    }
  });

  it(
    'never has two relays publishing at once while the lease changes hands',
    async () => {
      const names = ['a', 'b'] as const;
      const inFlight = { a: 0, b: 0 };
      const publishedBy = { a: 0, b: 0 };
      let overlaps = 0;
      const controller = new AbortController();
      const relays = names.map((me) => {
        const other = me === 'a' ? 'b' : 'a';
        return runRelayUnderLease(
          {
            eventStore: bed.store,
            checkpoints: bed.checkpoints,
            logger: silentLogger,
            publish: async (event: RecordedEvent) => {
              inFlight[me] += 1;
              if (inFlight[other] > 0) overlaps += 1;
              try {
                return await bed.publish(event);
              } finally {
                inFlight[me] -= 1;
                publishedBy[me] += 1;
              }
            },
          },
          {
            connectionString: bed.databaseUrl,
            leaseName: `relay:${bed.bus.stream}`,
            signal: controller.signal,
            logger: silentLogger,
            leaseCheckMs: 200,
            restartDelayMs: 100,
          },
        );
      });

      const before = await busCount(bed.jsm, bed.bus.stream);
      const total = 400;
      const appending = (async () => {
        for (let i = 0; i < total / 2; i++)
          await bed.store.append(`payout-${randomUUID()}`, events(2), 'no_stream');
      })();
      // Take the lease from whoever holds it, again and again, while events keep coming.
      let takenAway = 0;
      for (let round = 1; round <= 5; round++) {
        await eventually(
          async () =>
            (await busCount(bed.jsm, bed.bus.stream)) >= before + (round * total) / 8 ? true : undefined,
          30_000,
          `round ${round}`,
        );
        // Between two holders nobody may hold it for a moment: try until one holder was cut off.
        await eventually(async () => {
          const { rowCount } = await bed.pool.query(
            `select pg_terminate_backend(l.pid) from pg_locks l
             join pg_stat_activity a on a.pid = l.pid
             where l.locktype = 'advisory' and l.granted and a.application_name = $1`,
            [`lease:relay:${bed.bus.stream}`],
          );
          takenAway += rowCount ?? 0;
          return rowCount ? true : undefined;
        });
      }
      await appending;
      await eventually(
        async () => ((await busCount(bed.jsm, bed.bus.stream)) >= before + total ? true : undefined),
        30_000,
        'all events',
      );
      controller.abort();
      await Promise.all(relays);

      expect(overlaps).toBe(0);
      expect(takenAway).toBe(5);
      const stored = await storedPayoutEventsAtLeast(bed.store, before + total);
      const bus = await readBus(bed.jsm, bed.bus.stream);
      expect(bus.map((m) => m.event.event_id)).toEqual(stored.map((e) => e.id));
      expect(publishedBy.a + publishedBy.b).toBeGreaterThanOrEqual(total);
    },
    LEASE_TEST_TIMEOUT_MS,
  );
});
