// The adapter's handling of KurrentDB's failures, through the real @kurrent/kurrentdb-client and its
// native bridge, against a gRPC endpoint whose answers each test scripts (scriptedKurrentDb.ts): the
// errors are the ones the client really raises from those answers. It shows what the adapter does
// with a failure; what a real server answers when is the contract suite's (kurrentDbEventStore.int.test.ts).
import { status } from '@grpc/grpc-js';
import { DeadlineExceededError, UnavailableError } from '@kurrent/kurrentdb-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventStore, EventToAppend } from '../port.ts';
import { createKurrentDbEventStore, EventStoreClosed } from './kurrentDbEventStore.ts';
import { type ScriptedKurrentDb, scriptedEvent, startScriptedKurrentDb } from './scriptedKurrentDb.ts';

const unavailable = { fail: { code: status.UNAVAILABLE, details: 'Connection dropped' } } as const;

function newEvents(count: number, metadata: Record<string, unknown> = {}): EventToAppend[] {
  return Array.from({ length: count }, (_, n) => ({
    id: crypto.randomUUID(),
    type: 'Tested',
    data: { n },
    metadata,
  }));
}

describe('the KurrentDB adapter meeting failures (scripted server answers)', () => {
  let server: ScriptedKurrentDb;
  let store: EventStore;

  beforeEach(async () => {
    server = await startScriptedKurrentDb();
    store = createKurrentDbEventStore(server.url, { retryBudgetMs: 3_000 });
  });
  afterEach(async () => {
    await store.close();
    await server.close();
  });

  describe('appends', () => {
    it('recover from a failed server-feature probe, which the client would otherwise keep for good', async () => {
      server.onProbe = (probe) =>
        probe === 1 ? { code: status.DEADLINE_EXCEEDED, details: 'Deadline Exceeded' } : 'ok';
      const first = await store.append('payout-1', newEvents(1), 'no_stream');
      expect(first.nextRevision).toBe(0n);
      // A later append with any expectation works too: the client that cached the failure was replaced.
      await store.append('payout-2', newEvents(1), 'any');
      expect(server.probes).toBe(2);
      expect(server.appends.map((a) => a.stream)).toEqual(['payout-1', 'payout-2']);
    });

    it('repeat an append that may have been written only when the server recognises its event ids', async () => {
      server.onAppend = (_, attempt) =>
        attempt === 1 ? unavailable : { success: { revision: 0n, position: { commit: 7n, prepare: 7n } } };
      const events = newEvents(1);
      await store.append('payout-1', events, 'no_stream');
      expect(server.appends).toHaveLength(2);
      expect(server.appends[1]!.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
    });

    it('do not repeat an `any` or `exists` append that may have been written: the caller gets the error', async () => {
      server.onAppend = () => unavailable;
      await expect(store.append('payout-1', newEvents(1), 'any')).rejects.toBeInstanceOf(UnavailableError);
      expect(server.appends).toHaveLength(1);
      await expect(store.append('payout-2', newEvents(1), 'exists')).rejects.toBeInstanceOf(UnavailableError);
      expect(server.appends).toHaveLength(2);
    });

    it('repeat any append the node did not handle (no leader yet), whatever its expectation', async () => {
      server.onAppend = (_, attempt) =>
        attempt === 1
          ? { notHandled: 'No leader info available in response' }
          : { success: { revision: 3n, position: { commit: 9n, prepare: 9n } } };
      expect((await store.append('payout-1', newEvents(1), 'any')).nextRevision).toBe(3n);
      expect(server.appends).toHaveLength(2);
    });

    it('give up when their time budget is spent, however silent the server', async () => {
      server.onAppend = () => 'hang';
      await expect(store.append('payout-1', newEvents(1), 'no_stream')).rejects.toBeInstanceOf(
        DeadlineExceededError,
      );
    });

    it('stop retrying when the store is closed', async () => {
      server.onAppend = () => unavailable;
      const appending = store.append('payout-1', newEvents(1), 'no_stream');
      while (server.appends.length === 0) await new Promise((r) => setTimeout(r, 5));
      await store.close();
      await expect(appending).rejects.toThrow();
      const attempts = server.appends.length;
      await new Promise((r) => setTimeout(r, 500));
      expect(server.appends.length).toBe(attempts);
      await expect(store.append('payout-2', newEvents(1), 'no_stream')).rejects.toBeInstanceOf(
        EventStoreClosed,
      );
    });

    it("report where a recognised repeat's own events are, not where the stream ends now", async () => {
      const events = newEvents(2);
      const own = scriptedEvent('payout-1', 1n, {
        id: events[1]!.id,
        position: { commit: 500n, prepare: 500n },
      });
      const later = scriptedEvent('payout-1', 2n, { position: { commit: 900n, prepare: 900n } });
      // The server recognised the events (revisions 0 and 1) and, as for a repeat, says no position.
      server.onAppend = () => ({ success: { revision: 1n } });
      server.onRead = (read) =>
        read.backwards || read.fromRevision === 'end'
          ? { events: [later] }
          : { events: [own, later].filter((e) => e.revision >= (read.fromRevision as bigint)) };
      const result = await store.append('payout-1', events, 'no_stream');
      expect(result).toEqual({ nextRevision: 1n, position: { commit: 500n, prepare: 500n } });
    });

    it("write KurrentDB's $correlationId and $causationId beside our ids, and read back only ours", async () => {
      const metadata = { event_id: 'e1', correlation_id: 'corr-1', causation_id: 'cause-1' };
      await store.append('payout-1', newEvents(1, metadata), 'no_stream');
      expect(server.appends[0]!.events[0]!.metadata).toEqual({
        ...metadata,
        $correlationId: 'corr-1',
        $causationId: 'cause-1',
      });
      server.onRead = () => ({
        events: [scriptedEvent('payout-1', 0n, { metadata: server.appends[0]!.events[0]!.metadata })],
      });
      const [read] = await store.readStream('payout-1');
      expect(read!.metadata).toEqual(metadata);
    });
  });

  describe('stream reads', () => {
    it('ask for the leader, whatever node the connection string prefers', async () => {
      const followerFirst = createKurrentDbEventStore(`${server.url}&nodePreference=follower`);
      try {
        await followerFirst.readStream('payout-1');
        expect(server.reads.at(-1)).toMatchObject({ stream: 'payout-1', requiresLeader: 'true' });
      } finally {
        await followerFirst.close();
      }
    });

    it("are repeated after a server's CANCELLED (a node shutting down), which the bridge calls unknown", async () => {
      const event = scriptedEvent('payout-1', 0n);
      server.onRead = (_, attempt) =>
        attempt === 1
          ? { fail: { code: status.CANCELLED, details: 'node shutting down' } }
          : { events: [event] };
      expect((await store.readStream('payout-1')).map((e) => e.id)).toEqual([event.id]);
      expect(server.reads).toHaveLength(2);
    });

    it('are repeated after a follower refuses them, on the leader it names', async () => {
      const event = scriptedEvent('payout-1', 0n);
      server.onRead = (_, attempt) =>
        attempt === 1
          ? {
              fail: {
                code: status.NOT_FOUND,
                details: 'Leader info available',
                metadata: {
                  exception: 'not-leader',
                  'leader-endpoint-host': '127.0.0.1',
                  'leader-endpoint-port': String(server.port),
                },
              },
            }
          : { events: [event] };
      expect((await store.readStream('payout-1')).map((e) => e.id)).toEqual([event.id]);
    });

    it('read a tombstoned stream as gone, like one that never existed', async () => {
      server.onRead = () => ({
        fail: {
          code: status.FAILED_PRECONDITION,
          details: 'Event stream payout-1 is deleted.',
          metadata: { exception: 'stream-deleted', 'stream-name': 'payout-1' },
        },
      });
      expect(await store.readStream('payout-1')).toEqual([]);
      server.onRead = () => 'not_found';
      expect(await store.readStream('payout-2')).toEqual([]);
    });
  });

  describe('backlog', () => {
    it('reads only what was appended since it last counted, not the whole backlog again', async () => {
      const log = (count: number, from = 0) =>
        Array.from({ length: count }, (_, n) => {
          const at = BigInt(from + n + 1) * 10n;
          return scriptedEvent(`payout-${from + n}`, 0n, { position: { commit: at, prepare: at } });
        });
      const events = log(40);
      let eventsSent = 0;
      server.onRead = (read) => {
        // As KurrentDB reads $all: from a position, inclusive, at most maxCount events.
        const start = read.fromPosition;
        const page = events
          .filter(
            (e) => start === 'start' || (typeof start === 'object' && e.position.commit >= start.commit),
          )
          .slice(0, Number(read.maxCount));
        eventsSent += page.length;
        return { events: page };
      };
      const counted = await store.backlog({ from: null, streamPrefix: 'payout-', limit: 10_000 });
      expect(counted.events).toBe(40);
      expect(eventsSent).toBe(40);

      // The follower passed ten of them and five more arrived: about five are read, not 35.
      events.push(...log(5, 40));
      const again = await store.backlog({
        from: events[9]!.position,
        streamPrefix: 'payout-',
        limit: 10_000,
      });
      expect(again.events).toBe(35);
      expect(eventsSent - 40).toBeLessThanOrEqual(6); // the five, and the known one the read starts at
    });
  });
});

describe('a subscription when no cluster node can be found', () => {
  it('keeps retrying the discovery (an election can outlast it) instead of ending the relay', async () => {
    // Nothing answers gossip here, so every discovery fails as it does during a long election.
    const server = await startScriptedKurrentDb();
    const store = createKurrentDbEventStore(
      `kurrentdb+discover://127.0.0.1:${server.port}?tls=false&maxDiscoverAttempts=1&discoveryInterval=10`,
    );
    const stop = new AbortController();
    const retries: unknown[] = [];
    try {
      const subscribed = store.subscribeToAll(async () => {}, {
        signal: stop.signal,
        onRetry: (err) => {
          retries.push(err);
          if (retries.length === 2) stop.abort();
        },
      });
      await expect(subscribed).resolves.toBeUndefined();
      expect(String(retries[0])).toMatch(/Failed to discover after 1 attempts/);
    } finally {
      stop.abort();
      await store.close();
      await server.close();
    }
  });
});
