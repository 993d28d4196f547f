import { describe, expect, it } from 'vitest';
import { etagOf, ifMatchHolds } from './etag.ts';
import { futureScheduleUtc } from './schedule.ts';

describe('If-Match', () => {
  it('holds for *, the current ETag, or a list containing it; never for a weak or another tag', () => {
    expect(etagOf(3n)).toBe('"3"');
    expect(ifMatchHolds('*', 3n)).toBe(true);
    expect(ifMatchHolds('"3"', 3n)).toBe(true);
    expect(ifMatchHolds(' "1" , "3" ', 3n)).toBe(true);
    expect(ifMatchHolds('"2"', 3n)).toBe(false);
    expect(ifMatchHolds('W/"3"', 3n)).toBe(false);
    expect(ifMatchHolds('3', 3n)).toBe(false);
    expect(ifMatchHolds('', 3n)).toBe(false);
  });
});

describe('scheduled_for', () => {
  const now = new Date('2026-11-26T10:00:00.000Z');
  it('must be after now, and is kept in UTC', () => {
    expect(futureScheduleUtc('2026-11-26T13:00:01+03:00', now)).toBe('2026-11-26T10:00:01.000Z');
    expect(futureScheduleUtc(null, now)).toBeNull();
    expect(futureScheduleUtc(undefined, now)).toBeUndefined();
    expect(() => futureScheduleUtc('2026-11-26T10:00:00Z', now)).toThrow(/scheduled_for/);
  });
});
