// The bus contract against the NATS server the tests use (NATS_URL, default the local one), and
// what only the NATS adapter can get wrong.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKysely, createPool } from '../db.ts';
import { createLogger } from '../logger.ts';
import { createTestDatabase, TEST_NATS_URL, uniqueBusNames } from '../testing/index.ts';
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

describe('nats bus publish', () => {
  it('rejects a message whose header nats.js refuses, instead of leaving it unanswered', async () => {
    const unique = uniqueBusNames();
    const bus = await openNatsBus(
      TEST_NATS_URL,
      { stream: unique.NATS_STREAM, subjectPrefix: unique.NATS_SUBJECT_PREFIX },
      'bus-publish-test',
      logger,
    );
    try {
      const message = { subject: `${bus.subjectPrefix}.events.Requested`, data: '1', id: randomUUID() };
      await expect(bus.publish({ ...message, headers: { 'Correlation-Id': 'a\r\nb' } })).rejects.toThrow();
      expect(await bus.publish(message)).toEqual({ duplicate: false });
    } finally {
      await bus.deleteStream();
      await bus.close();
    }
  });
});
