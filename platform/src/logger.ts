// The one logger: pino JSON lines. The root names the process (`"process":"payouts"` for `npm start`,
// `"process":"relay"` for the relay run alone); each service's logger is a child adding
// `"service":"<name>"`, so that a line has each key once (pino appends a child's bindings to its
// parent's, it never replaces them). Request and event handlers add the correlation id with
// `logger.child({ correlation_id })`.
import { pino } from 'pino';

export type Logger = pino.Logger;

export function createLogger(processName: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  // A level pino does not know would throw here, with a stack, before the config is validated:
  // log at info until the config's validation stops the start-up with one line naming LOG_LEVEL.
  const known = level === 'silent' || level in pino.levels.values;
  return pino({
    level: known ? level : 'info',
    base: { process: processName },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
