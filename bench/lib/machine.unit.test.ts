import { describe, expect, it } from 'vitest';
import { parseCpuTicks } from './machine.ts';

describe('parseCpuTicks', () => {
  it('sums the eight tick columns of the cpu line and picks out steal', () => {
    const procStat = [
      'cpu  27274 0 9707 43011 1655 0 982 883 0 0',
      'cpu0 13637 0 4853 21505 827 0 491 441 0 0',
      'intr 1234',
    ].join('\n');
    expect(parseCpuTicks(procStat)).toEqual({
      total: 27274 + 9707 + 43011 + 1655 + 982 + 883,
      steal: 883,
    });
  });

  it('gives null when there is no cpu line to read', () => {
    expect(parseCpuTicks('intr 1234\nctxt 5678')).toBeNull();
    expect(parseCpuTicks('cpu  1 2 3')).toBeNull();
  });
});
