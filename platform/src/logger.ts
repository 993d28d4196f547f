// The one logger: pino JSON lines, each service naming itself; request and event handlers add the
// correlation id with `logger.child({ correlation_id })`.
import { pino } from 'pino';

export type Logger = pino.Logger;

export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ name: service, level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
}
