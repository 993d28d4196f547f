// Nearest-rank percentiles of latencies the suites measure themselves (autocannon's own histogram
// keeps whole milliseconds, too coarse for a ratio between 3 ms and 4 ms).

/** The value below which a share `p` (0..1) of the sorted samples lie; NaN when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}
