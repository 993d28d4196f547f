// The life of a service process: start, run until SIGTERM/SIGINT, stop what was started (draining
// in-flight work), close connections, exit 0. A second signal, pressed on purpose, exits at once.
import { ConfigError } from './config.ts';
import type { Logger } from './logger.ts';
import { shutdownTracing } from './tracing.ts';

export type Running = { stop(): Promise<void> };

/**
 * Signals this soon after the first are the same one delivered again, not a second Ctrl-C: the
 * terminal sends SIGINT to the whole process group (npm, tsx and node each get it), and npm and tsx
 * each pass it on to their child as well.
 */
const REPEATED_SIGNAL_MS = 1_000;

export async function runUntilSignalled(logger: Logger, start: () => Promise<Running>): Promise<void> {
  let running: Running | undefined;
  let firstSignalAt: number | undefined;
  let stopRequested: string | undefined;
  const stop = async (signal: string) => {
    logger.info({ signal }, 'stopping: draining in-flight work');
    try {
      await running!.stop();
      await shutdownTracing(); // sends the spans still buffered
      logger.info('stopped cleanly');
      process.exit(0);
    } catch (err) {
      logger.error({ err: errorMessage(err) }, 'stop failed');
      process.exit(1);
    }
  };
  const onSignal = (signal: string) => {
    if (firstSignalAt !== undefined) {
      if (Date.now() - firstSignalAt < REPEATED_SIGNAL_MS) return;
      logger.warn({ signal }, 'second signal: exiting without finishing the drain');
      process.exit(1);
    }
    firstSignalAt = Date.now();
    if (running) void stop(signal);
    else stopRequested = signal; // stopped as soon as start-up is done, so that nothing is left half-open
  };
  // Listening from the start: a signal during start-up must not kill the process before what it
  // started (an embedded PostgreSQL) can be stopped.
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGINT', () => onSignal('SIGINT'));
  try {
    running = await start();
  } catch (err) {
    // Only the message, on stderr: a setting that cannot work is one line naming it (ConfigError),
    // anything else one line saying what failed; never a stack.
    console.error(err instanceof ConfigError ? err.message : `start-up failed: ${errorMessage(err)}`);
    process.exit(1);
  }
  if (stopRequested) void stop(stopRequested);
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err ?? 'unknown error');
}

/** Runs `work` again after it fails, with a pause, until `signal` aborts. */
export async function keepRunning(
  what: string,
  logger: Logger,
  signal: AbortSignal,
  work: (signal: AbortSignal) => Promise<void>,
  retryDelayMs = 1_000,
): Promise<void> {
  while (!signal.aborted) {
    try {
      await work(signal);
    } catch (err) {
      if (signal.aborted) break;
      logger.warn({ err: (err as Error).message }, `${what} failed; restarting`);
      await new Promise((resolve) => {
        const t = setTimeout(resolve, retryDelayMs);
        signal.addEventListener(
          'abort',
          () => {
            clearTimeout(t);
            resolve(undefined);
          },
          { once: true },
        );
      });
    }
  }
}
