import { createKysely, createPool } from '../../db.ts';
import { createLogger } from '../../logger.ts';
import { createTestDatabase } from '../../testing/index.ts';
import { describeEventStoreContract } from '../eventStore.contract.ts';
import { createPostgresEventStore } from './postgresEventStore.ts';

describeEventStoreContract('postgres', async () => {
  const database = await createTestDatabase('es');
  const pool = createPool(database.url, createLogger('test', 'silent'));
  const db = createKysely<unknown>(pool);
  const store = await createPostgresEventStore(pool, db, { schema: 'event_store' });
  return {
    store,
    async close() {
      await store.close();
      await db.destroy();
      await database.drop();
    },
  };
});
