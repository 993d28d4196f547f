// The one config loader: every service describes its environment as a zod object and gets either a
// typed config or one clear line per bad variable.
import { z } from 'zod';
import { DEFAULT_PARK_AFTER_FAILURES } from './bus/parking.ts';

/**
 * A setting that cannot work: a bad value, a port in use, a database that does not answer. Its
 * message is one line per setting, naming it first, and is all a failed start-up prints.
 */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

export function loadConfig<S extends z.ZodObject>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.');
    const value = env[name];
    const shown = value === undefined ? 'not set' : `got ${JSON.stringify(value)}`;
    return `${name}: ${issue.message} (${shown})`;
  });
  throw new ConfigError(problems);
}

/** Variables every service reads. Defaults point at the local servers. */
export const commonEnv = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).default('postgres://postgres@127.0.0.1:5432/payouts'),
  /**
   * PostgreSQL connections this process keeps at most. Every busy consumer handler, request and
   * relay read holds one while it runs; `npm start` runs all services on one pool.
   */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(10),
  NATS_URL: z.string().min(1).default('nats://127.0.0.1:4222'),
  /** Subject prefix and JetStream stream name: lets several deployments (or tests) share one NATS. */
  NATS_SUBJECT_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only')
    .default('payouts'),
  NATS_STREAM: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only')
    .default('PAYOUTS'),
  /** Failed handlings of a bus message (deferrals not counted) after which it is parked. */
  BUS_PARK_AFTER_FAILURES: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_PARK_AFTER_FAILURES),
  EVENT_STORE: z.enum(['postgres', 'kurrentdb']).default('postgres'),
  EVENT_STORE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'a lower-case SQL identifier')
    .default('event_store'),
  ESDB_URL: z.string().optional(),
};

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
export const durationMs = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

/** Variables of the services that answer HTTP. */
export const httpEnv = {
  API_KEYS: z.string().optional(),
  /** A file of API_KEYS entries, one a line (`#` comments allowed); read once at start-up. */
  API_KEYS_FILE: z.string().min(1).optional(),
  DEV_API_KEY: z.string().min(16, 'at least 16 characters').optional(),
};
