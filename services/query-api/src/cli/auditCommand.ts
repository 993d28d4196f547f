// The auditors' command line, the same reads as the audit routes:
//   history <payout-id>                 every event of the payout, one JSON object per line
//   as-of <payout-id> <time>            the payout's state as of an ISO 8601 time, as JSON
//   replay [--after-position c:p] [--to-position c:p] [--from-time t] [--to-time t]
//                                       every payout event in the range, one JSON object per line
//   verify [--public-key f]... [--anchors f] [--events f]
//                                       check every event against the signed anchors; exit 2 and name
//                                       the first event that does not match. With --events and
//                                       --anchors (exports) it runs offline: no database, no event store
//   anchors [--after-sequence n]        every signed anchor, one JSON object per line
// Kept apart from its main so tests run it in-process against a test database.
import type { KeyObject } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { AuditEvent, PAYOUT_STREAM_PREFIX, ReplayQuery } from '@payouts/contracts';
import {
  type AuditReport,
  type EventStore,
  parsePositionText,
  publicKeyRing,
  publicKeysFromPem,
  type RecordedEvent,
  SignedAnchor,
  verifyAuditTrail,
} from '@payouts/platform';
import { z } from 'zod';
import { readPayoutHistory, replayEvents, stateAsOf, toAuditEvent } from '../audit/auditLog.ts';
import type { AuditTrail } from '../audit/auditTrail.ts';

export type AuditCommandDeps = {
  /** Null for an offline verify, which reads only files. */
  eventStore: EventStore | null;
  /** Verify and the stored anchors; null where there are none (an offline verify, tests of the reads). */
  trail?: AuditTrail | null;
  write: (text: string) => void;
  error: (text: string) => void;
};

export const USAGE = `usage: audit history <payout-id>
       audit as-of <payout-id> <ISO 8601 time>
       audit replay [--after-position <commit:prepare>] [--to-position <commit:prepare>] [--from-time <time>] [--to-time <time>]
       audit verify [--public-key <pem file>]... [--anchors <anchors.ndjson>] [--events <events.ndjson>]
       audit anchors [--after-sequence <n>]`;

/** Exit codes: 0 done, 1 bad usage or not found, 2 verify found a broken chain. */
export async function runAuditCommand(argv: string[], deps: AuditCommandDeps): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      'after-position': { type: 'string' },
      'to-position': { type: 'string' },
      'from-time': { type: 'string' },
      'to-time': { type: 'string' },
      'public-key': { type: 'string', multiple: true },
      anchors: { type: 'string' },
      events: { type: 'string' },
      'after-sequence': { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  const payoutId = z.uuid().safeParse(rest[0]);
  if (command === 'verify') return verify(deps, values);
  if (command === 'anchors') {
    const after = z.coerce
      .number()
      .int()
      .min(0)
      .safeParse(values['after-sequence'] ?? '0');
    if (!after.success) return usage(deps, '--after-sequence: must be a whole number');
    if (!deps.trail) return usage(deps, 'anchors needs the database');
    for await (const anchor of deps.trail.anchors(after.data)) deps.write(JSON.stringify(anchor));
    return 0;
  }
  const eventStore = deps.eventStore;
  if (!eventStore) return usage(deps, `${command} needs the event store`);
  switch (command) {
    case 'history': {
      if (!payoutId.success) return usage(deps, 'history needs a payout id (a UUID)');
      const history = await readPayoutHistory(eventStore, payoutId.data);
      if (history.length === 0) return notFound(deps, payoutId.data);
      for (const event of history) deps.write(JSON.stringify(toAuditEvent(event)));
      return 0;
    }
    case 'as-of': {
      if (!payoutId.success) return usage(deps, 'as-of needs a payout id (a UUID)');
      const at = z.iso.datetime({ offset: true }).safeParse(rest[1]);
      if (!at.success) return usage(deps, 'as-of needs a time, ISO 8601 with an offset');
      const state = stateAsOf(await readPayoutHistory(eventStore, payoutId.data), new Date(at.data));
      if (!state) return notFound(deps, payoutId.data, ` at ${at.data}`);
      deps.write(
        JSON.stringify(
          {
            as_of: new Date(at.data).toISOString(),
            revision: state.revision.toString(),
            payout: state.payout,
          },
          null,
          2,
        ),
      );
      return 0;
    }
    case 'replay': {
      const range = ReplayQuery.safeParse({
        after_position: values['after-position'],
        to_position: values['to-position'],
        from_time: values['from-time'],
        to_time: values['to-time'],
      });
      if (!range.success) {
        const issue = range.error.issues[0]!;
        return usage(deps, `--${String(issue.path[0]).replace('_', '-')}: ${issue.message}`);
      }
      const q = range.data;
      for await (const event of replayEvents(eventStore, {
        afterPosition: q.after_position === undefined ? undefined : parsePositionText(q.after_position),
        toPosition: q.to_position === undefined ? undefined : parsePositionText(q.to_position),
        fromTime: q.from_time === undefined ? undefined : new Date(q.from_time),
        toTime: q.to_time === undefined ? undefined : new Date(q.to_time),
      })) {
        deps.write(JSON.stringify(toAuditEvent(event)));
      }
      return 0;
    }
    default:
      return usage(deps, command === undefined ? 'no command given' : `unknown command ${command}`);
  }
}

