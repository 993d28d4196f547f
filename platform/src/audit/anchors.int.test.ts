// Signed anchors over the PostgreSQL event store: the first signing run on a store that already has
// events anchors all of them, and verify then catches what a database writer does even when they
// recompute every hash PostgreSQL keeps (event_store.event_hash, streams.last_hash), which the
// stored chain alone cannot.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKysely, createPool } from '../db.ts';
import type { EventStore, EventToAppend } from '../eventStore/port.ts';
import { createPostgresEventStore } from '../eventStore/postgres/postgresEventStore.ts';
import { verifyEventChains } from '../eventStore/postgres/verifyChains.ts';
import { createLogger } from '../logger.ts';
import { createTestDatabase, type TestDatabase, uniqueName } from '../testing/index.ts';
import { type AnchorStore, createAnchorStore, migrateAuditAnchors } from './anchorStore.ts';
import { publicKeyRing, type SigningKey, signingKeyFromPem } from './auditKeys.ts';
import { signAnchors } from './signAnchors.ts';
import { allEventsOf, verifyAuditTrail } from './verifyAuditTrail.ts';

function newKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  return signingKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
}

const KEY = newKey();

function events(count: number): EventToAppend[] {
  return Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    type: i === 0 ? 'PayoutRequested' : 'PayoutUpdated',
    data: { amount: `${i + 1}.00`, tenant_id: 'alpha' },
    metadata: { actor: 'key-a', schema_version: 1 },
  }));
}

