// Signed anchors through the assembled system: with a signing key configured, the scheduler anchors
// a payout's events as it is paid, verify checks them, and an edit made straight in the database,
// with every stored hash and the stream head recomputed, is named by verify.
import { createHash, generateKeyPairSync } from 'node:crypto';
import type { PayoutResource, VerifyReport } from '@payouts/contracts';
import { createLogger, loadConfig } from '@payouts/platform';
import { createTestDatabase, eventually, type TestDatabase, uniqueBusNames } from '@payouts/platform/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem, systemEnv } from '../start/system.ts';

const API_KEY = 'e2e-anchors-key-0123456789';
// Verify spans every tenant's chains: the key needs audit:read:all-tenants besides the payout scopes.
const API_KEYS = `anchors:tenant-a:payouts:write+payouts:read+audit:read+audit:read:all-tenants:${createHash('sha256').update(API_KEY).digest('hex')}`;

describe('signed audit anchors, end to end', () => {
  let database: TestDatabase;
  let system: RunningSystem;
  let base: string;
  const auth = { Authorization: `Bearer ${API_KEY}` };

  beforeAll(async () => {
    database = await createTestDatabase('e2e_anchors');
    const { privateKey } = generateKeyPairSync('ed25519');
    const config = loadConfig(systemEnv, {
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      NATS_URL: process.env.NATS_URL,
      ...uniqueBusNames(),
      API_KEYS,
      PORT: '0',
      PROVIDER_LATENCY_MS: '10',
      // As an environment file carries it: one line, new lines written `\n`.
      AUDIT_SIGNING_KEY: privateKey
        .export({ type: 'pkcs8', format: 'pem' })
        .toString()
        .replaceAll('\n', '\\n'),
      SCHEDULE_AUDIT_ANCHORS: '* * * * * *',
    });
    system = await startSystem(config, createLogger('e2e', 'warn'));
    base = `http://127.0.0.1:${system.port}`;
  });

  afterAll(async () => {
    await system?.stop();
    await database?.drop();
  });

  const verify = async () => {
    const response = await fetch(`${base}/api/v1/payouts/audit/verify`, { headers: auth });
    expect(response.status).toBe(200);
    return (await response.json()) as VerifyReport;
  };

  it('anchors a paid payout and names the event a database writer rewrote', async () => {
    const created = await fetch(`${base}/api/v1/payouts/`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ amount: '250.00', currency: 'EUR', recipient_account: 'ACC-ANCHOR' }),
    });
    expect(created.status).toBe(201);
    const payout = (await created.json()) as PayoutResource;
    await eventually(
      async () => {
        const res = await fetch(`${base}/api/v1/payouts/${payout.id}/`, { headers: auth });
        return res.status === 200 && ((await res.json()) as PayoutResource).status === 'completed'
          ? true
          : undefined;
      },
      60_000,
      'the payout to complete',
    );
    const anchored = await eventually(
      async () => {
        const report = await verify();
        return report.ok && report.events >= 3 && report.not_yet_anchored_events === 0 ? report : undefined;
      },
      60_000,
      'every event to be anchored',
    );
    expect(anchored.last_anchor).not.toBeNull();

    const keys = (await (await fetch(`${base}/api/v1/payouts/audit/keys`, { headers: auth })).json()) as {
      keys: { key_id: string }[];
    };
    expect(keys.keys.map((k) => k.key_id)).toEqual([anchored.last_anchor!.key_id]);

    // The attack: the completed payment's amount changed, every stored hash and the head recomputed.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const stream = `payout-${payout.id}`;
      const { rows } = await client.query<{ event_id: string }>(
        `update event_store.events set data = jsonb_set(data, '{amount}', '"25000.00"')
         where stream_name = $1 and type = 'PayoutRequested' returning event_id`,
        [stream],
      );
      await client.query(
        `do $$
         declare r record; h bytea := ''::bytea;
         begin
           for r in select * from event_store.events where stream_name = '${stream}' order by revision loop
             h := event_store.event_hash(h, r.stream_name, r.revision, r.event_id, r.type, r.data, r.metadata);
             update event_store.events set hash = h where position = r.position;
           end loop;
           update event_store.streams set last_hash = h where stream_name = '${stream}';
         end $$`,
      );
      const report = await verify();
      expect(report.ok).toBe(false);
      expect(report.first_broken).toMatchObject({
        stream_name: stream,
        revision: '0',
        event_id: rows[0]!.event_id,
        reason: expect.stringMatching(/does not match anchor/),
      });
    } finally {
      await client.end();
    }
  });
});
