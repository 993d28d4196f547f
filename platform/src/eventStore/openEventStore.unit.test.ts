import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, commonEnv, loadConfig } from '../config.ts';
import { createKysely, createPool } from '../db.ts';
import { createLogger } from '../logger.ts';
import { type EventStoreConfig, eventStoreConfigProblems, openEventStore } from './openEventStore.ts';

// Never connects: every case here fails before a connection, or opens a client that is lazy.
const pool = createPool('postgres://postgres@127.0.0.1:1/none', createLogger('test', 'silent'));
const db = createKysely<unknown>(pool);

const config = (overrides: Partial<Record<keyof EventStoreConfig, string>>): EventStoreConfig =>
  ({ EVENT_STORE: 'postgres', EVENT_STORE_SCHEMA: 'event_store', ...overrides }) as EventStoreConfig;

describe('choosing the event store', () => {
  it('rejects an unknown EVENT_STORE at start-up with a line naming the variable', () => {
    const env = z.object(commonEnv);
    const error = (() => {
      try {
        loadConfig(env, { EVENT_STORE: 'mongodb' });
      } catch (err) {
        return err;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([expect.stringMatching(/^EVENT_STORE: .*got "mongodb"/)]);
  });

  it('refuses kurrentdb without ESDB_URL, or with something that is not a KurrentDB URL', async () => {
    const missing = await openEventStore(config({ EVENT_STORE: 'kurrentdb' }), pool, db).catch(
      (e: unknown) => e,
    );
    expect(missing).toBeInstanceOf(ConfigError);
    expect((missing as ConfigError).problems).toEqual([
      expect.stringMatching(/^ESDB_URL: required when EVENT_STORE=kurrentdb/),
    ]);
    const wrong = await openEventStore(
      config({ EVENT_STORE: 'kurrentdb', ESDB_URL: 'http://localhost:2113' }),
      pool,
      db,
    ).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(ConfigError);
    expect((wrong as ConfigError).problems[0]).toMatch(/^ESDB_URL: must start with kurrentdb:\/\//);
  });

  it('refuses a value that bypassed the config schema', async () => {
    const error = await openEventStore(config({ EVENT_STORE: 'mongodb' }), pool, db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(eventStoreConfigProblems(config({ EVENT_STORE: 'mongodb' }))).toEqual([
      'EVENT_STORE: must be one of postgres, kurrentdb (got "mongodb")',
    ]);
  });

  it('opens the KurrentDB adapter for kurrentdb with a KurrentDB URL', async () => {
    const store = await openEventStore(
      config({ EVENT_STORE: 'kurrentdb', ESDB_URL: 'kurrentdb://127.0.0.1:2113?tls=false' }),
      pool,
      db,
    );
    expect(store.kind).toBe('kurrentdb');
    await store.close();
  });
});