describe('signed anchors on the PostgreSQL event store', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let db: Kysely<unknown>;
  let store: EventStore;
  let anchors: AnchorStore;
  // A schema of its own: readers of all events wait for appends in any database under the same name.
  const schema = uniqueName('audit_es');
  const streams = [`payout-${randomUUID()}`, `payout-${randomUUID()}`];

  beforeEach(async () => {
    database = await createTestDatabase('anchors');
    pool = createPool(database.url, createLogger('test', 'silent'));
    db = createKysely<unknown>(pool);
    store = await createPostgresEventStore(pool, db, { schema });
    // Events first, as on a store that ran before anchors existed.
    await store.append(streams[0]!, events(4), 'no_stream');
    await store.append(streams[1]!, events(2), 'no_stream');
    await store.append(streams[0]!, events(1), 3n);
    await migrateAuditAnchors(db);
    anchors = createAnchorStore(pool);
  });
  afterEach(async () => {
    await store?.close();
    await db?.destroy();
    await database?.drop();
  });

  const t = () => `"${schema}"`;
  const verify = async (keys = [KEY.publicKey]) =>
    verifyAuditTrail({
      events: allEventsOf(store),
      anchors: anchors.list(),
      publicKeys: publicKeyRing(keys),
      storedChainFindings: [(await verifyEventChains(pool, schema)).first_broken].flatMap((f) =>
        f ? [f] : [],
      ),
    });
  const eventAt = async (stream: string, revision: number) =>
    (
      await pool.query<{ event_id: string; position: string }>(
        `select event_id, transaction_id || ':' || position as position from ${t()}.events
         where stream_name = $1 and revision = $2`,
        [stream, revision],
      )
    ).rows[0]!;
  /** What a database writer does to hide an edit: every stored hash of the stream and its head recomputed. */
  const rehash = async (stream: string) => {
    await pool.query(
      `do $$
       declare r record; h bytea := ''::bytea;
       begin
         for r in select * from ${t()}.events where stream_name = '${stream}' order by revision loop
           h := ${t()}.event_hash(h, r.stream_name, r.revision, r.event_id, r.type, r.data, r.metadata);
           update ${t()}.events set hash = h where position = r.position;
         end loop;
         update ${t()}.streams set last_hash = h,
           revision = (select max(revision) from ${t()}.events where stream_name = '${stream}')
           where stream_name = '${stream}';
       end $$`,
    );
    expect((await verifyEventChains(pool, schema)).ok).toBe(true);
  };

  it('anchors the events already stored on its first run, then only what came after', async () => {
    expect(await verify()).toMatchObject({
      ok: true,
      events: 7,
      anchored_events: 0,
      not_yet_anchored_events: 7,
    });
    expect(await signAnchors({ eventStore: store, anchors, key: KEY, maxEventsPerAnchor: 4 })).toEqual({
      anchors: 2,
      events: 7,
      lastSequence: 2,
    });
    await store.append(streams[1]!, events(1), 1n);
    expect(await verify()).toMatchObject({ ok: true, anchored_events: 7, not_yet_anchored_events: 1 });
    expect(await signAnchors({ eventStore: store, anchors, key: KEY })).toMatchObject({
      anchors: 1,
      events: 1,
    });
    expect(await signAnchors({ eventStore: store, anchors, key: KEY })).toMatchObject({ anchors: 0 });
    expect(await verify()).toMatchObject({
      ok: true,
      streams: 2,
      events: 8,
      anchored_events: 8,
      not_yet_anchored_events: 0,
      anchors: 3,
      last_anchor: { sequence: 3, key_id: KEY.keyId },
    });
  });

  it('signs each range once when two runs race', async () => {
    const runs = await Promise.allSettled([
      signAnchors({ eventStore: store, anchors, key: KEY }),
      signAnchors({ eventStore: store, anchors, key: KEY }),
    ]);
    expect(runs.some((r) => r.status === 'fulfilled' && r.value.anchors === 1)).toBe(true);
    expect(await verify()).toMatchObject({ ok: true, anchors: 1, anchored_events: 7 });
  });

  it('names an event edited with every stored hash and the stream head recomputed', async () => {
    await signAnchors({ eventStore: store, anchors, key: KEY });
    const edited = await eventAt(streams[0]!, 1);
    await pool.query(
      `update ${t()}.events set data = jsonb_set(data, '{amount}', '"5000.00"') where event_id = $1`,
      [edited.event_id],
    );
    await rehash(streams[0]!);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.first_broken).toMatchObject({
      stream_name: streams[0],
      revision: '1',
      event_id: edited.event_id,
      position: edited.position,
      reason: expect.stringMatching(/does not match anchor #1/),
    });
  });

  it('names a removed event, even with the stream re-hashed around the gap', async () => {
    await signAnchors({ eventStore: store, anchors, key: KEY });
    const removed = await eventAt(streams[0]!, 2);
    await pool.query(`delete from ${t()}.events where event_id = $1`, [removed.event_id]);
    await pool.query(
      `update ${t()}.events set revision = revision - 1 where stream_name = $1 and revision > 2`,
      [streams[0]],
    );
    await rehash(streams[0]!);
    expect((await verify()).first_broken).toMatchObject({
      event_id: removed.event_id,
      revision: '2',
      reason: expect.stringMatching(/missing/),
    });
  });

  it('names the first of two events swapped in their stream, re-hashed', async () => {
    await signAnchors({ eventStore: store, anchors, key: KEY });
    const one = await eventAt(streams[0]!, 1);
    // Revision 1 becomes 2 and 2 becomes 1 (through -1: the pair is unique at every step).
    for (const [from, to] of [
      [1, -1],
      [2, 1],
      [-1, 2],
    ]) {
      await pool.query(`update ${t()}.events set revision = $3 where stream_name = $1 and revision = $2`, [
        streams[0],
        from,
        to,
      ]);
    }
    await rehash(streams[0]!);
    expect((await verify()).first_broken).toMatchObject({ event_id: one.event_id, revision: '2' });
  });

  it('refuses a changed anchor signature, and anchors re-signed with another key', async () => {
    await signAnchors({ eventStore: store, anchors, key: KEY });
    const saved = await pool.query<{ signature: string }>('select signature from audit_anchors');
    await pool.query(`update audit_anchors set signature = $1`, [Buffer.alloc(64, 1).toString('base64')]);
    expect(await verify()).toMatchObject({
      ok: false,
      anchor_problem: { sequence: 1, reason: expect.stringMatching(/signature does not verify/) },
    });
    await pool.query('update audit_anchors set signature = $1', [saved.rows[0]!.signature]);
    expect((await verify()).ok).toBe(true);

    // Wipe the anchors, edit, and sign everything again with a key of one's own.
    const edited = await eventAt(streams[1]!, 0);
    await pool.query(`update ${t()}.events set type = 'PayoutCancelled' where event_id = $1`, [
      edited.event_id,
    ]);
    await rehash(streams[1]!);
    await pool.query('truncate audit_anchors, audit_chain_heads');
    const forger = newKey();
    await signAnchors({ eventStore: store, anchors, key: forger });
    expect((await verify()).anchor_problem).toEqual({
      sequence: 1,
      reason: `signed with key ${forger.keyId}, which is not a trusted public key`,
    });
  });
});
