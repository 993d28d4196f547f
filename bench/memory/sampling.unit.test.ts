import { describe, expect, it } from 'vitest';
import { type Samples, tableRows } from './sampling.ts';

describe('tableRows', () => {
  it('reports the idle median, the peak of the run, the last sample under load and the last sample', () => {
    const samples: Samples = new Map([
      [
        'svc',
        [
          { phase: 'idle', mib: 100 },
          { phase: 'idle', mib: 90 },
          { phase: 'idle', mib: 110 },
          { phase: 'load', mib: 150 },
          { phase: 'load', mib: 130 },
          { phase: 'cool-down', mib: 120 },
        ],
      ],
    ]);
    expect(tableRows(samples)).toEqual(['| svc | 100 | 150 | 130 | 120 | +50 |']);
  });

  it('shows a dash for what was never sampled', () => {
    expect(tableRows(new Map([['gone', []]]))).toEqual(['| gone | - | - | - | - | - |']);
  });
});
