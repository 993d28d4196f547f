// Rebuild progress for a person: a bar with events, events/s and ETA on a terminal; plain lines
// (one every PLAIN_EVERY_MS) when the output is a log or a pipe, where a redrawn bar is noise.
import cliProgress from 'cli-progress';

/** Often enough to see it move in a log, rarely enough not to flood it. */
const PLAIN_EVERY_MS = 2_000;

export type ProgressReporter = { update(eventsDone: number): void; stop(eventsDone: number): void };

export function createProgressReporter(options: {
  total: number;
  out: NodeJS.WriteStream;
  now?: () => number;
}): ProgressReporter {
  const { total, out } = options;
  const now = options.now ?? Date.now;
  const started = now();
  const rate = (done: number) => Math.round(done / Math.max((now() - started) / 1000, 0.001));
  if (out.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: out,
        format:
          'rebuild [{bar}] {percentage}% | {value}/{total} events | {rate} events/s | ETA {eta_formatted}',
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(Math.max(total, 1), 0, { rate: 0 });
    return {
      update(done) {
        if (done > bar.getTotal()) bar.setTotal(done);
        bar.update(done, { rate: rate(done) });
      },
      stop(done) {
        bar.update(done, { rate: rate(done) });
        bar.stop();
      },
    };
  }
  let lastLine = started;
  return {
    update(done) {
      if (now() - lastLine < PLAIN_EVERY_MS) return;
      lastLine = now();
      out.write(`${progressLine(done, total, rate(done))}\n`);
    },
    stop(done) {
      out.write(`${progressLine(done, total, rate(done))}\n`);
    },
  };
}

/** `rebuild: 5000/20000 events (25%), 2500 events/s, ETA 6s` */
export function progressLine(done: number, total: number, eventsPerSecond: number): string {
  const percent = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 100;
  const etaSeconds = eventsPerSecond > 0 ? Math.max(0, Math.ceil((total - done) / eventsPerSecond)) : null;
  return `rebuild: ${done}/${total} events (${percent}%), ${eventsPerSecond} events/s, ETA ${etaSeconds === null ? '?' : `${etaSeconds}s`}`;
}
