// How query-api's two processes start, alone (main.ts, projector/main.ts) or with the other services.
import {
  type ApiKeyRecord,
  type Infrastructure,
  keepRunning,
  type Running,
  runConsumer,
} from '@payouts/platform';
import type { Kysely } from 'kysely';
import { createQueryApp } from './app.ts';
import { projectEvent } from './projector/projector.ts';
import { migrateReadModel } from './readModel/migrations.ts';
import type { ReadModel } from './readModel/schema.ts';

export async function startQueryApi(infra: Infrastructure, apiKeys: ApiKeyRecord[]) {
  await migrateReadModel(infra.db);
  return createQueryApp({
    db: infra.db as Kysely<ReadModel>,
    apiKeys,
    logger: infra.logger.child({ service: 'query-api' }),
  });
}

export const PROJECTOR_CONSUMER = 'projector';

export async function startProjector(
  infra: Infrastructure,
  options: { concurrency: number },
): Promise<Running> {
  await migrateReadModel(infra.db);
  const logger = infra.logger.child({ service: 'projector' });
  const db = infra.db as Kysely<ReadModel>;
  const controller = new AbortController();
  const done = keepRunning('projector', logger, controller.signal, (signal) =>
    runConsumer(
      infra.nats,
      infra.jsm,
      {
        stream: infra.bus.stream,
        durable: PROJECTOR_CONSUMER,
        filterSubject: `${infra.bus.subjectPrefix}.events.>`,
        concurrency: options.concurrency,
        signal,
        logger,
      },
      async (event) => {
        await projectEvent(db, infra.eventStore, event);
      },
    ),
  );
  return {
    async stop() {
      controller.abort();
      await done;
    },
  };
}
