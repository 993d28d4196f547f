// PostgreSQL connections: one pg Pool per process and database, Kysely on top where a typed query
// builder helps (the read model).
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Logger } from './logger.ts';

// numeric and int8 stay strings: amounts are decimals and positions may exceed 2^53.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => v);

export function createPool(connectionString: string, logger: Logger, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 10_000 });
  // An idle client losing its server must not crash the process; the next query reconnects.
  pool.on('error', (err) => logger.warn({ err: err.message }, 'idle database connection lost'));
  // Neither must a client checked out of the pool (by Kysely, a transaction, a lock holder): pg emits
  // 'error' on it when its server goes away (a restart, pg_terminate_backend), and the pool listens
  // only while the client is idle. The query in flight fails with the same error, which its caller
  // handles; the pool drops the client when it is released, so the next query connects afresh.
  pool.on('connect', (client) => {
    client.on('error', (err) => logger.warn({ err: err.message }, 'database connection lost'));
  });
  return pool;
}

export function createKysely<DB>(pool: pg.Pool): Kysely<DB> {
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}

/** Creates the database named in the URL when it does not exist yet (used at embedded start-up and in tests). */
export async function ensureDatabase(connectionString: string): Promise<void> {
  const url = new URL(connectionString);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!name) return;
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  client.on('error', () => {}); // a lost connection also fails the query in flight, which throws here
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) {
      await client
        .query(`create database "${name.replaceAll('"', '""')}"`)
        .catch((err: { code?: string }) => {
          if (err.code !== '42P04' && err.code !== '23505') throw err; // created meanwhile by another process
        });
    }
  } finally {
    await client.end();
  }
}
