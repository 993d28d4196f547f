// Relay processes killed with SIGKILL: a standby takes the lease over, a restarted relay goes on
// from the checkpoint, and the bus ends up with every event once, in event store order.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { eventually, TEST_NATS_URL } from '@payouts/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Child, spawnRelay } from './childProcesses.ts';
import {
  busCount,
  lastBusMessageId,
  openRelayTestbed,
  type RelayTestbed,
  readBus,
  storedPayoutEvents,
} from './relayTesting.ts';

/** Three relay processes start on a machine shared with other test files: allow for a slow one. */
const CRASH_TEST_TIMEOUT_MS = 180_000;

/** Past the relay's first in-batch checkpoint (every 100 events), so the standby has one to resume from. */
const PUBLISHED_BEFORE_FIRST_KILL = 150;
const MORE_AFTER_LAST_KILL = 100;
/** Keeps the appender from starving the relays of CPU on a small machine. */
const APPEND_PAUSE_MS = 2;

describe('relay processes', () => {
  let bed: RelayTestbed;
  const children: Child[] = [];
  /** Ends the test's appender; afterAll calls it too, so a failed test leaves no append behind. */
  let stopAppending = async () => {};
  beforeAll(async () => {
    bed = await openRelayTestbed();
  });
  afterAll(async () => {
    await stopAppending();
    for (const child of children) await child.kill();
    await bed?.close();
  });

  function relay(name: string): Child {
    const child = spawnRelay(name, {
      DATABASE_URL: bed.databaseUrl,
      NATS_URL: TEST_NATS_URL,
      NATS_STREAM: bed.bus.stream,
      NATS_SUBJECT_PREFIX: bed.bus.subjectPrefix,
      EVENT_STORE: 'postgres',
    });
    children.push(child);
    return child;
  }

  it(
    'a killed holder loses the lease to a standby, which resumes from the checkpoint; every event arrives once, in order',
    async () => {
      const first = relay('first');
      await first.logged('lease acquired');
      const standby = relay('standby');
      await standby.logged('http listening');
      expect(standby.logs.some((l) => l.msg === 'lease acquired')).toBe(false);

      // Appends go on, paced, through both kills, so each relay dies with work still to do.
      let appended = 0;
      let keepAppending = true;
      const appending = (async () => {
        while (keepAppending) {
          await bed.store.append(
            `payout-${randomUUID()}`,
            [{ id: randomUUID(), type: 'PayoutRequested', data: { n: appended }, metadata: {} }],
            'no_stream',
          );
          appended += 1;
          await sleep(APPEND_PAUSE_MS);
        }
      })();
      stopAppending = async () => {
        keepAppending = false;
        await appending;
      };
      const appendedReaches = (count: number) =>
        eventually(async () => (appended >= count ? true : undefined), 30_000);
      const publishedReaches = (count: number) =>
        eventually(
          async () => ((await busCount(bed.jsm, bed.bus.stream)) >= count ? true : undefined),
          30_000,
        );

      await publishedReaches(PUBLISHED_BEFORE_FIRST_KILL);
      await first.kill();
      const appendedAtFirstKill = appended;
      await standby.logged('lease acquired');
      const restarted = relay('restarted');
      await restarted.logged('http listening');

      await publishedReaches(appendedAtFirstKill + 1);
      await standby.kill();
      const appendedAtSecondKill = appended;
      await restarted.logged('lease acquired');
      await appendedReaches(appendedAtSecondKill + MORE_AFTER_LAST_KILL);
      await stopAppending();
      const sentinel = randomUUID();
      await bed.store.append(
        `payout-${randomUUID()}`,
        [{ id: sentinel, type: 'Sentinel', data: {}, metadata: {} }],
        'no_stream',
      );
      await eventually(
        async () => ((await lastBusMessageId(bed.jsm, bed.bus.stream)) === sentinel ? true : undefined),
        60_000,
        'the sentinel on the bus',
      );

      const stored = await storedPayoutEvents(bed.store);
      const bus = await readBus(bed.jsm, bed.bus.stream);
      expect(stored).toHaveLength(appended + 1);
      expect(bus.map((m) => m.msgId)).toEqual(stored.map((e) => e.id));
      // Each successor started from the checkpoint its predecessor left, not from the beginning.
      const startedFrom = (child: Child) => child.logs.find((l) => l.msg === 'relay starting')?.from;
      expect(startedFrom(first)).toBeNull();
      expect(startedFrom(standby)).not.toBeNull();
      expect(startedFrom(restarted)).not.toBeNull();
    },
    CRASH_TEST_TIMEOUT_MS,
  );
});
