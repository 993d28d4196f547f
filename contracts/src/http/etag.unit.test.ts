import { describe, expect, it } from 'vitest';
import { ifMatchHolds, ifNoneMatchMatches, payoutEtag } from './etag.ts';

describe('payout ETags', () => {
  it('are the quoted revision, and If-Match compares them strongly', () => {
    expect(payoutEtag(3n)).toBe('"3"');
    expect(payoutEtag('3')).toBe('"3"');
    expect(ifMatchHolds('*', 3n)).toBe(true);
    expect(ifMatchHolds('"3"', 3n)).toBe(true);
    expect(ifMatchHolds(' "1" , "3" ', 3n)).toBe(true);
    expect(ifMatchHolds('"2"', 3n)).toBe(false);
    expect(ifMatchHolds('W/"3"', 3n)).toBe(false);
    expect(ifMatchHolds('3', 3n)).toBe(false);
    expect(ifMatchHolds('', 3n)).toBe(false);
  });

  it('compare weakly for If-None-Match', () => {
    expect(ifNoneMatchMatches(undefined, '3')).toBe(false);
    expect(ifNoneMatchMatches('*', '3')).toBe(true);
    expect(ifNoneMatchMatches('W/"3"', '3')).toBe(true);
    expect(ifNoneMatchMatches('"1", "3"', 3n)).toBe(true);
    expect(ifNoneMatchMatches('"4"', '3')).toBe(false);
  });
});
