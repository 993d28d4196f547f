// The bus is a transport, not a record. If its stream was wiped or recreated (a new identity),
// everything published before is gone from the bus, so the relay starts again from the beginning of
// the event store: consumers are idempotent and skip what they already applied, and a payout whose
// last events were lost on the bus is brought up to date. The relay also recreates the stream, so
// consumers waiting for it can attach again.

import { type Bus, type CheckpointStore, type Logger, START } from '@payouts/platform';
import type pg from 'pg';

export async function republishIfBusWasReset(deps: {
  bus: Bus;
  pool: pg.Pool;
  checkpoints: CheckpointStore;
  checkpointName: string;
  logger: Logger;
}): Promise<{ created: string; republishing: boolean }> {
  const created = await deps.bus.ensureStream();
  await deps.pool.query(
    `create table if not exists relay_bus_streams (
      stream text primary key,
      created text not null,
      seen_at timestamptz not null default now()
    )`,
  );
  const { rows } = await deps.pool.query<{ created: string }>(
    `insert into relay_bus_streams (stream, created) values ($1, $2)
     on conflict (stream) do update set created = excluded.created, seen_at = now()
     returning (select created from relay_bus_streams where stream = $1) as created`,
    [deps.bus.stream, created],
  );
  const previous = rows[0]?.created ?? null;
  if (previous === null || previous === created) return { created, republishing: false };
  deps.logger.warn(
    { stream: deps.bus.stream, was_created: previous, now_created: created },
    'the bus stream was recreated: republishing every event from the start of the event store',
  );
  await deps.checkpoints.save(deps.checkpointName, START);
  return { created, republishing: true };
}

/** How often a running relay checks that the stream it publishes to is still the one it started on. */
const BUS_CHECK_MS = 5_000;

/**
 * A signal that aborts with `signal`, or when the stream is found recreated (another process may
 * recreate it before the relay's next publish fails, so a failed publish alone cannot tell).
 */
export function abortWhenBusIsReset(
  deps: { bus: Bus; logger: Logger },
  created: string,
  signal: AbortSignal,
): AbortSignal {
  const reset = new AbortController();
  const timer = setInterval(async () => {
    try {
      const now = await deps.bus.streamIdentity();
      // Not there at all: a publish will fail and the relay restarts through republishIfBusWasReset.
      if (now !== null && now !== created) reset.abort(new Error('the bus stream was recreated'));
    } catch (err) {
      deps.logger.debug({ err: (err as Error).message }, 'relay: bus check failed');
    }
  }, BUS_CHECK_MS);
  const both = AbortSignal.any([signal, reset.signal]);
  both.addEventListener('abort', () => clearInterval(timer), { once: true });
  return both;
}
