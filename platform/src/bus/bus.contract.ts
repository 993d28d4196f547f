// The promises every bus adapter keeps, written once and run against each (natsBus.int.test.ts
// against the NATS server, embedded/postgresBus.int.test.ts against PostgreSQL): what the services
// rely on, from publishing with a message id to parking a message that keeps failing. Each test has
// a stream of its own, so they share the servers with everything else.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BusEvent } from '@payouts/contracts';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../eventStore/port.ts';
import { createLogger } from '../logger.ts';
import { metricsRegistry } from '../metrics.ts';
import { eventually, uniqueBusNames } from '../testing/index.ts';
import { DeferMessage, runConsumer } from './consumer.ts';
import { createParkedMessages, type ParkedMessages } from './parking.ts';
import type { Bus, BusDelivery, BusNames, ConsumeOptions, Parking } from './port.ts';
import { publishEvent, toBusEvent } from './publisher.ts';

export type BusHarness = {
  /**
   * Opens the adapter on `names` as a service process would; a second open of the same names is
   * another process, or this one restarted.
   */
  open(names: BusNames, parking?: Parking | null): Promise<Bus>;
  /** The database parked messages are kept in (every adapter's services have one). */
  pool: pg.Pool;
  db: Kysely<unknown>;
  close(): Promise<void>;
};

/** Ack wait of the tests that wait for a redelivery: short, and still far above a handler's time. */
const ACK_WAIT_MS = 1_000;
const TAKE_TIMEOUT_MS = 15_000;
const logger = createLogger('bus-contract', 'silent');

type Opened = { bus: Bus; names: BusNames };

