// What the chaos run must prove at the end, each check read from the source that can tell: the
// client's own record of what it submitted and was told, the event store, the simulated provider's
// records, the query API beside the project's own rebuild of the read model, the audit verify route,
// the webhook receiver's log, and the processes that died when nobody killed them.
import {
  foldPayout,
  type Payout,
  type PayoutEvent,
  parsePayoutEvent,
  payoutIdFromStream,
  payoutResourceOf,
  TERMINAL_STATUSES,
  webhookTypeOf,
} from '@payouts/contracts';
import type { EventStore, RecordedEvent } from '@payouts/platform';
import type pg from 'pg';
import { type PayoutRow, rowToResource } from '../services/query-api/src/readModel/rows.ts';
import type { Submission } from './client.ts';
import type { Receipt } from './receiver.ts';

export type CheckResult = { name: string; ok: boolean; detail: string };

/** The figures a run prints at its end. */
export type ChaosCounts = {
  submitted: number;
  acknowledged: number;
  gaveUp: number;
  refused: number;
  /** Acknowledged submissions with no payout in the event store. */
  lost: number;
  /** Submissions that made more than one payout, or were answered with more than one id. */
  duplicated: number;
  payouts: number;
  paid: number;
  /** Payouts the provider was asked to pay more than once. */
  paidTwice: number;
  webhooksExpected: number;
  webhooksDelivered: number;
  webhooksMissing: number;
  /** Deliveries of an event already delivered (at least once allows them; they are not findings). */
  webhooksDuplicated: number;
  /** Payouts whose API answer or read-model row differs from the rebuild. */
  mismatches: number;
  crashes: number;
  /** Answers of 500 and other 5xx but 503 the client got, and 503s without Retry-After. */
  serverErrors: number;
};

export type Crash = {
  service: string;
  code: number | null;
  signal: string | null;
  atMs: number;
  /** The lines that say why, as Node printed them (the unhandled error, its message). */
  cause: string;
  lastLines: string;
};

/** The lines of a dead process's output that say why it died, or its last line. */
export function crashCause(output: string): string {
  const lines = output.split('\n').map((line) => line.trim());
  const telling = lines.filter(
    (line) =>
      /Unhandled|^\w*Error\b|^error:|^Emitted 'error'|code: '|planted fault/.test(line) &&
      !line.startsWith('{'),
  );
  const unique = [...new Set(telling)].slice(-4);
  return unique.length > 0 ? unique.join(' / ') : (lines.filter((l) => l !== '').at(-1) ?? '(no output)');
}

export type ApiAnswer = { status: number; etag: string | null; body: unknown };

const TERMINAL_EVENTS = new Set(['PayoutCompleted', 'PayoutFailed', 'PayoutCancelled']);

export async function readAllEvents(store: EventStore): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for (;;) {
    const batch = await store.readAll({ from: all.at(-1)?.position ?? null, maxCount: 5_000 });
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

export function groupByStream(events: RecordedEvent[]): Map<string, RecordedEvent[]> {
  const streams = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    if (payoutIdFromStream(event.streamName) === undefined) continue;
    const list = streams.get(event.streamName) ?? [];
    list.push(event);
    streams.set(event.streamName, list);
  }
  for (const list of streams.values()) list.sort((a, b) => (a.revision < b.revision ? -1 : 1));
  return streams;
}

function parsed(e: RecordedEvent): PayoutEvent {
  return parsePayoutEvent(
    e.type,
    e.data,
    typeof e.metadata.schema_version === 'number' ? e.metadata.schema_version : 1,
  );
}

function fold(events: RecordedEvent[]): Payout {
  return foldPayout(events.map(parsed))!;
}

