// `scheduled_for` must lie ahead when a client sets it: a time already past would mean "pay now",
// which the client can say by leaving it out, so a past one is more likely a mistake (a wrong zone).
// Accepted with any offset, kept in UTC (`2030-01-01T06:00:00.000Z`) like every other time we store.
import { validationProblem } from '@payouts/platform';

export function futureScheduleUtc<T extends string | null | undefined>(scheduledFor: T, now: Date): T {
  if (scheduledFor === null || scheduledFor === undefined) return scheduledFor;
  const at = new Date(scheduledFor);
  if (at.getTime() <= now.getTime()) {
    throw validationProblem([
      { field: 'scheduled_for', message: `must be in the future (now is ${now.toISOString()})` },
    ]);
  }
  return at.toISOString() as T;
}
