// The anchor job as the scheduler runs it: configured with a key file, it signs the events appended
// since the last anchor on its schedule, counted like every job; the anchors verify with the public
// key alone. A key that is not an Ed25519 private key stops the start-up, naming the variable only.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  allEventsOf,
  ConfigError,
  createAnchorStore,
  createLogger,
  type Infrastructure,
  loadConfig,
  metricsRegistry,
  openInfrastructure,
  publicKeyRing,
  type Running,
  verifyAuditTrail,
} from '@payouts/platform';
import { createTestDatabase, eventually, type TestDatabase, uniqueBusNames } from '@payouts/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schedulerEnv } from '../config.ts';
import { schedulerOptions, startScheduler } from '../scheduler.ts';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
let dir: string;
let database: TestDatabase;
let infra: Infrastructure;
let scheduler: Running | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'anchor-job-'));
  writeFileSync(join(dir, 'signing.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  database = await createTestDatabase('anchor_job');
  const config = loadConfig(schedulerEnv, {
    DATABASE_URL: database.url,
    NATS_URL: process.env.NATS_URL,
    ...uniqueBusNames(),
  });
  infra = await openInfrastructure(config, createLogger('anchor-job-test', 'silent'), 'test');
});

afterAll(async () => {
  await scheduler?.stop();
  await infra?.close();
  await database?.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function signingRuns(): Promise<number> {
  const metric = (await metricsRegistry.getSingleMetric('scheduler_job_runs_total')?.get())?.values ?? [];
  return metric
    .filter((v) => v.labels.job === 'sign_anchors' && v.labels.outcome === 'ok')
    .reduce((n, v) => n + v.value, 0);
}

describe('the anchor job', () => {
  it('signs the events appended since the last anchor, on its schedule, and they verify with the public key', async () => {
    const stream = `payout-${randomUUID()}`;
    const append = (n: number, expected: 'no_stream' | bigint) =>
      infra.eventStore.append(
        stream,
        Array.from({ length: n }, () => ({ id: randomUUID(), type: 'Tested', data: { n }, metadata: {} })),
        expected,
      );
    await append(3, 'no_stream');
    const config = loadConfig(schedulerEnv, {
      AUDIT_SIGNING_KEY_FILE: join(dir, 'signing.pem'),
      SCHEDULE_AUDIT_ANCHORS: '* * * * * *',
    });
    const options = schedulerOptions(config);
    expect(options.anchors?.schedule).toBe('* * * * * *');
    const before = await signingRuns();
    scheduler = startScheduler(infra, options);
    const anchors = createAnchorStore(infra.pool);
    const verify = () =>
      verifyAuditTrail({
        events: allEventsOf(infra.eventStore),
        anchors: anchors.list(),
        publicKeys: publicKeyRing([publicKey]),
      });
    await eventually(
      async () => ((await verify()).anchored_events === 3 ? true : undefined),
      30_000,
      'an anchor',
    );
    await append(2, 2n);
    const report = await eventually(
      async () => {
        const r = await verify();
        return r.anchored_events === 5 ? r : undefined;
      },
      30_000,
      'the next anchor',
    );
    expect(report).toMatchObject({ ok: true, events: 5, not_yet_anchored_events: 0, anchor_problem: null });
    expect(report.anchors).toBeGreaterThanOrEqual(2);
    expect(await signingRuns()).toBeGreaterThan(before);
  });

  it('refuses a signing key that is not an Ed25519 private key, without showing it', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    });
    const config = loadConfig(schedulerEnv, { AUDIT_SIGNING_KEY: rsa.toString() });
    expect(() => schedulerOptions(config)).toThrow(ConfigError);
    try {
      schedulerOptions(config);
    } catch (err) {
      expect((err as ConfigError).problems).toEqual([
        expect.stringMatching(/^AUDIT_SIGNING_KEY: not an Ed25519 private key/),
      ]);
      expect((err as Error).message).not.toContain('PRIVATE KEY');
    }
    expect(() =>
      schedulerOptions(loadConfig(schedulerEnv, { AUDIT_SIGNING_KEY_FILE: join(dir, 'absent.pem') })),
    ).toThrow(/AUDIT_SIGNING_KEY_FILE: cannot read/);
    expect(schedulerOptions(loadConfig(schedulerEnv, {})).anchors).toBeNull();
  });
});