/** JSON with keys sorted at every depth, so equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

function sample(items: string[]): string {
  return items.length === 0
    ? ''
    : `: ${items.slice(0, 5).join('; ')}${items.length > 5 ? ` and ${items.length - 5} more` : ''}`;
}

export function terminalCheck(streams: Map<string, RecordedEvent[]>): CheckResult {
  const stuck = [...streams].filter(([, events]) => !TERMINAL_STATUSES.has(fold(events).status));
  const byStatus = new Map<string, number>();
  for (const [, events] of stuck)
    byStatus.set(fold(events).status, (byStatus.get(fold(events).status) ?? 0) + 1);
  const left = [...byStatus].map(([status, n]) => `${n} ${status}`).join(', ');
  return {
    name: 'every payout reached a terminal status',
    ok: stuck.length === 0,
    detail: `${streams.size - stuck.length}/${streams.size} terminal${left ? ` (left: ${left})` : ''}${sample(stuck.map(([s]) => s))}`,
  };
}

/** One webhook the receiver must get: a payout event a client is told about. */
export type ExpectedWebhook = {
  eventId: string;
  payoutId: string;
  revision: number;
  type: string;
  object: string;
};

export function expectedWebhooks(streams: Map<string, RecordedEvent[]>): ExpectedWebhook[] {
  const expected: ExpectedWebhook[] = [];
  for (const [stream, events] of streams) {
    let state: Payout | null = null;
    for (const e of events) {
      const event = parsed(e);
      const type = webhookTypeOf(event, state);
      state = foldPayout([event], state);
      if (type !== null && state !== null) {
        expected.push({
          eventId: e.id,
          payoutId: payoutIdFromStream(stream)!,
          revision: Number(e.revision),
          type,
          object: canonical(payoutResourceOf(state)),
        });
      }
    }
  }
  return expected;
}

/** Whether the receiver got every expected webhook (with a 2xx); cheap enough to ask while settling. */
export function webhooksAllDelivered(expected: ExpectedWebhook[], receipts: Receipt[]): boolean {
  const delivered = new Set(receipts.filter((r) => r.answered < 300).map((r) => r.eventId));
  return expected.every((w) => delivered.has(w.eventId));
}

export type CheckInput = {
  run: string;
  submissions: Submission[];
  store: EventStore;
  /** The service database (the simulated provider's records live there). */
  db: pg.Pool;
  /** The read model as the live projector left it, and as the project's rebuild made it from the event store. */
  liveRows: PayoutRow[];
  rebuiltRows: PayoutRow[];
  /** GET /api/v1/payouts/{id} for every payout the event store or the read model knows. */
  api: Map<string, ApiAnswer>;
  verify: ApiAnswer;
  /** Null when the run had no webhook receiver. */
  receipts: Receipt[] | null;
  crashes: Crash[];
};

