import { describe, expect, it } from 'vitest';
import { createProgressReporter, progressLine } from './progress.ts';

describe('rebuild progress', () => {
  it('says events, percentage, rate and ETA in one plain line', () => {
    expect(progressLine(5_000, 20_000, 2_500)).toBe(
      'rebuild: 5000/20000 events (25%), 2500 events/s, ETA 6s',
    );
    expect(progressLine(0, 0, 0)).toBe('rebuild: 0/0 events (100%), 0 events/s, ETA ?');
  });

  it('writes plain lines, at most one per interval, and always a final one when not on a terminal', () => {
    const written: string[] = [];
    let clock = 0;
    const out = { isTTY: false, write: (t: string) => written.push(t) } as unknown as NodeJS.WriteStream;
    const progress = createProgressReporter({ total: 100, out, now: () => clock });
    clock = 500;
    progress.update(10);
    clock = 2_500;
    progress.update(50);
    clock = 3_000;
    progress.update(60);
    clock = 4_000;
    progress.stop(100);
    expect(written).toEqual([
      'rebuild: 50/100 events (50%), 20 events/s, ETA 3s\n',
      'rebuild: 100/100 events (100%), 25 events/s, ETA 0s\n',
    ]);
  });
});
