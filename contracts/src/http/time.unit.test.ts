import { describe, expect, it } from 'vitest';
import { isMicrosecondTimestamp, isoDateTime, isoDay, isoInstant } from './time.ts';

describe('dates and times a client sends', () => {
  it.each(['2026-02-30', '2026-04-31', '2026-02-29', '0000-01-01', '0000-12-31'])(
    'refuses the day %s',
    (day) => {
      expect(isoDay().safeParse(day).success).toBe(false);
      expect(isoInstant().safeParse(day).success).toBe(false);
      expect(isoDateTime().safeParse(`${day}T00:00:00Z`).success).toBe(false);
      expect(isMicrosecondTimestamp(`${day}T00:00:00.000000Z`)).toBe(false);
    },
  );

  it.each(['2024-02-29', '0001-01-01', '9999-12-31'])('takes the day %s', (day) => {
    expect(isoDay().safeParse(day).success).toBe(true);
    expect(isoInstant().safeParse(`${day}T23:59:59+03:00`).success).toBe(true);
    expect(isMicrosecondTimestamp(`${day}T12:00:00.123456Z`)).toBe(true);
  });

  it('names the year rule in words', () => {
    expect(isoDay().safeParse('0000-01-01').error?.issues[0]?.message).toBe('the year must be 0001 or later');
  });
});
