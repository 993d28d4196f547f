// The bus contract against the NATS server the tests use (NATS_URL, default the local one).
import { createKysely, createPool } from '../db.ts';
import { createLogger } from '../logger.ts';
import { createTestDatabase, TEST_NATS_URL } from '../testing/index.ts';
import { describeBusContract } from './bus.contract.ts';
import { openNatsBus } from './natsBus.ts';

const logger = createLogger('nats-bus-test', 'silent');

describeBusContract('nats', async () => {
  const database = await createTestDatabase('nats_bus');
  const pool = createPool(database.url, logger);
  const db = createKysely<unknown>(pool);
  return {
    pool,
    db,
    open: (names, parking) => openNatsBus(TEST_NATS_URL, names, 'bus-contract', logger, { parking }),
    async close() {
      await db.destroy();
      await database.drop();
    },
  };
});
