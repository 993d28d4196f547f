// Tamper evidence through the verify route, the anchor export and the audit command. Without anchors,
// verify recomputes the chains (names an altered event, a re-hashed edit, a deleted event). With
// anchors signed by a key the database never holds, it names the event a database writer edited even
// after recomputing every hash PostgreSQL keeps and the stream head, which the chains alone cannot;
// and an auditor verifies an export offline with only the public key.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { payoutStreamName, type VerifyReport } from '@payouts/contracts';
import {
  publicKeyPem,
  type SignedAnchor,
  type SigningKey,
  signAnchors,
  signingKeyFromPem,
  statementDigest,
} from '@payouts/platform';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAuditCommand } from '../cli/auditCommand.ts';
import { appendPayout, payoutEvents } from '../testing/payoutEvents.ts';
import { createQueryTestbed, EVENT_STORE_SCHEMA, KEYS, type QueryTestbed } from '../testing/queryTestbed.ts';
import { ownerOf } from './auditLog.ts';

function newKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  return signingKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
}

const KEY = newKey();

describe('verify', () => {
  let bed: QueryTestbed;
  let other: string;
  let target: string;

  beforeEach(async () => {
    bed = await createQueryTestbed({ auditPublicKeys: [KEY.publicKey] });
    other = await appendPayout(bed.eventStore, (p) => [
      payoutEvents.requested(p, 'tenant-b'),
      payoutEvents.cancelled(p),
    ]);
    target = await appendPayout(bed.eventStore, (p) => [
      payoutEvents.requested(p),
      payoutEvents.updated(p, { amount: '5.00' }),
      payoutEvents.processingStarted(p),
      payoutEvents.completed(p),
    ]);
  });
  afterEach(async () => {
    await bed?.close();
  });

  const events = `${EVENT_STORE_SCHEMA}.events`;
  const verify = async () => {
    const response = await bed.get('/api/v1/payouts/audit/verify', KEYS.auditor);
    expect(response.status).toBe(200);
    return (await response.json()) as VerifyReport;
  };
  const eventAt = async (revision: number, payout = target) =>
    (
      await bed.pool.query<{ event_id: string }>(
        `select event_id from ${events} where stream_name = $1 and revision = $2`,
        [payoutStreamName(payout), revision],
      )
    ).rows[0]!.event_id;
  /** What the scheduler's anchor job does, once every stored event is readable. */
  const sign = async (key = KEY) => {
    await bed.storeShowsEverything();
    return signAnchors({ eventStore: bed.eventStore, anchors: bed.anchors, key });
  };
  /** A database writer hiding an edit: every stored hash of the stream and its head recomputed. */
  const rehash = async (payout = target) => {
    const stream = payoutStreamName(payout);
    await bed.pool.query(
      `do $$
       declare r record; h bytea := ''::bytea;
       begin
         for r in select * from ${events} where stream_name = '${stream}' order by revision loop
           h := ${EVENT_STORE_SCHEMA}.event_hash(h, r.stream_name, r.revision, r.event_id, r.type, r.data, r.metadata);
           update ${events} set hash = h where position = r.position;
         end loop;
         update ${EVENT_STORE_SCHEMA}.streams set last_hash = h where stream_name = '${stream}';
       end $$`,
    );
  };

  describe('by the chains alone (no anchor signed yet)', () => {
    it('passes an untouched store, counting every stream and event as not yet anchored', async () => {
      await bed.storeShowsEverything();
      expect(await verify()).toMatchObject({
        ok: true,
        streams: 2,
        events: 6,
        anchored_events: 0,
        not_yet_anchored_events: 6,
        anchors: 0,
        last_anchor: null,
        first_broken: null,
      });
    });

    it('names the event whose data was altered', async () => {
      const altered = await eventAt(1);
      await bed.pool.query(
        `update ${events} set data = jsonb_set(data, '{changes,amount}', '"5000.00"') where event_id = $1`,
        [altered],
      );
      const report = await verify();
      expect(report.ok).toBe(false);
      expect(report.first_broken).toMatchObject({
        stream_name: payoutStreamName(target),
        revision: '1',
        event_id: altered,
        reason: expect.stringMatching(/hash/),
      });
      expect(report.first_broken?.position).toMatch(/^\d+:\d+$/);
    });

    it('names the next event when an edit was re-hashed to hide it', async () => {
      await bed.pool.query(
        `update ${events} set metadata = jsonb_set(metadata, '{actor}', '"someone-else"'),
           hash = sha256(hash) where event_id = $1`,
        [await eventAt(2)],
      );
      expect((await verify()).first_broken).toMatchObject({ revision: '2' });
    });

    it('notices a deleted event in the middle of a stream', async () => {
      await bed.pool.query(`delete from ${events} where event_id = $1`, [await eventAt(1)]);
      expect((await verify()).first_broken).toMatchObject({
        revision: '2',
        reason: expect.stringMatching(/sequence|expected/),
      });
    });

    it('cannot see an edit whose every stored hash was recomputed: what the anchors are for', async () => {
      await bed.pool.query(`update ${events} set type = 'PayoutCancelled' where event_id = $1`, [
        await eventAt(3),
      ]);
      await rehash();
      expect((await verify()).ok).toBe(true);
    });
  });

  describe('against signed anchors', () => {
    it('checks every event against the anchors, and counts later events as not yet anchored', async () => {
      expect(await sign()).toMatchObject({ anchors: 1, events: 6 });
      await appendPayout(bed.eventStore, (p) => [payoutEvents.cancelled(p)], target).catch(() => {});
      await bed.storeShowsEverything();
      const report = await verify();
      expect(report).toMatchObject({
        ok: true,
        anchored_events: 6,
        anchors: 1,
        last_anchor: { sequence: 1, key_id: KEY.keyId },
        anchor_problem: null,
      });
      expect(report.events - report.anchored_events).toBe(report.not_yet_anchored_events);
    });

    it('names an event edited with every hash and the stream head recomputed, on the route and the command line', async () => {
      await sign();
      const edited = await eventAt(1);
      await bed.pool.query(
        `update ${events} set data = jsonb_set(data, '{changes,amount}', '"5000.00"') where event_id = $1`,
        [edited],
      );
      await rehash();
      const report = await verify();
      expect(report.ok).toBe(false);
      expect(report.first_broken).toMatchObject({
        stream_name: payoutStreamName(target),
        revision: '1',
        event_id: edited,
        reason: expect.stringMatching(/does not match anchor #1/),
      });
      expect(report.broken_streams).toHaveLength(1);

      const out: string[] = [];
      const err: string[] = [];
      const deps = {
        eventStore: bed.eventStore,
        trail: bed.trail,
        write: (t: string) => out.push(t),
        error: (t: string) => err.push(t),
      };
      expect(await runAuditCommand(['verify'], deps)).toBe(2);
      expect(err.join('\n')).toContain(edited);
      expect(JSON.parse(out.at(-1)!)).toMatchObject({ ok: false, first_broken: { event_id: edited } });
    });

    it('names a removed event by what its anchor says of it', async () => {
      await sign();
      const removed = await eventAt(3);
      await bed.pool.query(`delete from ${events} where event_id = $1`, [removed]);
      await bed.pool.query(`update ${EVENT_STORE_SCHEMA}.streams set revision = 2 where stream_name = $1`, [
        payoutStreamName(target),
      ]);
      await rehash();
      expect((await verify()).first_broken).toMatchObject({
        event_id: removed,
        revision: '3',
        reason: expect.stringMatching(/missing: anchor #1/),
      });
    });

    it('refuses an anchor whose signature was changed, or one signed with another key', async () => {
      await sign();
      await bed.pool.query(`update audit_anchors set signature = $1`, [
        Buffer.alloc(64, 9).toString('base64'),
      ]);
      expect(await verify()).toMatchObject({
        ok: false,
        anchors: 0,
        anchor_problem: { sequence: 1, reason: expect.stringMatching(/signature does not verify/) },
      });
      await bed.pool.query('truncate audit_anchors, audit_chain_heads');
      const forger = newKey();
      await sign(forger);
      expect((await verify()).anchor_problem).toMatchObject({
        sequence: 1,
        reason: expect.stringMatching(/not a trusted public key/),
      });
    });

    it("keeps results per stream, so a tenant's own streams can be reported on", async () => {
      await sign();
      await bed.pool.query(`update ${events} set data = data || '{"reason":"x"}' where event_id = $1`, [
        await eventAt(1, other),
      ]);
      const tenantA = (_: string, first: Parameters<typeof ownerOf>[0][number] | null) =>
        first !== null && ownerOf([first]) === 'tenant-a';
      expect(await bed.trail.verify({ reportStream: tenantA })).toMatchObject({
        ok: true,
        streams: 1,
        events: 4,
      });
      expect((await bed.trail.verify()).first_broken).toMatchObject({ stream_name: payoutStreamName(other) });
    });

    it('exports anchors and keys that an auditor checks offline with only the public key', async () => {
      await sign();
      const keys = (await (await bed.get('/api/v1/payouts/audit/keys', KEYS.auditor)).json()) as {
        keys: { key_id: string; public_key_pem: string }[];
      };
      expect(keys.keys).toEqual([
        { key_id: KEY.keyId, algorithm: 'Ed25519', public_key_pem: publicKeyPem(KEY.publicKey) },
      ]);
      const anchorsResponse = await bed.get('/api/v1/payouts/audit/anchors', KEYS.auditor);
      expect(anchorsResponse.headers.get('content-type')).toContain('application/x-ndjson');
      const anchorsText = await anchorsResponse.text();
      const exported = anchorsText
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as SignedAnchor);
      expect(exported.map((a) => a.sequence)).toEqual([1]);
      expect(
        await (await bed.get('/api/v1/payouts/audit/anchors?after_sequence=1', KEYS.auditor)).text(),
      ).toBe('');
      expect((await bed.get('/api/v1/payouts/audit/anchors?after_sequence=x', KEYS.auditor)).status).toBe(
        400,
      );
      expect((await bed.get('/api/v1/payouts/audit/anchors', KEYS.tenantA)).status).toBe(403);
      const eventsText = await (await bed.get('/api/v1/payouts/audit/events', KEYS.auditor)).text();
      const cli: string[] = [];
      const anchorsCommand = await runAuditCommand(['anchors'], {
        eventStore: bed.eventStore,
        trail: bed.trail,
        write: (t) => cli.push(t),
        error: () => {},
      });
      expect(anchorsCommand).toBe(0);
      expect(cli.map((l) => `${l}\n`).join('')).toBe(anchorsText);

      const dir = mkdtempSync(join(tmpdir(), 'audit-export-'));
      try {
        const file = (name: string, text: string) => {
          writeFileSync(join(dir, name), text);
          return join(dir, name);
        };
        const pub = file('public.pem', keys.keys[0]!.public_key_pem);
        const anchorsFile = file('anchors.ndjson', anchorsText);
        // The README's signature check: openssl and the statement's exact bytes.
        const statement = file('statement.json', exported[0]!.statement);
        const signature = file('statement.sig', '');
        writeFileSync(signature, Buffer.from(exported[0]!.signature, 'base64'));
        const openssl = execFileSync(
          'openssl',
          ['pkeyutl', '-verify', '-pubin', '-inkey', pub, '-rawin', '-in', statement, '-sigfile', signature],
          { encoding: 'utf8' },
        );
        expect(openssl).toContain('Signature Verified Successfully');
        expect(statementDigest(exported[0]!.statement)).toMatch(/^[0-9a-f]{64}$/);

        const offline = async (eventsFile: string) => {
          const err: string[] = [];
          const code = await runAuditCommand(
            ['verify', '--events', eventsFile, '--anchors', anchorsFile, '--public-key', pub],
            { eventStore: null, trail: null, write: () => {}, error: (t) => err.push(t) },
          );
          return { code, err: err.join('\n') };
        };
        expect(await offline(file('events.ndjson', eventsText))).toMatchObject({ code: 0 });
        const edited = await eventAt(2);
        const tampered = eventsText
          .split('\n')
          .map((line) =>
            line.includes(edited) ? JSON.stringify({ ...JSON.parse(line), type: 'PayoutFailed' }) : line,
          )
          .join('\n');
        expect(tampered).not.toBe(eventsText);
        const result = await offline(file('tampered.ndjson', tampered));
        expect(result.code).toBe(2);
        expect(result.err).toContain(edited);
        // Another key than the one that signed: refused.
        writeFileSync(pub, publicKeyPem(newKey().publicKey));
        expect((await offline(join(dir, 'events.ndjson'))).code).toBe(2);
        expect(readFileSync(anchorsFile, 'utf8')).toBe(anchorsText);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it('is for auditors only', async () => {
    expect((await bed.get('/api/v1/payouts/audit/verify', KEYS.tenantA)).status).toBe(403);
  });
});
