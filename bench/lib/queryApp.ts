// The query API as the read benchmarks serve it: over a bench database, one API key of tenant
// `bench` with `payouts:read`, a pool of 10, no rate limit.
import {
  createKysely,
  createPool,
  createPostgresEventStore,
  hashApiKey,
  type Logger,
} from '@payouts/platform';
import { createQueryApp, type ReadModel } from '@payouts/query-api';
import type { Kysely } from 'kysely';

export async function createBenchQueryApp(databaseUrl: string, apiKey: string, logger: Logger) {
  const pool = createPool(databaseUrl, logger, 10);
  const db = createKysely<unknown>(pool);
  const eventStore = await createPostgresEventStore(pool, db);
  const app = createQueryApp({
    db: db as Kysely<ReadModel>,
    apiKeys: [{ id: 'bench', tenant: 'bench', scopes: ['payouts:read'], sha256: hashApiKey(apiKey) }],
    logger,
    audit: { eventStore, trail: null },
  });
  return {
    app,
    async close() {
      await eventStore.close();
      await db.destroy();
    },
  };
}
