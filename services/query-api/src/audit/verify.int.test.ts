// Tamper evidence: verify (endpoint and CLI) passes an untouched store, and names the first event
// that no longer matches after someone alters a stored event, re-hashes an edit, or deletes the
// last event of a stream.
import { payoutStreamName, type VerifyReport } from '@payouts/contracts';
import { verifyEventChains } from '@payouts/platform';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAuditCommand } from '../cli/auditCommand.ts';
import { appendPayout, payoutEvents } from '../testing/payoutEvents.ts';
import { createQueryTestbed, EVENT_STORE_SCHEMA, KEYS, type QueryTestbed } from '../testing/queryTestbed.ts';

describe('verify', () => {
  let bed: QueryTestbed;
  let target: string;

  beforeEach(async () => {
    bed = await createQueryTestbed();
    await appendPayout(bed.eventStore, (p) => [payoutEvents.requested(p), payoutEvents.cancelled(p)]);
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
  const eventAt = async (revision: number) =>
    (
      await bed.pool.query<{ event_id: string }>(
        `select event_id from ${events} where stream_name = $1 and revision = $2`,
        [payoutStreamName(target), revision],
      )
    ).rows[0]!.event_id;

  it('passes an untouched store, counting every stream and event', async () => {
    expect(await verify()).toEqual({ ok: true, streams: 2, events: 6, first_broken: null });
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
    // Whatever the forger wrote as the hash, revision 3 was chained to the original one.
    const report = await verify();
    expect(report.first_broken).toMatchObject({ revision: '2' });
    await bed.pool.query(
      `update ${events} e set hash = sha256(prev.hash || convert_to(concat_ws(E'\\x1f', e.stream_name, e.revision::text,
         e.event_id::text, e.type, e.data::text, e.metadata::text), 'UTF8'))
       from ${events} prev where e.event_id = $1 and prev.stream_name = e.stream_name and prev.revision = 1`,
      [await eventAt(2)],
    );
    expect((await verify()).first_broken).toMatchObject({ revision: '3', event_id: await eventAt(3) });
  });

  it('notices a deleted last event through the stream head', async () => {
    await bed.pool.query(`delete from ${events} where event_id = $1`, [await eventAt(3)]);
    expect((await verify()).first_broken).toMatchObject({
      stream_name: payoutStreamName(target),
      revision: '3',
      event_id: null,
      reason: expect.stringMatching(/head/),
    });
  });

  it('notices a deleted event in the middle of a stream', async () => {
    await bed.pool.query(`delete from ${events} where event_id = $1`, [await eventAt(1)]);
    expect((await verify()).first_broken).toMatchObject({
      revision: '2',
      reason: expect.stringMatching(/sequence/),
    });
  });

  it('is for auditors only', async () => {
    expect((await bed.get('/api/v1/payouts/audit/verify', KEYS.tenantA)).status).toBe(403);
  });

  it('runs from the command line, exiting 2 and naming the broken event', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const deps = {
      eventStore: bed.eventStore,
      verifyChains: () => verifyEventChains(bed.pool, EVENT_STORE_SCHEMA),
      write: (t: string) => out.push(t),
      error: (t: string) => err.push(t),
    };
    expect(await runAuditCommand(['verify'], deps)).toBe(0);
    const altered = await eventAt(0);
    await bed.pool.query(`update ${events} set type = 'PayoutCancelled' where event_id = $1`, [altered]);
    expect(await runAuditCommand(['verify'], deps)).toBe(2);
    expect(err.join('\n')).toContain(altered);
    expect(JSON.parse(out.at(-1)!)).toMatchObject({ ok: false, first_broken: { event_id: altered } });
  });
});
