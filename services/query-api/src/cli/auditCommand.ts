// The auditors' command line, the same reads as the audit routes:
//   history <payout-id>                 every event of the payout, one JSON object per line
//   as-of <payout-id> <time>            the payout's state as of an ISO 8601 time, as JSON
//   replay [--after-position c:p] [--to-position c:p] [--from-time t] [--to-time t]
//                                       every payout event in the range, one JSON object per line
//   verify                              recompute every hash chain; exit 2 and name the first broken event
// Kept apart from its main so tests run it in-process against a test database.
import { parseArgs } from 'node:util';
import { ReplayQuery } from '@payouts/contracts';
import type { ChainReport, EventStore } from '@payouts/platform';
import { z } from 'zod';
import {
  parsePosition,
  readPayoutHistory,
  replayEvents,
  stateAsOf,
  toAuditEvent,
} from '../audit/auditLog.ts';

export type AuditCommandDeps = {
  eventStore: EventStore;
  verifyChains: (() => Promise<ChainReport>) | null;
  write: (text: string) => void;
  error: (text: string) => void;
};

export const USAGE = `usage: audit history <payout-id>
       audit as-of <payout-id> <ISO 8601 time>
       audit replay [--after-position <commit:prepare>] [--to-position <commit:prepare>] [--from-time <time>] [--to-time <time>]
       audit verify`;

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
    },
  });
  const [command, ...rest] = positionals;
  const payoutId = z.uuid().safeParse(rest[0]);
  switch (command) {
    case 'history': {
      if (!payoutId.success) return usage(deps, 'history needs a payout id (a UUID)');
      const history = await readPayoutHistory(deps.eventStore, payoutId.data);
      if (history.length === 0) return notFound(deps, payoutId.data);
      for (const event of history) deps.write(JSON.stringify(toAuditEvent(event)));
      return 0;
    }
    case 'as-of': {
      if (!payoutId.success) return usage(deps, 'as-of needs a payout id (a UUID)');
      const at = z.iso.datetime({ offset: true }).safeParse(rest[1]);
      if (!at.success) return usage(deps, 'as-of needs a time, ISO 8601 with an offset');
      const state = stateAsOf(await readPayoutHistory(deps.eventStore, payoutId.data), new Date(at.data));
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
      for await (const event of replayEvents(deps.eventStore, {
        afterPosition: q.after_position === undefined ? undefined : parsePosition(q.after_position),
        toPosition: q.to_position === undefined ? undefined : parsePosition(q.to_position),
        fromTime: q.from_time === undefined ? undefined : new Date(q.from_time),
        toTime: q.to_time === undefined ? undefined : new Date(q.to_time),
      })) {
        deps.write(JSON.stringify(toAuditEvent(event)));
      }
      return 0;
    }
    case 'verify': {
      if (!deps.verifyChains) return usage(deps, 'this event store keeps no hash chain to verify');
      const report = await deps.verifyChains();
      deps.write(JSON.stringify(report, null, 2));
      if (report.first_broken) {
        const b = report.first_broken;
        deps.error(
          `BROKEN: ${b.stream_name} revision ${b.revision} (event ${b.event_id ?? 'missing'}): ${b.reason}`,
        );
        return 2;
      }
      return 0;
    }
    default:
      return usage(deps, command === undefined ? 'no command given' : `unknown command ${command}`);
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
