import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CheckpointStore, createCheckpointStore } from './checkpoints.ts';
import { createPool } from './db.ts';
import { createLogger } from './logger.ts';
import { createTestDatabase, type TestDatabase } from './testing/index.ts';

describe('checkpoints', () => {
  let database: TestDatabase;
  let pool: ReturnType<typeof createPool>;
  let checkpoints: CheckpointStore;
  beforeAll(async () => {
    database = await createTestDatabase('checkpoints');
    pool = createPool(database.url, createLogger('test', 'silent'));
    checkpoints = await createCheckpointStore(pool);
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('advance moves a checkpoint forward only; save sets it as given', async () => {
    expect(await checkpoints.load('relay')).toBeNull();
    await checkpoints.advance('relay', { commit: 10n, prepare: 5n });
    await checkpoints.advance('relay', { commit: 10n, prepare: 4n }); // a late writer, behind
    await checkpoints.advance('relay', { commit: 9n, prepare: 99n });
    expect(await checkpoints.load('relay')).toEqual({ commit: 10n, prepare: 5n });
    // Positions beyond 2^63 (KurrentDB's are unsigned 64-bit) survive the round trip.
    await checkpoints.advance('relay', { commit: 18_000_000_000_000_000_000n, prepare: 1n });
    expect(await checkpoints.load('relay')).toEqual({ commit: 18_000_000_000_000_000_000n, prepare: 1n });
    await checkpoints.save('relay', { commit: 1n, prepare: 1n });
    expect(await checkpoints.load('relay')).toEqual({ commit: 1n, prepare: 1n });
  });
});
