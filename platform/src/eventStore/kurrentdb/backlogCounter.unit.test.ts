// The backlog counter against a log in memory: it must answer what counting the whole log would, for
// any sequence of appends and follower moves, while reading only what it has not seen. Seeded; a
// failure prints the seed that reproduces it.
import { describe, expect, it } from 'vitest';
import { comparePositions, type GlobalPosition, START } from '../port.ts';
import { createBacklogCounter, type WaitingEvent } from './backlogCounter.ts';

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** An append-only log whose reads are counted, as the adapter's readAll pages would be. */
function memoryLog() {
  const events: WaitingEvent[] = [];
  const log = {
    events,
    eventsRead: 0,
    append(count: number) {
      for (let i = 0; i < count; i++) {
        const n = BigInt(events.length + 1);
        events.push({
          position: { commit: n * 10n, prepare: n * 10n },
          recordedAt: new Date(Number(n) * 1000),
        });
      }
    },
    async readAfter(after: GlobalPosition, maxCount: number) {
      const page = events.filter((e) => comparePositions(e.position, after) > 0).slice(0, maxCount);
      log.eventsRead += page.length;
      return page;
    },
    /** What counting from scratch answers. */
    naive(from: GlobalPosition | null, limit: number) {
      const waiting = events.filter((e) => comparePositions(e.position, from ?? START) > 0);
      return { events: Math.min(waiting.length, limit), oldestRecordedAt: waiting[0]?.recordedAt ?? null };
    },
  };
  return log;
}

describe('createBacklogCounter', () => {
  it('answers what counting the whole log answers, for random appends and follower moves', async () => {
    for (let seed = 1; seed <= 50; seed++) {
      const random = seededRandom(seed);
      const log = memoryLog();
      const count = createBacklogCounter(log.readAfter, 7);
      let follower: GlobalPosition | null = null;
      for (let step = 0; step < 60; step++) {
        log.append(Math.floor(random() * 12));
        const roll = random();
        if (roll < 0.5 && log.events.length > 0) {
          // The follower moves on (a checkpoint), sometimes past everything, sometimes back (a restart).
          follower = log.events[Math.floor(random() * log.events.length)]!.position;
        } else if (roll < 0.55) {
          follower = null;
        }
        const limit = 1 + Math.floor(random() * 40);
        expect(await count(follower, limit), `seed ${seed}, step ${step}`).toEqual(
          log.naive(follower, limit),
        );
      }
    }
  });

  it('reads only the events appended since it last looked, not the whole backlog again', async () => {
    const log = memoryLog();
    const count = createBacklogCounter(log.readAfter, 500);
    log.append(2_000);
    expect((await count(null, 10_000)).events).toBe(2_000);
    expect(log.eventsRead).toBe(2_000);

    // The follower passed 1,500 of them and 30 more arrived: only those 30 are read.
    log.append(30);
    const follower = log.events[1_499]!.position;
    expect(await count(follower, 10_000)).toEqual(log.naive(follower, 10_000));
    expect(log.eventsRead).toBe(2_030);

    // Nothing new: nothing read.
    await count(follower, 10_000);
    expect(log.eventsRead).toBe(2_030);
  });

  it('keeps at most `limit` events: a backlog beyond it costs only what the follower consumed', async () => {
    const log = memoryLog();
    const count = createBacklogCounter(log.readAfter, 500);
    log.append(50_000);
    expect((await count(null, 1_000)).events).toBe(1_000);
    expect(log.eventsRead).toBe(1_000);
    // The follower consumed 100: 100 more are read to fill the count again.
    expect((await count(log.events[99]!.position, 1_000)).events).toBe(1_000);
    expect(log.eventsRead).toBe(1_100);
  });

  it('starts afresh after a failed read', async () => {
    const log = memoryLog();
    let failNext = false;
    const count = createBacklogCounter(async (after, max) => {
      if (failNext) {
        failNext = false;
        throw new Error('connection lost');
      }
      return log.readAfter(after, max);
    }, 5);
    log.append(12);
    expect((await count(null, 100)).events).toBe(12);
    failNext = true;
    log.append(3);
    await expect(count(null, 100)).rejects.toThrow('connection lost');
    expect(await count(null, 100)).toEqual(log.naive(null, 100));
  });
});
