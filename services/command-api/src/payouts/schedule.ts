// `scheduled_for` must lie ahead when a client sets it: a time already past would mean "pay now",
// which the client can say by leaving it out, so a past one is more likely a mistake (a wrong zone).
import { validationProblem } from '@payouts/platform';

export function requireFutureSchedule(scheduledFor: string | null | undefined, now: Date): void {
  if (scheduledFor === null || scheduledFor === undefined) return;
  if (Date.parse(scheduledFor) <= now.getTime()) {
    throw validationProblem([
      { field: 'scheduled_for', message: `must be in the future (now is ${now.toISOString()})` },
    ]);
  }
}
