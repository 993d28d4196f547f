// How query-api's two processes start, alone (main.ts, projector/main.ts) or with the other services.
import type { KeyObject } from 'node:crypto';
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

/** What the API takes, from queryApiOptions (like every service: options, made from its config once). */
export type QueryApiOptions = {
  eventStoreSchema: string;
  rateLimit: { requests: number; windowSeconds: number };
  /** Keys anchors are checked with: the configured public keys, and the signing key's own half. */
  auditPublicKeys: KeyObject[];
};

export function queryApiOptions(
  config: Pick<
    QueryApiConfig,
    | 'EVENT_STORE_SCHEMA'
    | 'READ_RATE_LIMIT_REQUESTS'
    | 'READ_RATE_LIMIT_WINDOW_SECONDS'
    | 'AUDIT_PUBLIC_KEYS'
    | 'AUDIT_PUBLIC_KEYS_FILE'
  > &
    // Started with the scheduler in one process (`npm start`), the signing key's public half is trusted too.
    AuditSigningConfig,
): QueryApiOptions {
  const signingKey = configuredSigningKey(config);
  return {
    eventStoreSchema: config.EVENT_STORE_SCHEMA,
    rateLimit: {
      requests: config.READ_RATE_LIMIT_REQUESTS,
      windowSeconds: config.READ_RATE_LIMIT_WINDOW_SECONDS,
    },
    auditPublicKeys: [...configuredPublicKeys(config), ...(signingKey ? [signingKey.publicKey] : [])],
  };
}

export async function startQueryApi(
  infra: Infrastructure,
  apiKeys: ApiKeyRecord[],
  options: QueryApiOptions,
) {
  await migrateReadModel(infra.db);
  await migrateAuditAnchors(infra.db);
  reportPayoutsByStatus(infra.db as Kysely<ReadModel>);
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
        publicKeys: options.auditPublicKeys,
        storedChain:
          infra.eventStore.kind === 'postgres'
            ? () => verifyEventChains(infra.pool, options.eventStoreSchema)
            : null,
      }),
    },
    rateLimit: options.rateLimit,
  });
}

const PROJECTOR_CONSUMER = 'projector';
/** The lease that keeps one projector active: replicas stand by and take over when it goes. */
const PROJECTOR_LEASE = 'query-api:projector';

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
  const writer = createRowWriter(db, { pool: infra.pool });
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