export function describeBusContract(adapter: string, openHarness: () => Promise<BusHarness>): void {
  describe(`bus contract: ${adapter}`, () => {
    let harness: BusHarness;
    let parked: ParkedMessages;
    const opened: Bus[] = [];

    beforeAll(async () => {
      harness = await openHarness();
      parked = await createParkedMessages(harness.pool, harness.db);
    });
    afterAll(async () => {
      for (const bus of opened) {
        await bus.deleteStream().catch(() => {});
        await bus.close().catch(() => {}); // some were closed by their test already
      }
      await harness?.close();
    });

    /** A bus on a stream of its own. */
    async function freshBus(parking: Parking | null = null): Promise<Opened> {
      const unique = uniqueBusNames();
      const names = { stream: unique.NATS_STREAM, subjectPrefix: unique.NATS_SUBJECT_PREFIX };
      return { bus: await reopen(names, parking), names };
    }
    async function reopen(names: BusNames, parking: Parking | null = null): Promise<Bus> {
      const bus = await harness.open(names, parking);
      opened.push(bus);
      return bus;
    }

    it('delivers every message once, in the order published, with its subject, data, headers and id', async () => {
      const { bus } = await freshBus();
      const sent = Array.from({ length: 5 }, (_, i) => ({
        subject: `${bus.subjectPrefix}.events.${i % 2 ? 'Odd' : 'Even'}`,
        data: JSON.stringify({ n: i }),
        id: randomUUID(),
        headers: { traceparent: `trace-${i}` },
      }));
      for (const message of sent) expect(await bus.publish(message)).toEqual({ duplicate: false });
      const got = await take(bus, consumer('all', `${bus.subjectPrefix}.events.>`), 5);
      expect(got.map((d) => d.id)).toEqual(sent.map((m) => m.id));
      expect(got.map((d) => d.subject)).toEqual(sent.map((m) => m.subject));
      expect(got.map((d) => d.data)).toEqual(sent.map((m) => m.data));
      expect(got.map((d) => d.header('traceparent'))).toEqual(sent.map((m) => m.headers.traceparent));
      expect(got.map((d) => d.deliveryCount)).toEqual([1, 1, 1, 1, 1]);
      expect(got.map((d) => d.seq)).toEqual([...got.map((d) => d.seq)].sort((a, b) => a - b));
      expect(await nextAfter(bus, consumer('all', `${bus.subjectPrefix}.events.>`))).toBe('sentinel');
    });

    it('stores a message published twice under one id once, also when both publishes race', async () => {
      const { bus } = await freshBus();
      const subject = `${bus.subjectPrefix}.events.Twice`;
      const first = { subject, data: '"first"', id: randomUUID() };
      expect(await bus.publish(first)).toEqual({ duplicate: false });
      expect(await bus.publish({ ...first, data: '"again"' })).toEqual({ duplicate: true });
      const racing = { subject, data: '"racing"', id: randomUUID() };
      const acks = await Promise.all([bus.publish(racing), bus.publish(racing), bus.publish(racing)]);
      expect(acks.filter((a) => !a.duplicate)).toHaveLength(1);
      const options = consumer('dedup', `${bus.subjectPrefix}.events.>`);
      const got = await take(bus, options, 2);
      expect(got.map((d) => d.data)).toEqual(['"first"', '"racing"']);
      expect(await nextAfter(bus, options)).toBe('sentinel');
    });

    it('gives a consumer only the subjects its filter matches', async () => {
      const { bus } = await freshBus();
      const p = bus.subjectPrefix;
      for (const type of ['Requested', 'Completed', 'RequestedLater', 'Requested.Again', 'Requested']) {
        await bus.publish({ subject: `${p}.events.${type}`, data: `"${type}"`, id: randomUUID() });
      }
      const exact = consumer('exact', `${p}.events.Requested`);
      expect((await take(bus, exact, 2)).map((d) => d.data)).toEqual(['"Requested"', '"Requested"']);
      expect(await nextAfter(bus, exact, 'Requested')).toBe('sentinel');
      const oneToken = consumer('one-token', `${p}.events.*`);
      expect((await take(bus, oneToken, 5)).map((d) => d.data)).toEqual([
        '"Requested"',
        '"Completed"',
        '"RequestedLater"',
        '"Requested"',
        '"sentinel"',
      ]);
      const rest = consumer('rest', `${p}.events.Requested.>`);
      expect((await take(bus, rest, 1)).map((d) => d.data)).toEqual(['"Requested.Again"']);
      expect(await nextAfter(bus, rest, 'Requested.Last')).toBe('sentinel');
      const all = await take(bus, consumer('all', `${p}.events.>`), 7);
      expect(all.map((d) => d.data)).toEqual([
        '"Requested"',
        '"Completed"',
        '"RequestedLater"',
        '"Requested.Again"',
        '"Requested"',
        '"sentinel"',
        '"sentinel"',
      ]);
    });

    it('refuses a message whose subject is not one of the stream', async () => {
      const { bus } = await freshBus();
      await expect(
        bus.publish({ subject: `${bus.subjectPrefix}.other.Requested`, data: '1', id: randomUUID() }),
      ).rejects.toThrow();
      await expect(
        bus.publish({ subject: `${bus.subjectPrefix}.events`, data: '1', id: randomUUID() }),
      ).rejects.toThrow();
    });

    it('gives every durable consumer each message, and splits one consumer between its replicas', async () => {
      const { bus } = await freshBus();
      const filter = `${bus.subjectPrefix}.events.>`;
      const ids = await publishMany(bus, 20);
      expect((await take(bus, consumer('first', filter), 20)).map((d) => d.id)).toEqual(ids);
      expect((await take(bus, consumer('second', filter), 20)).map((d) => d.id)).toEqual(ids);
      // Two replicas of one durable consumer, each holding what it got until both together got all.
      const shared = consumer('shared', filter, { maxMessages: 5 });
      const got: BusDelivery[][] = [[], []];
      const controller = new AbortController();
      const replicas = got.map(async (mine) => {
        for await (const d of bus.consume({ ...shared, signal: controller.signal })) {
          mine.push(d);
          d.ack();
          await sleep(5); // a handler's time, so that both replicas get some
          if (got[0]!.length + got[1]!.length >= 20) controller.abort();
        }
      });
      await withTimeout(Promise.all(replicas), controller, 'both replicas together to get 20 messages');
      const all = [...got[0]!, ...got[1]!].map((d) => d.id);
      expect(all.sort()).toEqual([...ids].sort());
    });

    it('delivers a message again when it is not acknowledged within the ack wait, and counts it', async () => {
      const { bus } = await freshBus();
      const [id] = await publishMany(bus, 1);
      const options = consumer('slow', `${bus.subjectPrefix}.events.>`, { ackWaitMs: ACK_WAIT_MS });
      const [first] = await take(bus, options, 1, () => {});
      const started = performance.now();
      const [second] = await take(bus, options, 1);
      expect(performance.now() - started).toBeGreaterThanOrEqual(ACK_WAIT_MS * 0.5);
      expect([first!.id, first!.deliveryCount]).toEqual([id, 1]);
      expect([second!.id, second!.deliveryCount]).toEqual([id, 2]);
      expect(await nextAfter(bus, options)).toBe('sentinel');
    });

    it('delivers a nak-ed message again after its delay, and a terminated one never', async () => {
      const { bus } = await freshBus();
      const [naked, terminated] = await publishMany(bus, 2);
      const options = consumer('nak-term', `${bus.subjectPrefix}.events.>`, { ackWaitMs: ACK_WAIT_MS });
      const NAK_DELAY_MS = 500;
      let nakedAt = 0;
      const firstRound = await take(bus, options, 2, (d) => {
        if (d.id === naked) {
          nakedAt = performance.now();
          d.nak(NAK_DELAY_MS);
        } else d.term();
      });
      expect(firstRound.map((d) => d.id)).toEqual([naked, terminated]);
      const [again] = await take(bus, options, 1);
      expect(performance.now() - nakedAt).toBeGreaterThanOrEqual(NAK_DELAY_MS);
      expect([again!.id, again!.deliveryCount]).toEqual([naked, 2]);
      await sleep(ACK_WAIT_MS * 1.5); // the terminated one would be due again by now
      expect(await nextAfter(bus, options)).toBe('sentinel');
    });

    it('resumes a durable consumer where it stopped after its process restarts', async () => {
      const { bus, names } = await freshBus();
      const ids = await publishMany(bus, 5);
      const options = consumer('resuming', `${bus.subjectPrefix}.events.>`, { ackWaitMs: ACK_WAIT_MS });
      // Acks three, takes the fourth and dies before acknowledging it.
      const got = await take(bus, options, 4, (d) => {
        if (d.id !== ids[3]) d.ack();
      });
      expect(got.map((d) => d.id)).toEqual(ids.slice(0, 4));
      await bus.close();
      const restarted = await reopen(names);
      const later = await publishMany(restarted, 2);
      const after = await take(restarted, options, 4);
      // What was acknowledged never comes again; the rest does, the fourth once its ack wait is over.
      expect(after.map((d) => d.id).sort()).toEqual([ids[3]!, ids[4]!, ...later].sort());
      expect(after.find((d) => d.id === ids[3])!.deliveryCount).toBeGreaterThanOrEqual(2);
      expect(await nextAfter(restarted, options)).toBe('sentinel');
    });

    it("reports a consumer's lag: messages not delivered yet, and delivered but not acknowledged", async () => {
      const { bus } = await freshBus();
      await publishMany(bus, 2);
      const options = consumer('lagging', `${bus.subjectPrefix}.events.>`);
      const held = await take(bus, options, 2, () => {});
      expect(held).toHaveLength(2);
      await publishMany(bus, 3);
      await eventually(
        async () => {
          const lag = await bus.consumerLag('lagging');
          return lag.pending === 3 && lag.ackPending === 2 ? lag : undefined;
        },
        10_000,
        'a lag of 3 pending and 2 awaiting acknowledgement',
      );
      for (const d of held) d.ack();
      await take(bus, options, 3);
      await eventually(
        async () => {
          const lag = await bus.consumerLag('lagging');
          return lag.pending === 0 && lag.ackPending === 0 ? lag : undefined;
        },
        10_000,
        'no lag once everything is acknowledged',
      );
    });

    it('keeps the stream identity across opens and changes it when the stream is created again', async () => {
      const { bus, names } = await freshBus();
      const identity = await bus.ensureStream();
      expect(await bus.streamIdentity()).toBe(identity);
      const other = await reopen(names);
      expect(await other.ensureStream()).toBe(identity);
      await bus.deleteStream();
      expect(await bus.streamIdentity()).toBeNull();
      expect(await other.streamIdentity()).toBeNull();
      await expect(
        bus.publish({ subject: `${bus.subjectPrefix}.events.Lost`, data: '1', id: randomUUID() }),
      ).rejects.toThrow();
      const recreated = await other.ensureStream();
      expect(recreated).not.toBe(identity);
      expect(await bus.streamIdentity()).toBe(recreated);
    });

    it('ends a consumer stopped while it is still being set up', async () => {
      const { bus } = await freshBus();
      await publishMany(bus, 1);
      const controller = new AbortController();
      const consuming = (async () => {
        for await (const d of bus.consume({
          ...consumer('stopped-early', `${bus.subjectPrefix}.events.>`),
          signal: controller.signal,
        }))
          d.ack();
      })();
      controller.abort(); // the consumer is being created on the bus at this moment
      await withTimeout(consuming, new AbortController(), 'the consumer to end');
    });

    it('ends a consumer whose stream was deleted with an error, and consumes again once it is back', async () => {
      const { bus } = await freshBus();
      const options = consumer('orphaned', `${bus.subjectPrefix}.events.>`);
      const controller = new AbortController();
      const ended = (async () => {
        for await (const d of bus.consume({ ...options, signal: controller.signal })) d.ack();
      })();
      ended.catch(() => {});
      await publishMany(bus, 1);
      await eventually(
        async () => ((await bus.consumerLag('orphaned')).pending === 0 ? true : undefined),
        10_000,
        'the first message consumed',
      );
      await bus.deleteStream();
      await expect(withTimeout(ended, controller, 'the consumer to end')).rejects.toThrow();
      expect(controller.signal.aborted).toBe(false); // it ended by itself
      await expect(take(bus, options, 1, () => {}, 2_000)).rejects.toThrow();
      await bus.ensureStream();
      const [id] = await publishMany(bus, 1);
      expect((await take(bus, options, 1)).map((d) => d.id)).toEqual([id]);
    });

    describe('consumers that handle payout events (runConsumer)', () => {
      const failing = 'fails on purpose';

      it('hands each event to the handler, and terminates a message that is not a payout event', async () => {
        const { bus } = await freshBus();
        await bus.publish({
          subject: `${bus.subjectPrefix}.events.Garbage`,
          data: 'not json',
          id: randomUUID(),
        });
        const events = [recorded(), recorded()];
        for (const event of events) await publishEvent(bus, event);
        const seen: string[] = [];
        await runUntil(
          bus,
          'handler',
          async (event) => void seen.push(event.event_id),
          () => seen.length >= 2,
        );
        expect(seen).toEqual(events.map((e) => e.id));
        expect(await nextAfter(bus, consumer('handler', `${bus.subjectPrefix}.events.>`))).toBe('sentinel');
      });

      it('parks a message after the set number of failed handlings, with what an operator needs', async () => {
        const { bus } = await freshBus({ store: parked, afterFailures: 3 });
        const poison = recorded({ traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' });
        const fine = recorded();
        await publishEvent(bus, poison);
        await publishEvent(bus, fine);
        const calls = new Map<string, number>();
        await runUntil(
          bus,
          'parking',
          async (event) => {
            calls.set(event.event_id, (calls.get(event.event_id) ?? 0) + 1);
            if (event.event_id === poison.id) throw new Error(failing);
          },
          async () => (await parked.list({ stream: bus.stream })).length === 1,
        );
        const [record] = await parked.list({ stream: bus.stream });
        expect(record).toMatchObject({
          stream: bus.stream,
          consumer: 'parking',
          subject: `${bus.subjectPrefix}.events.PayoutRequested`,
          messageId: poison.id,
          error: failing,
          failures: 3,
          deliveries: 3,
          redriveRequestedAt: null,
        });
        expect(record!.parkedAt).toBeInstanceOf(Date);
        expect(JSON.parse(record!.data)).toEqual(JSON.parse(JSON.stringify(toBusEvent(poison))));
        expect(record!.headers.traceparent).toBeDefined();
        expect(calls.get(poison.id)).toBe(3);
        expect(calls.get(fine.id)).toBe(1);
        // Given up on the bus: not delivered again.
        expect(await nextAfter(bus, consumer('parking', `${bus.subjectPrefix}.events.>`))).toBe('sentinel');
        expect(
          await metricValue('bus_consumer_handled_total', { consumer: 'parking', outcome: 'parked' }),
        ).toBe(1);
      });

      it('reports parked messages as a gauge while their consumer runs', async () => {
        const { bus } = await freshBus({ store: parked, afterFailures: 1 });
        await publishEvent(bus, recorded());
        const gauge = () => metricValue('bus_parked_messages', { stream: bus.stream, consumer: 'gauged' });
        let parkedWhileRunning: number | undefined;
        await runUntil(
          bus,
          'gauged',
          async () => {
            throw new Error(failing);
          },
          async () => {
            parkedWhileRunning = await gauge();
            return parkedWhileRunning === 1;
          },
        );
        expect(parkedWhileRunning).toBe(1);
      });

      it('never counts a deferral toward parking, however often a message is deferred', async () => {
        const { bus } = await freshBus({ store: parked, afterFailures: 1 });
        const deferred = recorded();
        await publishEvent(bus, deferred);
        let deferrals = 0;
        let handled = false;
        await runUntil(
          bus,
          'deferring',
          async () => {
            if (deferrals < 5) {
              deferrals += 1;
              throw new DeferMessage(20);
            }
            handled = true;
          },
          () => handled,
        );
        expect(deferrals).toBe(5);
        expect(await parked.list({ stream: bus.stream, failing: true })).toEqual([]);
      });

      it('forgets the failures of a message once it is handled', async () => {
        const { bus } = await freshBus({ store: parked, afterFailures: 5 });
        const flaky = recorded();
        await publishEvent(bus, flaky);
        let calls = 0;
        let failuresSeen = 0;
        await runUntil(
          bus,
          'flaky',
          async () => {
            calls += 1;
            if (calls === 2)
              failuresSeen = (await parked.list({ stream: bus.stream, failing: true }))[0]!.failures;
            if (calls < 3) throw new Error(failing);
          },
          async () => calls >= 3 && (await parked.list({ stream: bus.stream, failing: true })).length === 0,
        );
        expect(failuresSeen).toBe(1);
        expect(calls).toBe(3);
      });

      it('re-drives a parked message to its consumer: handled, it leaves the list; failing, it stays', async () => {
        const { bus } = await freshBus({ store: parked, afterFailures: 1 });
        const healed = recorded();
        const stillBroken = recorded();
        await publishEvent(bus, healed);
        await publishEvent(bus, stillBroken);
        let repaired = false;
        const handledAfterRepair: string[] = [];
        const handler = async (event: BusEvent) => {
          if (event.event_id === healed.id && repaired) {
            handledAfterRepair.push(event.event_id);
            return;
          }
          throw new Error(repaired ? 'still broken' : failing);
        };
        await runUntil(
          bus,
          'redriven',
          handler,
          async () => (await parked.list({ stream: bus.stream })).length === 2,
        );
        repaired = true;
        expect(await parked.requestRedrive({ stream: bus.stream, consumer: 'redriven' })).toBe(2);
        await runUntil(bus, 'redriven', handler, async () => {
          const list = await parked.list({ stream: bus.stream });
          return list.length === 1 && list[0]!.redriveRequestedAt === null && list[0]!.failures === 2
            ? true
            : undefined;
        });
        expect(handledAfterRepair).toEqual([healed.id]);
        const [left] = await parked.list({ stream: bus.stream });
        expect(left).toMatchObject({ messageId: stillBroken.id, error: 'still broken', failures: 2 });
        expect(left!.parkedAt).toBeInstanceOf(Date);
      });
    });
  });
}

function consumer(
  durable: string,
  filterSubject: string,
  overrides: Partial<Omit<ConsumeOptions, 'signal'>> = {},
): Omit<ConsumeOptions, 'signal'> {
  return { durable, filterSubject, ackWaitMs: 30_000, maxMessages: 10, ...overrides };
}

async function publishMany(bus: Bus, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  for (const [i, id] of ids.entries()) {
    await bus.publish({ subject: `${bus.subjectPrefix}.events.Numbered`, data: String(i), id });
  }
  return ids;
}

/** Consumes until `count` deliveries came (each given to `act`, an ack by default), then stops. */
async function take(
  bus: Bus,
  options: Omit<ConsumeOptions, 'signal'>,
  count: number,
  act: (d: BusDelivery) => void = (d) => d.ack(),
  timeoutMs = TAKE_TIMEOUT_MS,
): Promise<BusDelivery[]> {
  const got: BusDelivery[] = [];
  const controller = new AbortController();
  const consuming = (async () => {
    for await (const d of bus.consume({ ...options, signal: controller.signal })) {
      got.push(d);
      act(d);
      if (got.length >= count) break;
    }
  })();
  await withTimeout(consuming, controller, `${count} deliveries to ${options.durable}`, timeoutMs);
  controller.abort();
  return got;
}

/**
 * Publishes a sentinel on `type`'s subject and answers what the consumer gets next: 'sentinel'
 * proves that nothing else was waiting for it (an earlier message would come first).
 */
async function nextAfter(
  bus: Bus,
  options: Omit<ConsumeOptions, 'signal'>,
  type = 'Sentinel',
): Promise<string> {
  const id = randomUUID();
  await bus.publish({ subject: `${bus.subjectPrefix}.events.${type}`, data: '"sentinel"', id });
  const [next] = await take(bus, options, 1);
  return next!.id === id ? 'sentinel' : `${next!.id} (delivery ${next!.deliveryCount}): ${next!.data}`;
}

async function withTimeout<T>(
  work: Promise<T>,
  controller: AbortController,
  what: string,
  timeoutMs = TAKE_TIMEOUT_MS,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs a consumer through runConsumer until `done` holds, then stops it. */
async function runUntil(
  bus: Bus,
  durable: string,
  handle: (event: BusEvent) => Promise<void>,
  done: () => boolean | Promise<boolean | undefined>,
): Promise<void> {
  const controller = new AbortController();
  const running = runConsumer(
    bus,
    { durable, filterSubject: `${bus.subjectPrefix}.events.>`, signal: controller.signal, logger },
    handle,
  );
  try {
    await eventually(async () => ((await done()) ? true : undefined), 30_000, `${durable} to be done`);
  } finally {
    controller.abort();
    await running;
  }
}

function recorded(metadata: Record<string, unknown> = {}): RecordedEvent {
  return {
    id: randomUUID(),
    streamName: `payout-${randomUUID()}`,
    revision: 0n,
    type: 'PayoutRequested',
    data: {},
    metadata: { correlation_id: randomUUID(), ...metadata },
    position: { commit: 1n, prepare: 1n },
    recordedAt: new Date(),
  };
}

async function metricValue(name: string, labels: Record<string, string>): Promise<number | undefined> {
  const metric = (await metricsRegistry.getMetricsAsJSON()).find((m) => m.name === name);
  const value = metric?.values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l));
  return value?.value;
}
