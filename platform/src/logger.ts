// The one logger: pino JSON lines, each service naming itself; request and event handlers add the
// correlation id with `logger.child({ correlation_id })`.
import { pino } from 'pino';

export type Logger = pino.Logger;

export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  // A level pino does not know would throw here, with a stack, before the config is validated:
  // log at info until the config's validation stops the start-up with one line naming LOG_LEVEL.
  const known = level === 'silent' || level in pino.levels.values;
  return pino({
    name: service,
    level: known ? level : 'info',
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
