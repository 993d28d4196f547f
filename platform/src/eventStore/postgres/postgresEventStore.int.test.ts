import pg from 'pg';
import { createKysely, createPool } from '../../db.ts';
import { createLogger } from '../../logger.ts';
import { createTestDatabase } from '../../testing/index.ts';
import { describeEventStoreContract } from '../eventStore.contract.ts';
import { appendEventsStatement, createPostgresEventStore } from './postgresEventStore.ts';

const SCHEMA = 'event_store_contract';

describeEventStoreContract('postgres', async () => {
  const database = await createTestDatabase('es');
  const pool = createPool(database.url, createLogger('test', 'silent'));
  const db = createKysely<unknown>(pool);
  const store = await createPostgresEventStore(pool, db, { schema: SCHEMA });
  const held = new Set<pg.Client>();
  return {
    store,
    async beginAppend(streamName, events, expected) {
      // The transaction takes its id and positions now and keeps them, uncommitted, until commit().
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      held.add(client);
      await client.query('begin');
      await client.query(appendEventsStatement(SCHEMA, streamName, events, expected));
      return {
        async commit() {
          await client.query('commit');
          await client.end();
          held.delete(client);
        },
      };
    },
    async dropConnections() {
      // What a server restart does to the store's pool and its LISTEN connection.
      const admin = new pg.Client({ connectionString: database.url });
      await admin.connect();
      try {
        await admin.query(
          `select pg_terminate_backend(pid) from pg_stat_activity
           where datname = current_database() and pid <> pg_backend_pid()`,
        );
      } finally {
        await admin.end();
      }
    },
    async close() {
      for (const client of held) await client.end().catch(() => {});
      await store.close();
      await db.destroy();
      await database.drop();
    },
  };
});
