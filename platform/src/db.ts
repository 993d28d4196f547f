// PostgreSQL connections: one pg Pool per process and database, Kysely on top where a typed query
// builder helps (the read model).
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { ConfigError } from './config.ts';
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
  const open = new Set<Promise<void>>();
  pool.on('connect', (client) => {
    client.on('error', (err) => logger.warn({ err: err.message }, 'database connection lost'));
    const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
    open.add(ended);
    void ended.then(() => open.delete(ended));
  });
  // pg-pool's end() resolves once it has asked each client to end, before their connections have
  // closed; a caller that stops the server next (npm start's embedded PostgreSQL) would cut them
  // off mid-goodbye. Closing the pool waits until every connection has actually closed (5 s at most).
  const end = pool.end.bind(pool);
  pool.end = (async () => {
    await end();
    await Promise.race([Promise.all(open), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
  }) as typeof pool.end;
  return pool;
}

export function createKysely<DB>(pool: pg.Pool): Kysely<DB> {
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}

/** How long a start-up check waits for the server to accept a connection. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Creates the database named in the URL when it does not exist yet (used at start-up and in tests).
 * A database that cannot be used stops the start-up with one line naming DATABASE_URL, the URL
 * (without its password) and PostgreSQL's reason.
 */
export async function ensureDatabase(connectionString: string): Promise<void> {
  const url = new URL(connectionString);
  const name = decodeURIComponent(url.pathname.slice(1));
  try {
    await withClient(connectionString, (client) => client.query('select 1'));
    return;
  } catch (err) {
    // Only a database that is not there yet is ours to create.
    if (!name || (err as { code?: string }).code !== '3D000') throw databaseProblem(connectionString, err);
  }
  url.pathname = '/postgres';
  try {
    await withClient(url.toString(), async (client) => {
      const found = await client.query('select 1 from pg_database where datname = $1', [name]);
      if (found.rowCount === 0) {
        await client
          .query(`create database "${name.replaceAll('"', '""')}"`)
          .catch((err: { code?: string }) => {
            if (err.code !== '42P04' && err.code !== '23505') throw err; // created meanwhile by another process
          });
      }
    });
  } catch (err) {
    const reason = (err as Error).message || String(err);
    throw databaseProblem(
      connectionString,
      new Error(`database "${name}" does not exist and cannot be created: ${reason}`),
    );
  }
}

async function withClient<T>(connectionString: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on('error', () => {}); // a lost connection also fails the query in flight, which throws here
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The URL as it may be printed: without its password. */
function withoutPassword(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    url.password = '';
    return url.toString();
  } catch {
    return '(not a URL)';
  }
}

function databaseProblem(connectionString: string, err: unknown): ConfigError {
  const { code, message } = err as { code?: string; message?: string };
  // Connecting to "localhost" tries every address it has; the error that gathers them has no message.
  let reason = message || code || String(err);
  if (code === 'ECONNREFUSED') reason += ' (no server answers there)';
  return new ConfigError([
    `DATABASE_URL: cannot use the PostgreSQL database ${withoutPassword(connectionString)}: ${reason}`,
  ]);
}
