// The life of a service process: start, run until SIGTERM/SIGINT, stop what was started (draining
// in-flight work), close connections, exit. A second signal exits at once.
import type { Logger } from './logger.ts';
import { shutdownTracing } from './tracing.ts';

export type Running = { stop(): Promise<void> };

export async function runUntilSignalled(logger: Logger, start: () => Promise<Running>): Promise<void> {
  let running: Running;
  try {
    running = await start();
  } catch (err) {
    logger.fatal({ err: (err as Error).message }, 'start-up failed');
    console.error(String((err as Error).message));
    process.exit(1);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'stopping: draining in-flight work');
    try {
      await running.stop();
      await shutdownTracing(); // sends the spans still buffered
      logger.info('stopped cleanly');
      process.exit(0);
    } catch (err) {
      logger.error({ err: (err as Error).message }, 'stop failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
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
