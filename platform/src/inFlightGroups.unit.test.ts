import { describe, expect, it } from 'vitest';
import { createInFlightGroups, type Outcome } from './inFlightGroups.ts';

/** A `run` whose statements the test finishes by hand, recording which calls went together. */
function controlledRun() {
  const groups: number[][] = [];
  const finishers: Array<(outcomes: Outcome<string>[] | Error) => void> = [];
  const run = (group: number[]) =>
    new Promise<Outcome<string>[]>((resolve, reject) => {
      groups.push(group);
      finishers.push((o) => (o instanceof Error ? reject(o) : resolve(o)));
    });
  const finish = async (i: number, outcomes?: Outcome<string>[] | Error) => {
    finishers[i]!(outcomes ?? groups[i]!.map((n) => ({ ok: true, value: `answer ${n}` })));
    await new Promise((r) => setImmediate(r));
  };
  return { groups, run, finish };
}

describe('calls grouped while one is in flight', () => {
  it('sends a call alone at once, and the calls made meanwhile together after it', async () => {
    const { groups, run, finish } = controlledRun();
    const call = createInFlightGroups(run, 100);
    const first = call(1);
    const rest = [call(2), call(3), call(4)];
    expect(groups).toEqual([[1]]);

    await finish(0);
    expect(await first).toBe('answer 1');
    expect(groups).toEqual([[1], [2, 3, 4]]);
    // A call made while the second group is in flight does not join it: it goes in the third.
    const late = call(5);
    await finish(1);
    expect(await Promise.all(rest)).toEqual(['answer 2', 'answer 3', 'answer 4']);
    expect(groups).toEqual([[1], [2, 3, 4], [5]]);
    await finish(2);
    expect(await late).toBe('answer 5');
  });

  it('splits the waiting calls into groups of at most maxGroup', async () => {
    const { groups, run, finish } = controlledRun();
    const call = createInFlightGroups(run, 2);
    const calls = [1, 2, 3, 4, 5, 6].map((n) => call(n));
    await finish(0);
    await finish(1);
    await finish(2);
    await finish(3);
    expect(groups).toEqual([[1], [2, 3], [4, 5], [6]]);
    expect(await Promise.all(calls)).toHaveLength(6);
  });

  it("gives each call its own outcome, and a group's failure to each of its calls", async () => {
    const { run, finish } = controlledRun();
    const call = createInFlightGroups(run, 100);
    const first = expect(call(1)).rejects.toThrow('connection lost');
    const [ok, refused] = [call(2), expect(call(3)).rejects.toThrow('three refused')];
    await finish(0, new Error('connection lost'));
    await first;
    await finish(1, [
      { ok: true, value: 'two' },
      { ok: false, error: new Error('three refused') },
    ]);
    expect(await ok).toBe('two');
    await refused;
    // The next call starts a new group at once.
    const next = call(4);
    await finish(2);
    expect(await next).toBe('answer 4');
  });
});
