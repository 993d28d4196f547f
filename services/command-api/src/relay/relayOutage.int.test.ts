// NATS goes away under a running relay: it stops moving its checkpoint, and once NATS is back it
// publishes the rest by itself, every event once, in order. Uses a private nats-server on its own
// port and data directory, so stopping it disturbs no one.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { comparePositions, type EventToAppend } from '@payouts/platform';
import { eventually, freePort } from '@payouts/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Child, spawnNatsServer } from './childProcesses.ts';
import { RELAY_CHECKPOINT } from './relay.ts';
import {
  busCount,
  lastBusMessageId,
  openRelayTestbed,
  type RelayTestbed,
  readBus,
  silentLogger,
  storedPayoutEvents,
} from './relayTesting.ts';
import { runRelayUnderLease } from './runRelayUnderLease.ts';

/** A JetStream publish times out after 5 s while NATS is away, and reconnects take retries. */
const OUTAGE_TEST_TIMEOUT_MS = 120_000;

const NATS_READY = 'Server is ready';

function oneEvent(type = 'PayoutRequested'): EventToAppend[] {
  return [{ id: randomUUID(), type, data: {}, metadata: {} }];
}

describe('relay through a NATS outage', () => {
  let dir: string;
  let port: number;
  let nats: Child;
  let bed: RelayTestbed;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'relay-nats-'));
    port = await freePort();
    nats = spawnNatsServer(port, dir);
    await nats.logged(NATS_READY);
    bed = await openRelayTestbed(`nats://127.0.0.1:${port}`);
  });
  afterAll(async () => {
    await bed?.close();
    await nats?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it(
    'pauses while NATS is down and resumes by itself when it is back',
    async () => {
      const controller = new AbortController();
      const relaying = runRelayUnderLease(
        { eventStore: bed.store, checkpoints: bed.checkpoints, publish: bed.publish, logger: silentLogger },
        {
          connectionString: bed.databaseUrl,
          leaseName: `relay:${bed.bus.stream}`,
          signal: controller.signal,
          logger: silentLogger,
          leaseCheckMs: 200,
          restartDelayMs: 200,
        },
      );
      for (let i = 0; i < 50; i++) await bed.store.append(`payout-${randomUUID()}`, oneEvent(), 'no_stream');
      await eventually(
        async () => ((await busCount(bed.jsm, bed.bus.stream)) >= 50 ? true : undefined),
        30_000,
      );

      await nats.kill();
      let lastStream = '';
      for (let i = 0; i < 50; i++) {
        lastStream = `payout-${randomUUID()}`;
        await bed.store.append(lastStream, oneEvent(), 'no_stream');
      }
      const [last] = await bed.store.readStream(lastStream);
      // Nothing can be acknowledged without a server, so the checkpoint stays behind the new events
      // (none at all is the start of the store).
      const checkpointWhileDown = await bed.checkpoints.load(RELAY_CHECKPOINT);
      const behind =
        checkpointWhileDown === null || comparePositions(checkpointWhileDown, last!.position) < 0;
      expect(behind).toBe(true);

      nats = spawnNatsServer(port, dir);
      await nats.logged(NATS_READY);
      const sentinel = oneEvent('Sentinel');
      await bed.store.append(`payout-${randomUUID()}`, sentinel, 'no_stream');
      await eventually(
        async () =>
          (await lastBusMessageId(bed.jsm, bed.bus.stream)) === sentinel[0]!.id ? true : undefined,
        60_000,
        'the sentinel on the bus',
      );
      controller.abort();
      await relaying;

      const stored = await storedPayoutEvents(bed.store);
      expect(stored).toHaveLength(101);
      expect(stored.at(-1)!.id).toBe(sentinel[0]!.id);
      const bus = await readBus(bed.jsm, bed.bus.stream);
      expect(bus.map((m) => m.msgId)).toEqual(stored.map((e) => e.id));
    },
    OUTAGE_TEST_TIMEOUT_MS,
  );
});
