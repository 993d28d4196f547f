import { auditSigningEnv, commonEnv, durationMs, port } from '@payouts/platform';
import { Cron } from 'croner';
import { z } from 'zod';

/** A cron pattern croner accepts (5 fields, or 6 with seconds first), read in UTC. */
const cronPattern = (fallback: string) =>
  z
    .string()
    .refine(
      (pattern) => {
        try {
          new Cron(pattern, { paused: true, timezone: 'UTC' }).stop();
          return true;
        } catch {
          return false;
        }
      },
      { message: 'a cron pattern such as "*/30 * * * * *" (seconds first) or "0 * * * *"' },
    )
    .default(fallback);

/** When each payout job runs by default (UTC, seconds first); spread so they rarely queue behind each other. */
export const DEFAULT_SCHEDULES = {
  release_scheduled: '*/10 * * * * *',
  redispatch_pending: '*/30 * * * * *',
  resolve_stuck_processing: '15 * * * * *',
  daily_totals: '45 * * * * *',
} as const;

/** How often the anchor job signs the events appended since the last anchor (UTC, seconds first). */
const DEFAULT_ANCHOR_SCHEDULE = '*/10 * * * * *';

export const schedulerEnv = z.object({
  ...commonEnv,
  /** The audit signing key (Ed25519, PEM); without one no anchors are signed. */
  ...auditSigningEnv,
  SCHEDULE_AUDIT_ANCHORS: cronPattern(DEFAULT_ANCHOR_SCHEDULE),
  METRICS_PORT: port(9104),
  SCHEDULER_HEARTBEAT_MS: durationMs(30_000),
  /** When each job runs (UTC). */
  SCHEDULE_RELEASE_SCHEDULED: cronPattern(DEFAULT_SCHEDULES.release_scheduled),
  SCHEDULE_REDISPATCH_PENDING: cronPattern(DEFAULT_SCHEDULES.redispatch_pending),
  SCHEDULE_RESOLVE_PROCESSING: cronPattern(DEFAULT_SCHEDULES.resolve_stuck_processing),
  SCHEDULE_DAILY_TOTALS: cronPattern(DEFAULT_SCHEDULES.daily_totals),
  /** A due payout still pending after this long with nothing happening is dispatched again. */
  PENDING_STALE_AFTER_MS: durationMs(60_000),
  /** A payout in processing this long with nothing happening (and no retry waiting) is resolved. */
  PROCESSING_STUCK_AFTER_MS: durationMs(300_000),
});
export type SchedulerConfig = z.infer<typeof schedulerEnv>;
