// How query-api's two processes start, alone (main.ts, projector/main.ts) or with the other services.
import {
  type ApiKeyRecord,
  type AuditSigningConfig,
  configuredPublicKeys,
  configuredSigningKey,
  counter,
  createAnchorStore,
  createNotifier,
  createNotifySender,
  gauge,
  type Infrastructure,
  migrateAuditAnchors,
  type Running,
  runConsumer,
  runWithLease,
  verifyEventChains,
} from '@payouts/platform';
import type { Kysely } from 'kysely';
import { createQueryApp } from './app.ts';
import { createAuditTrail } from './audit/auditTrail.ts';
import type { QueryApiConfig } from './config.ts';
import { PROJECTED_CHANNEL } from './payouts/readYourWrites.ts';
import { projectEvent, RecentPayouts } from './projector/projector.ts';
import { createRowWriter } from './projector/rowWriter.ts';
import { migrateReadModel } from './readModel/migrations.ts';
import type { ReadModel } from './readModel/schema.ts';
import { reportPayoutsByStatus } from './readModel/statusMetrics.ts';

/** The part of queryApiEnv the app needs (a config loaded with it, or one that extends it). */
export type QueryApiSettings = Pick<
  QueryApiConfig,
  | 'EVENT_STORE_SCHEMA'
  | 'READ_RATE_LIMIT_REQUESTS'
  | 'READ_RATE_LIMIT_WINDOW_SECONDS'
  | 'AUDIT_PUBLIC_KEYS'
  | 'AUDIT_PUBLIC_KEYS_FILE'
> &
  // Started with the scheduler in one process (`npm start`), the signing key's public half is trusted too.
  AuditSigningConfig;

export async function startQueryApi(
  infra: Infrastructure,
  apiKeys: ApiKeyRecord[],
  settings: QueryApiSettings,
) {
  await migrateReadModel(infra.db);
  await migrateAuditAnchors(infra.db);
  reportPayoutsByStatus(infra.db as Kysely<ReadModel>);
  const schema = settings.EVENT_STORE_SCHEMA;
  const signingKey = configuredSigningKey(settings);
  return createQueryApp({
    db: infra.db as Kysely<ReadModel>,
    apiKeys,
    logger: infra.logger.child({ service: 'query-api' }),
    // Listens only once a read waits for a revision; the connection ends with the process.
    projections: createNotifier(infra.databaseUrl, PROJECTED_CHANNEL),
    audit: {
      eventStore: infra.eventStore,
      trail: createAuditTrail({
        eventStore: infra.eventStore,
        anchors: createAnchorStore(infra.pool),
        publicKeys: [...configuredPublicKeys(settings), ...(signingKey ? [signingKey.publicKey] : [])],
        storedChain:
          infra.eventStore.kind === 'postgres' ? () => verifyEventChains(infra.pool, schema) : null,
      }),
    },
    rateLimit: {
      requests: settings.READ_RATE_LIMIT_REQUESTS,
      windowSeconds: settings.READ_RATE_LIMIT_WINDOW_SECONDS,
    },
  });
}

export const PROJECTOR_CONSUMER = 'projector';
/** The lease that keeps one projector active: replicas stand by and take over when it goes. */
export const PROJECTOR_LEASE = 'query-api:projector';

const lagSeconds = gauge(
  'projector_lag_seconds',
  'Seconds between an event being recorded in the event store and the projector handling it',
  [],
);
const projected = counter('projector_events_total', 'Events the projector handled, by outcome', ['outcome']);
const active = gauge('projector_active', '1 while this process holds the projector lease', []);

export async function startProjector(
  infra: Infrastructure,
  options: { concurrency: number; leaseCheckMs?: number },
): Promise<Running> {
  await migrateReadModel(infra.db);
  const logger = infra.logger.child({ service: 'projector' });
  const db = infra.db as Kysely<ReadModel>;
  const controller = new AbortController();
  // Wakes reads waiting for a revision (read-your-writes) after writes, coalesced.
  const projectedNotify = createNotifySender(infra.pool, PROJECTED_CHANNEL);
  const recent = new RecentPayouts();
  const writer = createRowWriter(db);
  const done = runWithLease(
    {
      connectionString: infra.databaseUrl,
      name: PROJECTOR_LEASE,
      signal: controller.signal,
      logger,
      checkEveryMs: options.leaseCheckMs,
    },
    async (leaseSignal) => {
      active.set(1);
      try {
        await runConsumer(
          infra.bus,
          {
            durable: PROJECTOR_CONSUMER,
            filterSubject: `${infra.bus.subjectPrefix}.events.>`,
            concurrency: options.concurrency,
            signal: leaseSignal,
            logger,
          },
          async (event) => {
            const outcome = await projectEvent(db, infra.eventStore, event, {
              onWritten: projectedNotify.notify,
              recent,
              writer,
            });
            projected.inc({ outcome });
            lagSeconds.set(Math.max(0, (Date.now() - Date.parse(event.recorded_at)) / 1000));
          },
        );
      } finally {
        active.set(0);
      }
    },
  );
  return {
    async stop() {
      controller.abort();
      await done;
      await projectedNotify.close();
    },
  };
}
