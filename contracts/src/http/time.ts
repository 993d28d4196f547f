// Dates and times a client sends: ISO 8601, real calendar days only (no Feb 30, no Apr 31, which the
// format checks already refuse), and years 0001 to 9999. PostgreSQL has no year 0 (the year before 1
// AD is `0001 BC`), so `0000-01-01` would reach the database and fail there; it is refused here
// instead, as a 400 naming the parameter.
import { z } from 'zod';

/** The first year PostgreSQL's date and timestamp types can hold as written (there is no year 0). */
export const FIRST_YEAR = 1;
export const FIRST_DAY = '0001-01-01';

const fromFirstYear = (text: string) => Number(text.slice(0, 4)) >= FIRST_YEAR;
const YEAR_MESSAGE = `the year must be ${String(FIRST_YEAR).padStart(4, '0')} or later`;

/** `YYYY-MM-DD`, a real day of a year from 0001. */
export const isoDay = (message = 'must be a date YYYY-MM-DD') =>
  z.iso.date({ error: message }).refine(fromFirstYear, YEAR_MESSAGE);

/** An ISO 8601 date-time with an offset (`Z` or `+hh:mm`), a real day of a year from 0001. */
export const isoDateTime = (message = 'must be an ISO 8601 date-time with an offset') =>
  z.iso.datetime({ offset: true, error: message }).refine(fromFirstYear, YEAR_MESSAGE);

/** An ISO 8601 date-time with an offset, or a date meaning midnight UTC. */
export const isoInstant = (message = 'must be an ISO 8601 date-time with an offset, or a date') =>
  z
    .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: message })
    .refine(fromFirstYear, YEAR_MESSAGE);

/** Whether `text` is a UTC timestamp with microseconds, a real instant from year 0001 (a page cursor's). */
const microsecondsUtc = z.iso.datetime({ precision: 6 });
export function isMicrosecondTimestamp(text: string): boolean {
  return microsecondsUtc.safeParse(text).success && fromFirstYear(text);
}
