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
};

/** Resolves when `options.signal` aborts. */
export function runRelayUnderLease(deps: RelayDeps, options: RelayLeaseOptions): Promise<void> {
  const { connectionString, leaseName, signal, logger } = options;
  return runWithLease(
    { connectionString, name: leaseName, signal, logger, checkEveryMs: options.leaseCheckMs },
    (leaseSignal) =>
      keepRunning('relay', logger, leaseSignal, (s) => relayEvents(deps, s), options.restartDelayMs),
  );
}
