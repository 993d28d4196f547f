// The scheduler: periodic jobs, run by exactly one replica at a time (lease), one job at a time (they
// share the payout view they catch up first). Each run is logged and counted by job and outcome.
import { setTimeout as sleep } from 'node:timers/promises';
import {
  configuredSigningKey,
  counter,
  createCheckpointStore,
  type Infrastructure,
  type Logger,
  type Running,
  runWithLease,
} from '@payouts/platform';
import { Cron } from 'croner';
import { type AnchorSigning, startAnchorJob } from './anchors/anchorJob.ts';
import { DEFAULT_SCHEDULES, type SchedulerConfig } from './config.ts';
import { createPayoutJobs, type JobResult, type PayoutJobs } from './payouts/jobs.ts';
import { ensureSchedulerSchema } from './payouts/schema.ts';
import { createPayoutTracker, type PayoutTracker } from './payouts/tracker.ts';

const jobRuns = counter('scheduler_job_runs_total', 'Scheduler job runs by job and outcome', [
  'job',
  'outcome',
]);

type Job = { name: string; everyMs: number; run: () => Promise<void> };

type PayoutJobName = 'release_scheduled' | 'redispatch_pending' | 'resolve_stuck_processing' | 'daily_totals';

export type SchedulerOptions = {
  heartbeatMs: number;
  /** Cron patterns (UTC) per job; the defaults of config.ts otherwise. */
  schedules?: Partial<Record<PayoutJobName, string>>;
  pendingStaleAfterMs?: number;
  processingStuckAfterMs?: number;
  clock?: () => Date;
  /** Signs audit anchors when set (a signing key is configured). */
  anchors?: AnchorSigning | null;
};

export function schedulerOptions(config: SchedulerConfig): SchedulerOptions {
  const key = configuredSigningKey(config);
  return {
    anchors: key ? { key, schedule: config.SCHEDULE_AUDIT_ANCHORS } : null,
    heartbeatMs: config.SCHEDULER_HEARTBEAT_MS,
    schedules: {
      release_scheduled: config.SCHEDULE_RELEASE_SCHEDULED,
      redispatch_pending: config.SCHEDULE_REDISPATCH_PENDING,
      resolve_stuck_processing: config.SCHEDULE_RESOLVE_PROCESSING,
      daily_totals: config.SCHEDULE_DAILY_TOTALS,
    },
    pendingStaleAfterMs: config.PENDING_STALE_AFTER_MS,
    processingStuckAfterMs: config.PROCESSING_STUCK_AFTER_MS,
  };
}

/** The payout jobs with their view kept current: what the scheduler runs, and what tests drive. */
type PayoutWork = { tracker: PayoutTracker; jobs: PayoutJobs };

async function createPayoutWork(
  infra: Pick<Infrastructure, 'pool' | 'eventStore' | 'bus'>,
  options: Pick<SchedulerOptions, 'pendingStaleAfterMs' | 'processingStuckAfterMs'>,
): Promise<PayoutWork> {
  await ensureSchedulerSchema(infra.pool);
  const checkpoints = await createCheckpointStore(infra.pool);
  return {
    tracker: createPayoutTracker({
      pool: infra.pool,
      eventStore: infra.eventStore,
      checkpoints,
      checkpointName: `scheduler:${infra.bus.stream}`,
    }),
    jobs: createPayoutJobs(infra, {
      pendingStaleAfterMs: options.pendingStaleAfterMs ?? 60_000,
      processingStuckAfterMs: options.processingStuckAfterMs ?? 300_000,
    }),
  };
}

export function startScheduler(infra: Infrastructure, options: SchedulerOptions): Running {
  const logger = infra.logger.child({ service: 'scheduler' });
  const clock = options.clock ?? (() => new Date());
  const heartbeat: Job = {
    name: 'heartbeat',
    everyMs: options.heartbeatMs,
    run: async () => logger.info({ job: 'heartbeat' }, 'scheduler alive'),
  };
  const controller = new AbortController();
  const done = runWithLease(
    {
      connectionString: infra.databaseUrl,
      name: `scheduler:${infra.bus.stream}`,
      signal: controller.signal,
      logger,
    },
    async (leaseSignal) => {
      const work = await createPayoutWork(infra, options);
      if (!options.anchors) logger.warn('no AUDIT_SIGNING_KEY: audit anchors are not signed');
      const anchorJob = options.anchors
        ? await startAnchorJob(infra, options.anchors, logger, {
            clock,
            onRun: (outcome) => jobRuns.inc({ job: 'sign_anchors', outcome }),
          })
        : null;
      const schedules: Record<PayoutJobName, string> = { ...DEFAULT_SCHEDULES, ...options.schedules };
      const byName: Record<PayoutJobName, (now: Date) => Promise<JobResult>> = {
        release_scheduled: work.jobs.releaseScheduled,
        redispatch_pending: work.jobs.redispatchPending,
        resolve_stuck_processing: work.jobs.resolveStuckProcessing,
        daily_totals: work.jobs.dailyTotals,
      };
      let queue: Promise<void> = Promise.resolve();
      const crons = (Object.keys(byName) as PayoutJobName[]).map(
        (name) =>
          new Cron(schedules[name], { timezone: 'UTC', protect: true }, () => {
            // One job at a time: each catches the payout view up, then acts on it.
            queue = queue.then(() => runPayoutJob(name, work, byName[name], clock, logger));
            return queue;
          }),
      );
      await runEvery(heartbeat, logger, leaseSignal);
      for (const cron of crons) cron.stop();
      await anchorJob?.stop();
      await queue;
    },
  );
  return {
    async stop() {
      controller.abort();
      await done;
    },
  };
}

async function runPayoutJob(
  name: PayoutJobName,
  work: PayoutWork,
  job: (now: Date) => Promise<JobResult>,
  clock: () => Date,
  logger: Logger,
): Promise<void> {
  const startedAt = Date.now();
  try {
    const folded = await work.tracker.catchUp();
    const result = await job(clock());
    jobRuns.inc({ job: name, outcome: 'ok' });
    logger.info(
      { job: name, folded_events: folded, ...result, duration_ms: Date.now() - startedAt },
      'job ran',
    );
  } catch (err) {
    jobRuns.inc({ job: name, outcome: 'error' });
    logger.error(
      { job: name, err: (err as Error).message, duration_ms: Date.now() - startedAt },
      'job failed',
    );
  }
}

async function runEvery(job: Job, logger: Logger, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    try {
      await job.run();
      jobRuns.inc({ job: job.name, outcome: 'ok' });
    } catch (err) {
      jobRuns.inc({ job: job.name, outcome: 'error' });
      logger.error({ job: job.name, err: (err as Error).message }, 'job failed');
    }
    await sleep(job.everyMs, undefined, { signal }).catch(() => {});
  }
}
