import { commonEnv, durationMs, port } from '@payouts/platform';
import { z } from 'zod';

const rate = z.coerce.number().min(0, 'a share between 0 and 1').max(1, 'a share between 0 and 1').default(0);

export const processorEnv = z.object({
  ...commonEnv,
  METRICS_PORT: port(9103),
  /**
   * Event-store work (load, decide, append) at once in one replica, across every event type it
   * reacts to: CPU and memory. Provider calls wait outside it. Loads and appends are grouped into
   * one statement per kind at a time (platform/src/inFlightGroups.ts), so this bounds the groups'
   * size, not connections; with 32, starts fell behind at 510 payouts/s on 2 cores while the CPU
   * had room left, with 256 the same host held 600 (bench/RESULTS.md, Processing).
   */
  PROCESSOR_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(256),
  /**
   * Provider calls in flight at once in one replica, and messages each of its consumers holds at
   * once: waiting on the provider costs a promise and a few kilobytes, not a core (see start.ts).
   */
  PROCESSOR_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(20_000).default(2_000),
  /** Attempts (the first included) before a payout the provider keeps not answering fails. */
  PROCESSOR_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  /** Exponential backoff between attempts: about base x 2^(attempt-1), at most max, with jitter. */
  PROCESSOR_RETRY_BASE_MS: durationMs(1_000),
  PROCESSOR_RETRY_MAX_MS: durationMs(60_000),
  /** How long a payment may take before NATS hands its message to another replica. */
  PROCESSOR_ACK_WAIT_MS: z.coerce.number().int().min(1_000).default(30_000),
  /**
   * The longest a provider call may take: the processor gives up on it then (a transient failure,
   * retried), and a replica repeating a payment the provider knows nothing of waits this long past
   * the first call's window before paying (see nextProcessingStep's payStep).
   */
  PROVIDER_TIMEOUT_MS: durationMs(10_000),
  PROVIDER_LATENCY_MS: durationMs(50),
  PROVIDER_TRANSIENT_FAILURE_RATE: rate,
  PROVIDER_PERMANENT_FAILURE_RATE: rate,
});
export type ProcessorConfig = z.infer<typeof processorEnv>;
