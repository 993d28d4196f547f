// Auditors' reads over HTTP and on the command line, from the event store: history, as-of state,
// NDJSON replay by position and by time, and who may see what: an audit:read key its own tenant,
// an audit:read:all-tenants key every tenant.
import { setTimeout as sleep } from 'node:timers/promises';
import type { AuditEvent } from '@payouts/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAuditCommand } from '../cli/auditCommand.ts';
import { appendPayout, payoutEvents } from '../testing/payoutEvents.ts';
import { createQueryTestbed, KEYS, type QueryTestbed } from '../testing/queryTestbed.ts';

describe('audit', () => {
  let bed: QueryTestbed;
  let payoutId: string;
  let otherPayoutId: string;
  let history: AuditEvent[];

  beforeAll(async () => {
    bed = await createQueryTestbed();
    // Apart in time, so that every event has its own recording millisecond for as-of.
    payoutId = await appendPayout(bed.eventStore, (p) => [payoutEvents.requested(p)]);
    for (const next of [
      (p: string) => payoutEvents.updated(p, { amount: '250.00' }),
      (p: string) => payoutEvents.processingStarted(p),
      (p: string) => payoutEvents.completed(p),
    ]) {
      await sleep(5);
      await appendPayout(bed.eventStore, (p) => [next(p)], payoutId);
    }
    await sleep(5);
    otherPayoutId = await appendPayout(bed.eventStore, (p) => [payoutEvents.requested(p, 'tenant-b')]);
    await bed.storeShowsEverything();
    const response = await bed.get(`/api/v1/payouts/${payoutId}/history`, KEYS.auditor);
    history = ((await response.json()) as { events: AuditEvent[] }).events;
  });
  afterAll(async () => {
    await bed?.close();
  });

  const lines = async (response: Response) =>
    (await response.text())
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as AuditEvent);

  it('shows the full history: type, data, metadata with actor and correlation, revision, position, time', async () => {
    expect(history.map((e) => e.type)).toEqual([
      'PayoutRequested',
      'PayoutUpdated',
      'PayoutProcessingStarted',
      'PayoutCompleted',
    ]);
    expect(history.map((e) => e.revision)).toEqual(['0', '1', '2', '3']);
    const first = history[0]!;
    expect(first.stream_name).toBe(`payout-${payoutId}`);
    expect(first.data).toMatchObject({ payout_id: payoutId, tenant_id: 'tenant-a', amount: '100.00' });
    expect(first.metadata).toMatchObject({ actor: 'key-a', schema_version: 1 });
    expect(first.metadata.correlation_id).toEqual(expect.any(String));
    expect(history[2]!.metadata.actor).toBe('system:payout-processor');
    expect(first.position).toMatch(/^\d+:\d+$/);
    expect(Date.parse(first.recorded_at)).not.toBeNaN();
  });

  it('lets the owning tenant read its own history and nobody else without audit:read', async () => {
    const owner = await bed.get(`/api/v1/payouts/${payoutId}/history/`, KEYS.tenantA);
    expect(owner.status).toBe(200);
    expect(((await owner.json()) as { events: unknown[] }).events).toHaveLength(4);
    expect((await bed.get(`/api/v1/payouts/${payoutId}/history`, KEYS.tenantB)).status).toBe(404);
    expect((await bed.get(`/api/v1/payouts/${payoutId}/history`, KEYS.writerOnly)).status).toBe(403);
    expect((await bed.get(`/api/v1/payouts/${otherPayoutId}/history`, KEYS.auditor)).status).toBe(200);
    expect((await bed.get(`/api/v1/payouts/${crypto.randomUUID()}/history`, KEYS.auditor)).status).toBe(404);
  });

  /** When the event occurred: the time base of created_at and updated_at, and of as-of. */
  const occurredAt = (event: AuditEvent) => (event.data as { occurred_at: string }).occurred_at;

  it('folds the state as of any past time from the store', async () => {
    const asOf = async (at: string, key: string = KEYS.auditor) =>
      bed.get(`/api/v1/payouts/${payoutId}/as-of?at=${encodeURIComponent(at)}`, key);
    const atUpdate = await asOf(occurredAt(history[1]!));
    expect(atUpdate.status).toBe(200);
    const body = (await atUpdate.json()) as { revision: string; payout: { status: string; amount: string } };
    expect(body.revision).toBe('1');
    expect(body.payout).toMatchObject({ status: 'pending', amount: '250.00', tenant_id: 'tenant-a' });

    const atStart = (await (await asOf(occurredAt(history[0]!))).json()) as { payout: { amount: string } };
    expect(atStart.payout.amount).toBe('100.00');
    const latest = (await (await asOf('2999-01-01T00:00:00Z', KEYS.tenantA)).json()) as {
      revision: string;
      payout: { status: string };
    };
    expect(latest).toMatchObject({ revision: '3', payout: { status: 'completed' } });

    const before = new Date(Date.parse(occurredAt(history[0]!)) - 1).toISOString();
    expect((await asOf(before)).status).toBe(404);
    expect((await asOf('2999-01-01T00:00:00Z', KEYS.tenantB)).status).toBe(404);
    const bad = await asOf('yesterday');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe('at');
  });

  it('replays every payout event as NDJSON, by position range', async () => {
    const all = await bed.get('/api/v1/payouts/audit/events', KEYS.auditor);
    expect(all.status).toBe(200);
    expect(all.headers.get('content-type')).toContain('application/x-ndjson');
    const events = await lines(all);
    expect(events).toHaveLength(5);
    expect(events.slice(0, 4).map((e) => e.event_id)).toEqual(history.map((e) => e.event_id));
    expect(events[4]!.stream_name).toBe(`payout-${otherPayoutId}`);

    const after = history[0]!.position;
    const to = history[2]!.position;
    const range = await lines(
      await bed.get(`/api/v1/payouts/audit/events?after_position=${after}&to_position=${to}`, KEYS.auditor),
    );
    expect(range.map((e) => e.revision)).toEqual(['1', '2']);
  });

  it('replays by time range: from inclusive, to exclusive', async () => {
    const from = encodeURIComponent(history[1]!.recorded_at);
    const to = encodeURIComponent(history[3]!.recorded_at);
    const range = await lines(
      await bed.get(`/api/v1/payouts/audit/events?from_time=${from}&to_time=${to}`, KEYS.auditor),
    );
    expect(range.map((e) => e.revision)).toEqual(['1', '2']);
  });

  it("keeps an audit:read key to its own tenant's payouts: history, as-of and replay", async () => {
    const own = await bed.get(`/api/v1/payouts/${payoutId}/history`, KEYS.tenantAuditor);
    expect(own.status).toBe(200);
    expect((await bed.get(`/api/v1/payouts/${otherPayoutId}/history`, KEYS.tenantAuditor)).status).toBe(404);
    const at = encodeURIComponent('2999-01-01T00:00:00Z');
    expect((await bed.get(`/api/v1/payouts/${payoutId}/as-of?at=${at}`, KEYS.tenantAuditor)).status).toBe(
      200,
    );
    expect(
      (await bed.get(`/api/v1/payouts/${otherPayoutId}/as-of?at=${at}`, KEYS.tenantAuditor)).status,
    ).toBe(404);
    const replay = await lines(await bed.get('/api/v1/payouts/audit/events', KEYS.tenantAuditor));
    expect(replay.map((e) => e.event_id)).toEqual(history.map((e) => e.event_id));
    // A range that starts past the payout's first event: its tenant is read from the store.
    const later = await lines(
      await bed.get(
        `/api/v1/payouts/audit/events?after_position=${history[1]!.position}`,
        KEYS.tenantAuditor,
      ),
    );
    expect(later.map((e) => e.revision)).toEqual(['2', '3']);
    // Verifying the chains spans every tenant's streams.
    expect((await bed.get('/api/v1/payouts/audit/verify', KEYS.tenantAuditor)).status).toBe(403);
  });

  it('keeps replay to auditors and refuses a bad range naming the parameter', async () => {
    expect((await bed.get('/api/v1/payouts/audit/events', KEYS.tenantA)).status).toBe(403);
    for (const [query, field] of [
      ['after_position=12', 'after_position'],
      ['to_position=a:b', 'to_position'],
      ['from_time=monday', 'from_time'],
      ['to_time=2026-01-01', 'to_time'],
    ]) {
      const response = await bed.get(`/api/v1/payouts/audit/events?${query}`, KEYS.auditor);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe(field);
    }
  });

  it('offers the same reads on the command line', async () => {
    const run = async (...argv: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runAuditCommand(argv, {
        eventStore: bed.eventStore,
        write: (t) => out.push(t),
        error: (t) => err.push(t),
      });
      return { code, out, err };
    };
    const historyRun = await run('history', payoutId);
    expect(historyRun.code).toBe(0);
    expect(historyRun.out.map((l) => (JSON.parse(l) as AuditEvent).event_id)).toEqual(
      history.map((e) => e.event_id),
    );

    const asOfRun = await run('as-of', payoutId, occurredAt(history[2]!));
    expect(asOfRun.code).toBe(0);
    expect(JSON.parse(asOfRun.out.join('\n'))).toMatchObject({
      revision: '2',
      payout: { status: 'processing' },
    });

    const replayRun = await run('replay', '--after-position', history[1]!.position);
    expect(replayRun.out.map((l) => (JSON.parse(l) as AuditEvent).revision)).toEqual(['2', '3', '0']);

    expect((await run('history', 'nope')).code).toBe(1);
    expect((await run('history', crypto.randomUUID())).code).toBe(1);
    const badRange = await run('replay', '--from-time', 'monday');
    expect(badRange.code).toBe(1);
    expect(badRange.err.join('\n')).toContain('--from-time');
    expect((await run('frobnicate')).code).toBe(1);
  });
});
