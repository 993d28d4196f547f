// The anchor job: on its schedule, signs every event appended since the last anchor with the audit
// signing key (see platform/src/audit), so that verify can tell events a database writer changed
// afterwards. It runs on the scheduler's lease (one active replica), apart from the payout jobs'
// queue: it needs no payout view, and a long catch-up must not hold them back.
import {
  createAnchorStore,
  type Infrastructure,
  type Logger,
  migrateAuditAnchors,
  type SigningKey,
  signAnchors,
} from '@payouts/platform';
import { Cron } from 'croner';

export type AnchorSigning = {
  key: SigningKey;
  /** Cron pattern (UTC): how often events are anchored, so how long an edit can go unanchored. */
  schedule: string;
};

export type AnchorJob = { stop(): Promise<void> };

export async function startAnchorJob(
  infra: Pick<Infrastructure, 'pool' | 'db' | 'eventStore'>,
  signing: AnchorSigning,
  logger: Logger,
  options: { clock?: () => Date; onRun?: (outcome: 'ok' | 'error') => void } = {},
): Promise<AnchorJob> {
  await migrateAuditAnchors(infra.db);
  const anchors = createAnchorStore(infra.pool);
  const stopping = new AbortController();
  let running: Promise<void> = Promise.resolve();
  const signOnce = async () => {
    const startedAt = Date.now();
    try {
      const run = await signAnchors({
        eventStore: infra.eventStore,
        anchors,
        key: signing.key,
        logger,
        signal: stopping.signal,
        ...(options.clock ? { clock: options.clock } : {}),
      });
      options.onRun?.('ok');
      if (run.anchors > 0) {
        logger.info({ job: 'sign_anchors', ...run, duration_ms: Date.now() - startedAt }, 'job ran');
      }
    } catch (err) {
      // A second replica that signed the same range first is one of these: the next run goes on.
      options.onRun?.('error');
      logger.error(
        { job: 'sign_anchors', err: (err as Error).message, duration_ms: Date.now() - startedAt },
        'job failed',
      );
    }
  };
  logger.info(
    { job: 'sign_anchors', key_id: signing.key.keyId, schedule: signing.schedule },
    'signing audit anchors',
  );
  const cron = new Cron(signing.schedule, { timezone: 'UTC', protect: true }, () => {
    running = signOnce();
    return running;
  });
  return {
    async stop() {
      cron.stop();
      stopping.abort();
      await running;
    },
  };
}
