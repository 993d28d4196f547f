// The scheduler: periodic jobs, run by exactly one replica at a time (lease). Its payout jobs come
// with the processing work; for now it proves the lease and the job loop with a heartbeat.
import { setTimeout as sleep } from 'node:timers/promises';
import { counter, type Infrastructure, type Logger, type Running, runWithLease } from '@payouts/platform';

const jobRuns = counter('scheduler_job_runs_total', 'Scheduler job runs by job and outcome', [
  'job',
  'outcome',
]);

export type Job = { name: string; everyMs: number; run: () => Promise<void> };

export function startScheduler(infra: Infrastructure, options: { heartbeatMs: number }): Running {
  const logger = infra.logger.child({ service: 'scheduler' });
  const jobs: Job[] = [
    {
      name: 'heartbeat',
      everyMs: options.heartbeatMs,
      run: async () => logger.info({ job: 'heartbeat' }, 'scheduler alive'),
    },
  ];
  const controller = new AbortController();
  const done = runWithLease(
    {
      connectionString: infra.databaseUrl,
      name: `scheduler:${infra.bus.stream}`,
      signal: controller.signal,
      logger,
    },
    (leaseSignal) => Promise.all(jobs.map((job) => runEvery(job, logger, leaseSignal))).then(() => {}),
  );
  return {
    async stop() {
      controller.abort();
      await done;
    },
  };
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
