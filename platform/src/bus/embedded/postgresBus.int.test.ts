// The bus contract against the embedded bus, in a database of its own on the tests' PostgreSQL. Each
// open has its own pool and LISTEN connection, as another process (or this one restarted) would.
import { createKysely, createPool } from '../../db.ts';
import { createLogger } from '../../logger.ts';
import { createTestDatabase } from '../../testing/index.ts';
import { describeBusContract } from '../bus.contract.ts';
import { openPostgresBus } from './postgresBus.ts';

const logger = createLogger('postgres-bus-test', 'silent');

describeBusContract('postgres (embedded)', async () => {
  const database = await createTestDatabase('embedded_bus');
  const pool = createPool(database.url, logger);
  const db = createKysely<unknown>(pool);
  return {
    pool,
    db,
    async open(names, parking) {
      const ownPool = createPool(database.url, logger, 4);
      const ownDb = createKysely<unknown>(ownPool);
      const bus = await openPostgresBus(ownPool, ownDb, names, {
        connectionString: database.url,
        logger,
        parking,
      });
      return {
        ...bus,
        async close() {
          await bus.close();
          await ownDb.destroy();
        },
      };
    },
    async close() {
      await db.destroy();
      await database.drop();
    },
  };
});
