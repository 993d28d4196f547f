// The two servers the write benchmark compares, in one child process so that the load generator does
// not share their event loop: the command API (real PostgreSQL event store, which holds the
// Idempotency-Key claims), and a
// bare Hono handler doing one INSERT of the body, both on pools of the same size. Prints their ports
// as one JSON line, then serves until killed.
import { randomUUID } from 'node:crypto';
import { createCommandApp } from '@payouts/command-api';
import {
  createKysely,
  createLogger,
  createPool,
  createPostgresEventStore,
  mintApiKey,
  parseApiKeys,
  startHttpServer,
} from '@payouts/platform';
import { createBareApp } from '../lib/bareApp.ts';

const databaseUrl = process.env.BENCH_DATABASE_URL;
if (!databaseUrl) throw new Error('BENCH_DATABASE_URL is not set');
const POOL_SIZE = 10;
const logger = createLogger('bench', 'silent');

const pool = createPool(databaseUrl, logger, POOL_SIZE);
const db = createKysely<unknown>(pool);
const eventStore = await createPostgresEventStore(pool, db, { schema: 'event_store' });
const key = mintApiKey({ id: 'bench', tenant: 'bench', scopes: ['payouts:write'] });
const commandApp = createCommandApp({
  eventStore,
  apiKeys: parseApiKeys(key.configLine),
  logger,
  rateLimit: { requests: 0, windowSeconds: 1 },
});

const barePool = createPool(databaseUrl, logger, POOL_SIZE);
const bare = await createBareApp(barePool, { withInsert: true });

// The same INSERT plus the pg_notify the event store's append does, in one transaction: NOTIFY takes a
// cluster-wide lock from the notifying commit until it ends, so this shows what that costs on its own.
bare.post('/insert-notify', async (c) => {
  const body = await c.req.json();
  const id = randomUUID();
  await barePool.query(
    "with row as (insert into bare_rows (id, body) values ($1, $2) returning id) select pg_notify('bench', id::text) from row",
    [id, JSON.stringify(body)],
  );
  return c.json({ id, ...body }, 201);
});

// BENCH_BASELINE_TREE=<another checkout>: that checkout's command API too (its own modules, its own
// pool of 10, its own event store schema, since its migrations may be older than this tree's), so
// that a change is measured before and after in one run. A checkout from before claims (issue 17)
// keeps Idempotency-Keys in its own table: its store is passed when it has one.
async function baselineApp(tree: string) {
  type Platform = typeof import('@payouts/platform');
  type CreateApp = (deps: Record<string, unknown>) => { fetch: Parameters<typeof startHttpServer>[0] };
  type KeysTable = {
    migrateCommandApi(db: unknown): Promise<void>;
    createIdempotencyStore?: (pool: unknown) => unknown;
  };
  const platform = (await import(`${tree}/platform/src/index.ts`)) as Platform;
  const create = (
    (await import(`${tree}/services/command-api/src/index.ts`)) as { createCommandApp: CreateApp }
  ).createCommandApp;
  const basePool = platform.createPool(databaseUrl!, logger, POOL_SIZE);
  const baseDb = platform.createKysely<unknown>(basePool);
  const store = await platform.createPostgresEventStore(basePool, baseDb, { schema: 'event_store_baseline' });
  const migrations = (await import(
    `${tree}/services/command-api/src/idempotency/migrations.ts`
  )) as KeysTable;
  await migrations.migrateCommandApi(baseDb);
  const keysTable = (await import(`${tree}/services/command-api/src/idempotency/store.ts`).catch(
    () => ({}),
  )) as Partial<KeysTable>;
  return create({
    eventStore: store,
    ...(keysTable.createIdempotencyStore ? { idempotency: keysTable.createIdempotencyStore(basePool) } : {}),
    apiKeys: platform.parseApiKeys(key.configLine),
    logger,
    rateLimit: { requests: 0, windowSeconds: 1 },
  });
}
const baselineTree = process.env.BENCH_BASELINE_TREE;
const baseline = baselineTree ? await baselineApp(baselineTree) : null;

const commandServer = await startHttpServer(commandApp.fetch, 0, logger);
const bareServer = await startHttpServer(bare.fetch, 0, logger);
const baselineServer = baseline ? await startHttpServer(baseline.fetch, 0, logger) : null;
console.log(
  JSON.stringify({
    commandPort: commandServer.port,
    barePort: bareServer.port,
    baselinePort: baselineServer?.port,
    apiKey: key.key,
  }),
);

process.on('SIGTERM', async () => {
  await Promise.all([commandServer.close(), bareServer.close(), baselineServer?.close()]);
  await eventStore.close();
  await db.destroy();
  await barePool.end();
  process.exit(0);
});