type Flags = Record<string, string | boolean | (string | boolean)[] | undefined>;

async function verify(deps: AuditCommandDeps, values: Flags): Promise<number> {
  const strings = (name: string) => [values[name]].flat().filter((v): v is string => typeof v === 'string');
  let keys: KeyObject[] | undefined;
  try {
    const files = strings('public-key');
    if (files.length > 0) keys = files.flatMap((file) => publicKeysFromPem(readFileSync(file, 'utf8')));
  } catch (err) {
    return usage(deps, `--public-key: ${(err as Error).message}`);
  }
  const [eventsFile] = strings('events');
  const [anchorsFile] = strings('anchors');
  const anchors = anchorsFile
    ? lines(anchorsFile, (line) => SignedAnchor.parse(JSON.parse(line)))
    : undefined;
  let report: AuditReport;
  if (eventsFile) {
    if (!anchors) return usage(deps, 'verify --events needs --anchors too');
    if (!keys) return usage(deps, 'verify --events needs --public-key');
    report = await verifyAuditTrail({
      events: lines(eventsFile, eventFromExport),
      anchors,
      publicKeys: publicKeyRing(keys),
      // An export of /audit/events or `replay` holds the payout streams.
      coversStream: (name) => name.startsWith(PAYOUT_STREAM_PREFIX),
    });
  } else {
    if (!deps.trail) return usage(deps, 'verify needs the database, or --events and --anchors files');
    report = await deps.trail.verify({
      ...(keys ? { publicKeys: keys } : {}),
      ...(anchors ? { anchors } : {}),
    });
  }
  deps.write(JSON.stringify(report, null, 2));
  if (report.anchor_problem) {
    const a = report.anchor_problem;
    deps.error(`BROKEN: anchor #${a.sequence}: ${a.reason}`);
  }
  if (report.first_broken) {
    const b = report.first_broken;
    deps.error(
      `BROKEN: ${b.stream_name} revision ${b.revision} (event ${b.event_id ?? 'missing'}${b.position ? ` at ${b.position}` : ''}): ${b.reason}`,
    );
  }
  if (!report.ok) return 2;
  const last = report.last_anchor;
  deps.error(
    last
      ? `ok: ${report.anchored_events} events checked against ${report.anchors} signed anchors (the last, #${last.sequence}, signed ${last.signed_at}); ${report.not_yet_anchored_events} not yet anchored`
      : `ok by the chain alone: no signed anchor yet; ${report.not_yet_anchored_events} events not yet anchored`,
  );
  return 0;
}

/** An export line (an AuditEvent, as `/audit/events` and `replay` write them) as the store read it. */
function eventFromExport(line: string): RecordedEvent {
  const e = AuditEvent.parse(JSON.parse(line));
  return {
    id: e.event_id,
    streamName: e.stream_name,
    revision: BigInt(e.revision),
    type: e.type,
    data: e.data,
    metadata: e.metadata,
    position: parsePositionText(e.position),
    recordedAt: new Date(e.recorded_at),
  };
}

async function* lines<T>(file: string, parse: (line: string) => T): AsyncGenerator<T> {
  let n = 0;
  for await (const line of createInterface({
    input: createReadStream(file),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    n += 1;
    if (line.trim() === '') continue;
    try {
      yield parse(line);
    } catch (err) {
      throw new Error(`${file} line ${n}: ${(err as Error).message.split('\n')[0]}`);
    }
  }
}

function usage(deps: AuditCommandDeps, message: string): number {
  deps.error(`${message}\n${USAGE}`);
  return 1;
}

function notFound(deps: AuditCommandDeps, payoutId: string, when = ''): number {
  deps.error(`no payout ${payoutId}${when}`);
  return 1;
}
