// The KurrentDB claim protocol against an in-memory stand-in for its streams (no server here): the
// contract suite's claim cases run against a real server in kurrentDbEventStore.int.test.ts.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ClaimConflict } from '../port.ts';
import { type ClaimEvent, type ClaimStreamAccess, takeClaim } from './claims.ts';

/** Streams as KurrentDB keeps them: append-only, checked against the expected revision. */
function memoryStreams(): ClaimStreamAccess {
  const streams = new Map<string, ClaimEvent[]>();
  return {
    async append(stream, event, expected) {
      await sleep(0); // let racers interleave, as on a server
      const events = streams.get(stream) ?? [];
      const actual = events.length === 0 ? 'no_stream' : BigInt(events.length - 1);
      if (actual !== expected) return false;
      streams.set(stream, [...events, event]);
      return true;
    },
    async readLast(stream) {
      const events = streams.get(stream);
      return events?.length ? { revision: BigInt(events.length - 1), data: events.at(-1)!.data } : null;
    },
  };
}

const claim = (value: string, expiresAfterMs = 60_000) => ({ scope: 's', key: 'k', value, expiresAfterMs });

describe('claims on KurrentDB streams', () => {
  it('lets one of many racers with different values hold the claim; the same value goes on', async () => {
    const access = memoryStreams();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => takeClaim(access, `payout-${i}`, claim(`v${i}`))),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(ClaimConflict);
    const winner = outcomes.findIndex((o) => o.status === 'fulfilled');
    await expect(takeClaim(access, 'payout-x', claim(`v${winner}`))).resolves.toBeDefined();
  });

  it('frees a released claim and an expired one for another value, which then holds', async () => {
    const access = memoryStreams();
    const held = await takeClaim(access, 'payout-1', claim('A'));
    await held.release();
    await takeClaim(access, 'payout-2', claim('B', 1));
    await sleep(20);
    await takeClaim(access, 'payout-3', claim('C'));
    await expect(takeClaim(access, 'payout-4', claim('B'))).rejects.toBeInstanceOf(ClaimConflict);
  });

  it('does not let a writer that found its value already claimed release it', async () => {
    const access = memoryStreams();
    await takeClaim(access, 'payout-1', claim('A'));
    await (await takeClaim(access, 'payout-1', claim('A'))).release();
    await expect(takeClaim(access, 'payout-2', claim('B'))).rejects.toBeInstanceOf(ClaimConflict);
  });
});
