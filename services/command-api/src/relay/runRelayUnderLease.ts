// One active relay at a time: the relay runs only while its process holds the lease (a PostgreSQL
// advisory lock that a crashed holder loses with its connection), and restarts from its checkpoint
// whenever it fails, for instance while NATS is away.
import { keepRunning, type Logger, runWithLease } from '@payouts/platform';
import { type RelayDeps, relayEvents } from './relay.ts';

export type RelayLeaseOptions = {
  connectionString: string;
  leaseName: string;
  signal: AbortSignal;
  logger: Logger;
  /** How often a standby tries to take the lease (and the holder checks it still has it). */
  leaseCheckMs?: number;
  /** Pause before a failed relay starts again from its checkpoint. */
  restartDelayMs?: number;
  /**
   * Runs before each start of the relay (and may move its checkpoint); returns the signal the relay
   * runs under. When that signal aborts on its own, the relay starts over from the top.
   */
  beforeEachRun?: (signal: AbortSignal) => Promise<AbortSignal>;
};

/** Resolves when `options.signal` aborts. */
export function runRelayUnderLease(deps: RelayDeps, options: RelayLeaseOptions): Promise<void> {
  const { connectionString, leaseName, signal, logger } = options;
  return runWithLease(
    { connectionString, name: leaseName, signal, logger, checkEveryMs: options.leaseCheckMs },
    (leaseSignal) =>
      keepRunning(
        'relay',
        logger,
        leaseSignal,
        async (signal) => {
          const running = options.beforeEachRun ? await options.beforeEachRun(signal) : signal;
          await relayEvents(deps, running);
          if (running.aborted && !signal.aborted) throw running.reason;
        },
        options.restartDelayMs,
      ),
  );
}
