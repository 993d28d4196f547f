// Which failures mean "a server this service depends on is away" rather than "this code is wrong":
// PostgreSQL refusing or dropping connections or shutting down, the pool unable to connect in time,
// KurrentDB unavailable or leaderless, NATS disconnected. The APIs answer those with 503 and
// Retry-After, so clients retry instead of reporting a bug and operators are not paged for a blip.
import { DeadlineExceededError, NotLeaderError, UnavailableError } from '@kurrent/kurrentdb-client';
import { errors as natsErrors } from '@nats-io/transport-node';

/**
 * What a 503 asks the client to wait: about the time a pool takes to reconnect or a PostgreSQL
 * restart takes, so that a retry after it usually succeeds.
 */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** Socket errors of a server that is down, restarting or unreachable. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that cannot serve now: class 08 (connection exception), 57P01..57P03
 * (admin shutdown, crash shutdown, cannot connect now: a restart or recovery in progress) and 53300
 * (too many connections).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3]|53300)$/;

/** What pg and its pool say, without a code, when the connection died or never came. */
const PG_CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /connection error and is not queryable/,
  /^Client was closed and is not queryable/,
];

const NATS_UNAVAILABLE = [
  natsErrors.ConnectionError,
  natsErrors.ClosedConnectionError,
  natsErrors.DrainingConnectionError,
  natsErrors.NoRespondersError,
  natsErrors.TimeoutError,
];

/** True when `err` (or an error it wraps) says a dependency is away, not that a request or code is wrong. */
export function isDependencyUnavailable(err: unknown, depth = 0): boolean {
  if (!(err instanceof Error) || depth > 5) return false;
  if (
    err instanceof UnavailableError ||
    err instanceof DeadlineExceededError ||
    err instanceof NotLeaderError
  )
    return true;
  if (NATS_UNAVAILABLE.some((type) => err instanceof type)) return true;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
  if (PG_CONNECTION_MESSAGES.some((pattern) => pattern.test(err.message))) return true;
  // Node reports a refused connection to every address of a host as one AggregateError.
  if (err instanceof AggregateError && err.errors.some((inner) => isDependencyUnavailable(inner, depth + 1)))
    return true;
  return isDependencyUnavailable(err.cause, depth + 1);
}