export async function runChecks(input: CheckInput): Promise<{ checks: CheckResult[]; counts: ChaosCounts }> {
  const events = await readAllEvents(input.store);
  const streams = groupByStream(events);
  const checks: CheckResult[] = [];
  const firstEvents = new Map([...streams].map(([s, evs]) => [payoutIdFromStream(s)!, evs[0]!]));

  // 1. What the client submitted against what it was told, and against the event store.
  const subs = input.submissions;
  const acknowledged = subs.filter((s) => s.outcome === 'acknowledged');
  const gaveUp = subs.filter((s) => s.outcome === 'gave-up');
  // A resend of an acknowledged request that was refused counts as refused too: same key, same body.
  const refused = subs.filter(
    (s) => s.outcome === 'refused' || (s.outcome === 'acknowledged' && s.detail !== null),
  );
  const pending = subs.filter((s) => s.outcome === 'pending');
  const lost = acknowledged.filter((s) =>
    s.ids.some((id) => firstEvents.get(id)?.type !== 'PayoutRequested'),
  );
  checks.push({
    name: 'every submission was acknowledged (or given up, said so) and every acknowledged payout exists',
    ok: refused.length === 0 && pending.length === 0 && lost.length === 0,
    detail:
      `${subs.length} submitted, ${acknowledged.length} acknowledged, ${gaveUp.length} given up, ` +
      `${refused.length} refused, ${pending.length} never answered, ${lost.length} acknowledged without events` +
      sample([
        ...refused.map((s) => `#${s.n} refused: ${s.detail}`),
        ...lost.map((s) => `#${s.n} ${s.ids.join(',')} has no events`),
      ]),
  });

  // Giving up loses nothing (the client says so), but the run's outages last seconds and the client
  // waits minutes: a submission given up means the API did not come back after a fault.
  checks.push({
    name: 'the command API came back after every fault (no submission given up)',
    ok: gaveUp.length === 0,
    detail: `${gaveUp.length} given up${sample(gaveUp.map((s) => `#${s.n} ${s.detail}`))}`,
  });

  // 2. Duplicates per submission: each submission's recipient account is its own, so the event
  // store says how many payouts it made; the API must have answered one id for its key.
  const payoutsByAccount = new Map<string, string[]>();
  for (const [id, first] of firstEvents) {
    const account = (first.data as { recipient_account?: string }).recipient_account ?? '';
    payoutsByAccount.set(account, [...(payoutsByAccount.get(account) ?? []), id]);
  }
  const duplicated = subs.filter(
    (s) => s.ids.length > 1 || (payoutsByAccount.get(s.account)?.length ?? 0) > 1,
  );
  const strangers = [...payoutsByAccount].filter(([account]) => !subs.some((s) => s.account === account));
  checks.push({
    name: 'one payout per submission',
    ok: duplicated.length === 0 && strangers.length === 0,
    detail: `${duplicated.length} submissions with more than one payout or id, ${strangers.length} payouts nobody submitted${sample(
      [
        ...duplicated.map(
          (s) => `#${s.n}: ids ${s.ids.join(',')}, payouts ${payoutsByAccount.get(s.account)?.join(',')}`,
        ),
        ...strangers.map(([account, ids]) => `${account}: ${ids.join(',')}`),
      ],
    )}`,
  });

  checks.push(terminalCheck(streams));

  const doubleTerminal = [...streams]
    .filter(([, evs]) => evs.filter((e) => TERMINAL_EVENTS.has(e.type)).length > 1)
    .map(([s]) => s);
  const duplicateIds = events.length - new Set(events.map((e) => e.id)).size;
  const gaps = [...streams].filter(([, evs]) => evs.some((e, i) => e.revision !== BigInt(i))).map(([s]) => s);
  checks.push({
    name: 'no payout has duplicate status events',
    ok: doubleTerminal.length === 0 && duplicateIds === 0 && gaps.length === 0,
    detail: `${doubleTerminal.length} with two terminal events, ${duplicateIds} duplicate event ids, ${gaps.length} with revision gaps${sample([...doubleTerminal, ...gaps])}`,
  });

  // 3. Money: the simulated provider keeps one record per payout and counts every pay() call after
  // the first (`replays`). A payout it was asked to pay twice is a finding even though it answered
  // from its record: a provider that is not perfectly idempotent would have paid twice.
  const { rows: payments } = await input.db
    .query<{ payout_id: string; status: string; reference: string | null; replays: number }>(
      'select payout_id, status, reference, replays from simulated_provider_payments',
    )
    .catch(() => ({ rows: [] }));
  const paymentOf = new Map(payments.map((p) => [p.payout_id, p]));
  const paidTwice = payments.filter((p) => p.replays > 0);
  const differs: string[] = [];
  for (const [stream, evs] of streams) {
    const id = payoutIdFromStream(stream)!;
    const payment = paymentOf.get(id);
    const completed = evs.filter((e) => e.type === 'PayoutCompleted');
    const status = fold(evs).status;
    if (completed.length > 0) {
      const reference = (completed[0]!.data as { provider_reference: string }).provider_reference;
      if (payment?.status !== 'paid' || payment.reference !== reference) {
        differs.push(
          `${id} completed (${reference}), provider: ${payment ? `${payment.status} ${payment.reference}` : 'no record'}`,
        );
      }
    } else if (payment?.status === 'paid' && TERMINAL_STATUSES.has(status)) {
      differs.push(`${id} ${status} but the provider paid it`);
    }
  }
  const unknown = payments.filter((p) => !streams.has(`payout-${p.payout_id}`));
  checks.push({
    name: 'the provider was asked to pay each payout once, and its records match the outcomes',
    ok: paidTwice.length === 0 && differs.length === 0 && unknown.length === 0,
    detail: `${payments.filter((p) => p.status === 'paid').length} paid, ${paidTwice.length} asked to pay twice or more, ${differs.length} whose outcome differs from the provider's record, ${unknown.length} provider records of no payout${sample(
      [
        ...paidTwice.map(
          (p) =>
            `${p.payout_id} pay() called ${p.replays + 1} times (events: ${(streams.get(`payout-${p.payout_id}`) ?? []).map((e) => e.type.replace(/^Payout/, '')).join(', ')})`,
        ),
        ...differs,
        ...unknown.map((p) => p.payout_id),
      ],
    )}`,
  });

  // 4. The read model: every payout through GET (every field, and the ETag for the revision) and
  // every column of the live table, against the project's rebuild from the event store.
  const rebuilt = new Map(input.rebuiltRows.map((r) => [r.id, r]));
  const live = new Map(input.liveRows.map((r) => [r.id, r]));
  const mismatched: string[] = [];
  for (const id of new Set([...firstEvents.keys(), ...rebuilt.keys(), ...live.keys()])) {
    const reference = rebuilt.get(id);
    if (!reference) {
      mismatched.push(`${id}: not in the rebuild`);
      continue;
    }
    const differences: string[] = [];
    if (!firstEvents.has(id)) differences.push('no stream');
    const row = live.get(id);
    if (!row) differences.push('no live row');
    else {
      for (const column of Object.keys(reference) as (keyof PayoutRow)[]) {
        if (column === 'projected_at') continue; // when the row was written, not what it says
        if (cell(row[column]) !== cell(reference[column])) differences.push(`column ${column}`);
      }
    }
    const answer = input.api.get(id);
    if (answer?.status !== 200) differences.push(`GET answered ${answer?.status ?? 'nothing'}`);
    else {
      if (answer.etag !== `"${reference.revision}"`)
        differences.push(`ETag ${answer.etag} for revision ${reference.revision}`);
      const got = answer.body as Record<string, unknown>;
      const want = rowToResource(reference) as unknown as Record<string, unknown>;
      for (const field of new Set([...Object.keys(want), ...Object.keys(got)])) {
        if (canonical(got[field]) !== canonical(want[field])) differences.push(`field ${field}`);
      }
    }
    if (differences.length > 0) mismatched.push(`${id}: ${differences.join(', ')}`);
  }
  checks.push({
    name: 'the query API and the read model equal the rebuild from the event store, on every column',
    ok: mismatched.length === 0 && input.rebuiltRows.length === streams.size,
    detail: `${streams.size} payouts, ${input.rebuiltRows.length} rebuilt rows, ${input.api.size} read through GET, ${mismatched.length} differ${sample(mismatched)}`,
  });

  // 5. The hash chain and the signed anchors, through the audit verify route.
  const report = input.verify.body as {
    ok?: boolean;
    events?: number;
    anchors?: number;
    first_broken?: unknown;
  };
  checks.push({
    name: 'the audit trail verifies (hash chain and signed anchors)',
    ok: input.verify.status === 200 && report.ok === true,
    detail:
      input.verify.status === 200
        ? `${report.events} events, ${report.anchors} anchors${report.ok ? '' : `, first broken: ${JSON.stringify(report.first_broken)}`}`
        : `verify answered ${input.verify.status}: ${JSON.stringify(input.verify.body).slice(0, 300)}`,
  });

  // 6. Webhooks: every payout event a client is told about reached the receiver, signed, with the
  // payout as of that revision, and a payout's events arrived in revision order.
  const expected = expectedWebhooks(streams);
  let webhooks = { delivered: 0, missing: 0, duplicated: 0 };
  if (input.receipts) {
    const receipts = input.receipts;
    const ok = receipts.map((r, i) => ({ ...r, seq: i })).filter((r) => r.answered < 300);
    const byEvent = new Map<string, typeof ok>();
    for (const r of ok) byEvent.set(r.eventId, [...(byEvent.get(r.eventId) ?? []), r]);
    const firstSeen = new Map<string, number>();
    receipts.forEach((r, i) => {
      if (!firstSeen.has(r.eventId)) firstSeen.set(r.eventId, i);
    });
    const expectedIds = new Set(expected.map((w) => w.eventId));
    const missing = expected.filter((w) => !byEvent.has(w.eventId));
    const unexpected = [...byEvent.keys()].filter((id) => !expectedIds.has(id));
    const unsigned = receipts.filter((r) => !r.signatureOk);
    const wrong: string[] = [];
    for (const w of expected) {
      for (const r of byEvent.get(w.eventId) ?? []) {
        const body = JSON.parse(r.body) as { type: string; revision: number; data: { object: unknown } };
        if (
          body.type !== w.type ||
          body.revision !== w.revision ||
          canonical(body.data.object) !== w.object
        ) {
          wrong.push(`${w.eventId} (${w.payoutId} revision ${w.revision})`);
          break;
        }
      }
    }
    // A later event of a payout is not sent before the earlier one was delivered.
    const outOfOrder: string[] = [];
    const byPayout = new Map<string, ExpectedWebhook[]>();
    for (const w of expected) byPayout.set(w.payoutId, [...(byPayout.get(w.payoutId) ?? []), w]);
    for (const [payoutId, list] of byPayout) {
      for (let i = 1; i < list.length; i++) {
        const earlierDelivered = byEvent.get(list[i - 1]!.eventId)?.[0]?.seq;
        const laterSent = firstSeen.get(list[i]!.eventId);
        if (earlierDelivered !== undefined && laterSent !== undefined && laterSent < earlierDelivered) {
          outOfOrder.push(`${payoutId}: revision ${list[i]!.revision} before ${list[i - 1]!.revision}`);
        }
      }
    }
    webhooks = {
      delivered: byEvent.size,
      missing: missing.length,
      duplicated: [...byEvent.values()].reduce((n, list) => n + list.length - 1, 0),
    };
    checks.push({
      name: 'every payout event reached the webhook receiver, signed, as of its revision, in order per payout',
      ok: missing.length + unexpected.length + unsigned.length + wrong.length + outOfOrder.length === 0,
      detail: `${expected.length} expected, ${byEvent.size} delivered (${webhooks.duplicated} again, allowed), ${missing.length} missing, ${unexpected.length} unexpected, ${unsigned.length} badly signed, ${wrong.length} with the wrong payload, ${outOfOrder.length} out of order${sample(
        [
          ...missing.map((w) => `missing ${w.type} of ${w.payoutId} (revision ${w.revision})`),
          ...wrong.map((w) => `wrong payload ${w}`),
          ...outOfOrder,
          ...unexpected.map((id) => `unexpected ${id}`),
        ],
      )}`,
    });
  }

  // 7. Processes that exited when nobody killed them.
  checks.push({
    name: 'no process exited by itself',
    ok: input.crashes.length === 0,
    detail: `${input.crashes.length} unexpected exits${sample(
      input.crashes.map(
        (c) =>
          `${c.service} at +${(c.atMs / 1000).toFixed(1)} s (${c.signal ? `signal ${c.signal}` : `code ${c.code}`}): ${c.cause}`,
      ),
    )}`,
  });

  // 8. A dependency's blip is a 503 with Retry-After, never a 500 (nor a 503 without it).
  const serverErrors = subs.reduce(
    (n, s) =>
      n +
      Object.entries(s.failures)
        .filter(
          ([status]) => (/^5\d\d$/.test(status) && status !== '503') || status === '503 without Retry-After',
        )
        .reduce((m, [, count]) => m + count, 0),
    0,
  );
  const statuses = new Map<string, number>();
  for (const s of subs)
    for (const [what, n] of Object.entries(s.failures)) statuses.set(what, (statuses.get(what) ?? 0) + n);
  checks.push({
    name: 'the API answered no 5xx but 503 with Retry-After',
    ok: serverErrors === 0,
    detail: `${serverErrors} server errors; every answer the client retried: ${[...statuses].map(([what, n]) => `${n} x ${what}`).join(', ') || 'none'}`,
  });

  return {
    checks,
    counts: {
      submitted: subs.length,
      acknowledged: acknowledged.length,
      gaveUp: gaveUp.length,
      refused: refused.length,
      lost: lost.length,
      duplicated: duplicated.length,
      payouts: streams.size,
      paid: payments.filter((p) => p.status === 'paid').length,
      paidTwice: paidTwice.length,
      webhooksExpected: input.receipts ? expected.length : 0,
      webhooksDelivered: webhooks.delivered,
      webhooksMissing: webhooks.missing,
      webhooksDuplicated: webhooks.duplicated,
      mismatches: mismatched.length,
      crashes: input.crashes.length,
      serverErrors,
    },
  };
}

/** A read-model cell as comparable text. */
function cell(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'object') return canonical(value);
  return String(value);
}
