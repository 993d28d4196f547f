// The verifier's rules on events as any store returns them: anchors signed over them, then the
// changes a database writer could make (edit, delete, reorder, insert, forge or drop an anchor),
// each named. The same rules run against PostgreSQL in anchors.int.test.ts.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../eventStore/port.ts';
import { type SignedAnchor, signAnchor } from './anchor.ts';
import type { ChainHead } from './anchorStore.ts';
import { publicKeyRing, type SigningKey, signingKeyFromPem } from './auditKeys.ts';
import { canonicalEvent } from './eventChain.ts';
import { anchorStatementFor } from './signAnchors.ts';
import { type AuditReport, MAX_BROKEN_LISTED, verifyAuditTrail } from './verifyAuditTrail.ts';

function newKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  return signingKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
}

const KEY = newKey();
const TRUSTED = publicKeyRing([KEY.publicKey]);

/** Events of `streams` streams with `perStream` events each, interleaved, at positions 1:1, 1:2, ... */
function history(streams: number, perStream: number): RecordedEvent[] {
  const names = Array.from({ length: streams }, () => `payout-${randomUUID()}`);
  const events: RecordedEvent[] = [];
  for (let revision = 0; revision < perStream; revision++) {
    for (const streamName of names) {
      const n = events.length + 1;
      events.push({
        id: randomUUID(),
        streamName,
        revision: BigInt(revision),
        type: revision === 0 ? 'PayoutRequested' : 'PayoutUpdated',
        data: { amount: `${n}.00`, tenant_id: names.indexOf(streamName) % 2 === 0 ? 'alpha' : 'beta' },
        metadata: { actor: 'key-a', schema_version: 1 },
        position: { commit: 1n, prepare: BigInt(n) },
        recordedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n)),
      });
    }
  }
  return events;
}

/** Anchors over the events, `size` a piece, as the signer makes them. */
function anchorsOver(events: RecordedEvent[], size: number, key = KEY): SignedAnchor[] {
  const heads = new Map<string, ChainHead>();
  const anchors: SignedAnchor[] = [];
  for (let start = 0; start < events.length; start += size) {
    const { statement, moved } = anchorStatementFor(events.slice(start, start + size), heads, {
      previous: anchors.at(-1) ?? null,
      keyId: key.keyId,
      signedAt: new Date('2026-01-02T00:00:00Z'),
    });
    for (const [name, head] of moved) heads.set(name, head);
    anchors.push(signAnchor(statement, key));
  }
  return anchors;
}

async function* each<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

function verify(
  events: RecordedEvent[],
  anchors: SignedAnchor[],
  options: Partial<Parameters<typeof verifyAuditTrail>[0]> = {},
): Promise<AuditReport> {
  return verifyAuditTrail({ events: each(events), anchors: each(anchors), publicKeys: TRUSTED, ...options });
}

const named = (event: RecordedEvent) => ({
  stream_name: event.streamName,
  revision: event.revision.toString(),
  event_id: event.id,
});

