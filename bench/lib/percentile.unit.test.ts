import { describe, expect, it } from 'vitest';
import { percentile } from './percentile.ts';

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1); // 1..100

  it('takes the nearest rank: the 99th of 100 samples is the 99th smallest', () => {
    expect(percentile(hundred, 0.5)).toBe(50);
    expect(percentile(hundred, 0.99)).toBe(99);
    expect(percentile(hundred, 1)).toBe(100);
  });

  it('gives the one sample at any share, the smallest at 0, and NaN for none', () => {
    expect(percentile([7.25], 0.99)).toBe(7.25);
    expect(percentile(hundred, 0)).toBe(1);
    expect(percentile([], 0.5)).toBeNaN();
  });
});
