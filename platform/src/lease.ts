// Single-active work (relay, projector, scheduler): a PostgreSQL session advisory lock held on a
// dedicated connection. A holder that crashes or loses its connection loses the lock with it, and a
// standby takes over on its next try.
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { Logger } from './logger.ts';

/** How often a standby tries to take the lease, and a holder checks that it still has it. */
const LEASE_CHECK_MS = 2_000;

export type LeaseOptions = {
  connectionString: string;
  name: string;
  signal: AbortSignal;
  logger: Logger;
  checkEveryMs?: number;
};

/**
 * Runs `work` only while this process holds the named lease; `work` gets a signal that aborts when
 * the lease is lost or the caller stops. Returns when `signal` aborts.
 */
export async function runWithLease(
  options: LeaseOptions,
  work: (leaseSignal: AbortSignal) => Promise<void>,
): Promise<void> {
  const { connectionString, name, signal, logger } = options;
  const checkEveryMs = options.checkEveryMs ?? LEASE_CHECK_MS;
  while (!signal.aborted) {
    // Named so that an operator (or a test) can tell the lease's connection in pg_stat_activity.
    const client = new pg.Client({
      connectionString,
      application_name: `lease:${name}`.slice(0, 63),
      // A server that silently stops answering must cost the holder its lease, not hang its heartbeat.
      query_timeout: checkEveryMs * 3,
      keepAlive: true,
    });
    const lost = new AbortController();
    client.on('error', () => lost.abort());
    client.on('end', () => lost.abort());
    try {
      await client.connect();
      const { rows } = await client.query<{ ok: boolean }>(
        'select pg_try_advisory_lock(hashtextextended($1, 0)) as ok',
        [name],
      );
      if (!rows[0]?.ok) {
        await client.end();
        await sleep(checkEveryMs, undefined, { signal }).catch(() => {});
        continue;
      }
      logger.info({ lease: name }, 'lease acquired');
      const heartbeat = setInterval(() => {
        client.query('select 1').catch(() => lost.abort());
      }, checkEveryMs);
      const both = AbortSignal.any([signal, lost.signal]);
      try {
        await work(both);
      } finally {
        clearInterval(heartbeat);
      }
      if (lost.signal.aborted && !signal.aborted) logger.warn({ lease: name }, 'lease lost');
    } catch (err) {
      logger.error({ lease: name, err: (err as Error).message }, 'work under lease failed; retrying');
      await sleep(checkEveryMs, undefined, { signal }).catch(() => {});
    } finally {
      await client.end().catch(() => {});
    }
  }
}