describe('verify against signed anchors', () => {
  const events = history(3, 4); // 12 events
  const anchors = anchorsOver(events.slice(0, 9), 4); // #1 4, #2 4, #3 1; the last 3 not yet anchored

  it('passes untouched events, counting anchored ones and the ones after the last anchor', async () => {
    const report = await verify(events, anchors);
    expect(report).toMatchObject({
      ok: true,
      streams: 3,
      events: 12,
      anchored_events: 9,
      not_yet_anchored_events: 3,
      anchors: 3,
      last_anchor: { sequence: 3, to_position: '1:9', key_id: KEY.keyId },
      anchor_problem: null,
      first_broken: null,
      broken_streams: [],
    });
  });

  it('names an edited event, whatever hashes the database keeps', async () => {
    const edited = events.map((e, i) => (i === 4 ? { ...e, data: { amount: '5000.00' } } : e));
    const report = await verify(edited, anchors);
    expect(report.ok).toBe(false);
    expect(report.first_broken).toMatchObject({ ...named(events[4]!), position: '1:5' });
    expect(report.first_broken?.reason).toMatch(/does not match anchor #2/);
    expect(report.broken_streams).toHaveLength(1);
  });

  it('names an edit of the metadata or of the recording time too', async () => {
    const actor = events.map((e, i) => (i === 1 ? { ...e, metadata: { ...e.metadata, actor: 'x' } } : e));
    expect((await verify(actor, anchors)).first_broken).toMatchObject(named(events[1]!));
    const time = events.map((e, i) => (i === 2 ? { ...e, recordedAt: new Date(0) } : e));
    expect((await verify(time, anchors)).first_broken).toMatchObject(named(events[2]!));
  });

  it('names a removed event by what its anchor says of it', async () => {
    const report = await verify(
      events.filter((_, i) => i !== 3),
      anchors,
    );
    expect(report.first_broken).toMatchObject({ ...named(events[3]!), position: '1:4' });
    expect(report.first_broken?.reason).toMatch(/missing: anchor #1/);
  });

  it('names a removed last event of the store', async () => {
    const report = await verify(events.slice(0, 8), anchorsOver(events.slice(0, 9), 4));
    expect(report.first_broken).toMatchObject({
      ...named(events[8]!),
      reason: expect.stringMatching(/missing/),
    });
  });

  it('names the first of two events whose order in their stream was swapped', async () => {
    // Revisions 1 and 2 of the first stream trade places (positions 4 and 7).
    const swapped = events.map((e, i) =>
      i === 3 ? { ...e, revision: 2n } : i === 6 ? { ...e, revision: 1n } : e,
    );
    const report = await verify(swapped, anchors);
    expect(report.first_broken).toMatchObject({ event_id: events[3]!.id, revision: '2', position: '1:4' });
  });

  it('names an event added inside an anchored range', async () => {
    const added: RecordedEvent = {
      ...events[0]!,
      id: randomUUID(),
      revision: 4n,
      position: { commit: 1n, prepare: 100n },
    };
    const shifted = events.map((e) => ({
      ...e,
      position: { commit: 1n, prepare: e.position.prepare * 1000n },
    }));
    const anchorsOfShifted = anchorsOver(shifted.slice(0, 9), 4);
    const withAdded = [
      ...shifted.slice(0, 2),
      { ...added, position: { commit: 1n, prepare: 2500n } },
      ...shifted.slice(2),
    ];
    const report = await verify(withAdded, anchorsOfShifted);
    expect(report.first_broken).toMatchObject({ event_id: added.id, position: '1:2500' });
    expect(report.first_broken?.reason).toMatch(/added after it was signed/);
  });

  it('refuses an anchor whose signature was changed, and uses none after it', async () => {
    const forged = anchors.map((a) =>
      a.sequence === 2 ? { ...a, signature: Buffer.alloc(64, 7).toString('base64') } : a,
    );
    const report = await verify(events, forged);
    expect(report).toMatchObject({
      ok: false,
      anchors: 1,
      last_anchor: { sequence: 1 },
      anchor_problem: { sequence: 2, reason: expect.stringMatching(/signature does not verify/) },
      anchored_events: 4,
      not_yet_anchored_events: 8,
      first_broken: null,
    });
  });

  it('refuses an anchor signed with another key, named as ours or as its own', async () => {
    const other = newKey();
    const asItself = anchorsOver(events.slice(0, 9), 4, other);
    expect((await verify(events, asItself)).anchor_problem).toEqual({
      sequence: 1,
      reason: `signed with key ${other.keyId}, which is not a trusted public key`,
    });
    // A statement naming our key id, signed with the other key.
    const impostor = anchorsOver(events.slice(0, 9), 4).map((a) =>
      signAnchor(JSON.parse(a.statement), { ...other, keyId: KEY.keyId }),
    );
    expect((await verify(events, impostor)).anchor_problem).toMatchObject({
      sequence: 1,
      reason: expect.stringMatching(/signature does not verify/),
    });
  });

  it('accepts anchors signed with a retired key that is still trusted', async () => {
    const retired = newKey();
    const byRetired = anchorsOver(events.slice(0, 4), 4, retired);
    // The heads the first anchor left, as the signer keeps them, then the second signed with the new key.
    const first = anchorStatementFor(events.slice(0, 4), new Map(), {
      previous: null,
      keyId: retired.keyId,
      signedAt: new Date(),
    });
    const second = anchorStatementFor(events.slice(4, 9), first.moved, {
      previous: byRetired[0]!,
      keyId: KEY.keyId,
      signedAt: new Date(),
    });
    const rotated = [byRetired[0]!, signAnchor(second.statement, KEY)];
    const both = publicKeyRing([retired.publicKey, KEY.publicKey]);
    expect(await verify(events, rotated, { publicKeys: both })).toMatchObject({ ok: true, anchors: 2 });
    expect((await verify(events, rotated)).anchor_problem).toMatchObject({ sequence: 1 });
  });

  it('notices an anchor left out of the sequence, or one whose statement was edited', async () => {
    expect((await verify(events, [anchors[0]!, anchors[2]!])).anchor_problem).toEqual({
      sequence: 3,
      reason: 'anchor #2 is missing: #3 follows #1',
    });
    expect((await verify(events, anchors.slice(1))).anchor_problem).toMatchObject({ sequence: 2 });
    const edited = anchors.map((a) =>
      a.sequence === 1 ? { ...a, statement: a.statement.replace(events[0]!.id, randomUUID()) } : a,
    );
    expect((await verify(events, edited)).anchor_problem).toMatchObject({
      sequence: 1,
      reason: expect.stringMatching(/signature/),
    });
  });

  it('checks events after the last anchor by their chain alone', async () => {
    // Events 9..11 are revision 3 of each stream, after the last anchor: a gap there is still seen.
    const gap = events.map((e, i) => (i === 9 ? { ...e, revision: 4n } : e));
    const report = await verify(gap, anchors);
    expect(report).toMatchObject({ ok: false, not_yet_anchored_events: 3 });
    expect(report.first_broken).toMatchObject({
      event_id: events[9]!.id,
      reason: expect.stringMatching(/revision 4 where 3 was expected/),
    });
  });

  it('reports on the chosen streams only, while checking every event', async () => {
    const alpha = (_: string, first: RecordedEvent | null) =>
      (first?.data as { tenant_id?: string } | undefined)?.tenant_id === 'alpha';
    const edited = events.map((e, i) => (i === 4 ? { ...e, data: {} } : e)); // second stream: beta
    const report = await verify(edited, anchors, { reportStream: alpha });
    expect(report).toMatchObject({ ok: true, streams: 2, events: 8, broken_streams: [] });
    const mine = events.map((e, i) => (i === 3 ? { ...e, data: {} } : e)); // first stream: alpha
    expect((await verify(mine, anchors, { reportStream: alpha })).first_broken).toMatchObject(
      named(events[3]!),
    );
  });

  it('skips anchored events of streams the events given do not hold', async () => {
    const first = events[0]!.streamName;
    const only = events.filter((e) => e.streamName === first);
    expect((await verify(only, anchors)).ok).toBe(false);
    expect(await verify(only, anchors, { coversStream: (name) => name === first })).toMatchObject({
      ok: true,
      events: 4,
      anchored_events: 3,
    });
  });
});

describe('a report on a store altered everywhere', () => {
  it(`lists the first ${MAX_BROKEN_LISTED} broken streams and counts them all`, async () => {
    const many = history(MAX_BROKEN_LISTED + 50, 1);
    const anchors = anchorsOver(many, 2_000);
    const report = await verify(
      many.map((e) => ({ ...e, type: 'PayoutCancelled' })),
      anchors,
    );
    expect(report.broken_stream_count).toBe(MAX_BROKEN_LISTED + 50);
    expect(report.broken_streams).toHaveLength(MAX_BROKEN_LISTED);
    expect(report.first_broken).toMatchObject(named(many[0]!));
    expect(report.broken_streams.at(-1)).toMatchObject(named(many[MAX_BROKEN_LISTED - 1]!));
  });
});

describe('the canonical bytes of an event', () => {
  it('are RFC 8785 JSON of the export fields less position, whatever order the keys came in', () => {
    const event = {
      id: '0b0a4e0e-7c55-4c4b-9d7e-6a0f2f5e8c11',
      streamName: 'payout-0b0a4e0e-7c55-4c4b-9d7e-6a0f2f5e8c11',
      revision: 2n,
      type: 'PayoutUpdated',
      data: { z: 1, a: 'é\n', n: 1.5e-7 },
      metadata: { b: [true, null], a: 10 },
      recordedAt: new Date('2026-01-02T03:04:05.678Z'),
    };
    expect(canonicalEvent(event)).toBe(
      '{"data":{"a":"é\\n","n":1.5e-7,"z":1},"event_id":"0b0a4e0e-7c55-4c4b-9d7e-6a0f2f5e8c11",' +
        '"metadata":{"a":10,"b":[true,null]},"recorded_at":"2026-01-02T03:04:05.678Z","revision":"2",' +
        '"stream_name":"payout-0b0a4e0e-7c55-4c4b-9d7e-6a0f2f5e8c11","type":"PayoutUpdated"}',
    );
    expect(canonicalEvent({ ...event, data: { n: 1.5e-7, a: 'é\n', z: 1 } })).toBe(canonicalEvent(event));
  });
});
