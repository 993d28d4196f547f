import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, commonEnv, loadConfig, port } from './config.ts';

const schema = z.object({ ...commonEnv, PORT: port(8000) });

describe('config', () => {
  it('fills defaults pointing at the local servers', () => {
    const config = loadConfig(schema, {});
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/payouts');
    expect(config.NATS_URL).toBe('nats://127.0.0.1:4222');
    expect(config.EVENT_STORE).toBe('postgres');
    expect(config.PORT).toBe(8000);
  });

  it('names every bad variable with what it got', () => {
    let error: unknown;
    try {
      loadConfig(schema, { PORT: 'eighty', EVENT_STORE: 'mongo', DATABASE_URL: 'mysql://x' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(3);
    expect(problems.find((p) => p.startsWith('PORT:'))).toContain('"eighty"');
    expect(problems.find((p) => p.startsWith('EVENT_STORE:'))).toContain('"mongo"');
    expect(problems.find((p) => p.startsWith('DATABASE_URL:'))).toContain('"mysql://x"');
  });

  it('parks a bus message after 30 failed handlings unless told otherwise, and at least after 1', () => {
    expect(loadConfig(schema, {}).BUS_PARK_AFTER_FAILURES).toBe(30);
    expect(loadConfig(schema, { BUS_PARK_AFTER_FAILURES: '5' }).BUS_PARK_AFTER_FAILURES).toBe(5);
    expect(() => loadConfig(schema, { BUS_PARK_AFTER_FAILURES: '0' })).toThrow(/BUS_PARK_AFTER_FAILURES/);
  });
});
