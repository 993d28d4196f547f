// Test isolation: each test file gets its own database and its own NATS stream and subjects, so
// files run in parallel and twice in a row against the same servers.
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';

export function uniqueName(prefix: string): string {
  return `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
}

export type TestDatabase = { url: string; name: string; drop(): Promise<void> };

/** A fresh, empty database on the test server; `drop()` removes it (and ends its connections). */
export async function createTestDatabase(prefix = 'test'): Promise<TestDatabase> {
  const name = uniqueName(prefix);
  const admin = new URL(TEST_DATABASE_URL);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`create database "${name}"`);
  await client.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    },
  };
}

/** Names for a test's own JetStream stream and subjects. */
export function uniqueBusNames(): { NATS_STREAM: string; NATS_SUBJECT_PREFIX: string } {
  const id = uniqueName('t');
  return { NATS_STREAM: `PAYOUTS_${id}`, NATS_SUBJECT_PREFIX: `payouts_${id}` };
}

/** Polls `probe` until it returns a value that is not undefined, or fails after `timeoutMs`. */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`,
  );
}

export {
  createInMemoryEventStore,
  type InMemoryEventStore,
} from '../eventStore/testing/inMemoryEventStore.ts';
export { freePort } from '../freePort.ts';
export { type Child, type Exit, REPO_ROOT, spawnChild, spawnEntry, TSX_LOADER } from './childProcess.ts';
export {
  type PrivatePostgres,
  type PrivatePostgresOptions,
  type ShutdownMode,
  startPrivatePostgres,
} from './privatePostgres.ts';
