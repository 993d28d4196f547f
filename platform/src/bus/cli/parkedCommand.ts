// The operators' command line for parked messages (parking.ts), on the stream NATS_STREAM names:
//   parked [--consumer <name>] [--failing] [--json]   the parked messages, oldest first (--failing
//                                                     adds those still being retried on the bus)
//   show <id>                                         one parked message in full, its data included
//   redrive <id>... | --consumer <name> | --all       hands them to their consumer once more
// Kept apart from its main so tests run it in-process against a test database.
import { parseArgs } from 'node:util';
import { type ParkedMessage, type ParkedMessages, parkedSummary } from '../parking.ts';

export type ParkedCommandDeps = {
  parked: ParkedMessages;
  stream: string;
  write: (text: string) => void;
  error: (text: string) => void;
};

const USAGE = `usage: bus parked [--consumer <name>] [--failing] [--json]
       bus show <id>
       bus redrive <id>... | --consumer <name> | --all`;

/** Exit codes: 0 done, 1 bad usage or nothing of that id. */
export async function runParkedCommand(argv: string[], deps: ParkedCommandDeps): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      consumer: { type: 'string' },
      failing: { type: 'boolean' },
      json: { type: 'boolean' },
      all: { type: 'boolean' },
    },
  });
  const [command, ...rest] = positionals;
  const consumer = typeof values.consumer === 'string' ? values.consumer : undefined;
  switch (command) {
    case 'parked': {
      const list = await deps.parked.list({
        stream: deps.stream,
        consumer,
        failing: values.failing === true,
      });
      if (list.length === 0) deps.error(`nothing parked on stream ${deps.stream}`);
      for (const message of list)
        deps.write(values.json ? JSON.stringify(parkedSummary(message)) : line(message));
      return 0;
    }
    case 'show': {
      const id = parseId(rest[0]);
      if (id === null || rest.length !== 1) return usage(deps, 'show needs one parked message id');
      const message = (await deps.parked.list({ stream: deps.stream, failing: true })).find(
        (m) => m.id === id,
      );
      if (!message) return notFound(deps, [id]);
      deps.write(
        JSON.stringify(
          { ...parkedSummary(message), headers: message.headers, data: parsed(message.data) },
          null,
          2,
        ),
      );
      return 0;
    }
    case 'redrive': {
      const ids = rest.map(parseId);
      const chosen = [ids.length > 0, consumer !== undefined, values.all === true].filter(Boolean).length;
      if (chosen !== 1 || ids.some((id) => id === null)) {
        return usage(deps, 'redrive needs parked message ids, or --consumer <name>, or --all');
      }
      const count = await deps.parked.requestRedrive({
        stream: deps.stream,
        consumer,
        ...(ids.length > 0 ? { ids: ids as number[] } : {}),
      });
      if (ids.length > 0 && count < ids.length) {
        const parkedIds = new Set((await deps.parked.list({ stream: deps.stream })).map((m) => m.id));
        return notFound(
          deps,
          (ids as number[]).filter((id) => !parkedIds.has(id)),
        );
      }
      deps.write(
        `asked to re-drive ${count} parked message${count === 1 ? '' : 's'}: each goes to its consumer once more ` +
          'within seconds; one handled leaves the list, one that fails again stays parked with its new error',
      );
      return 0;
    }
    default:
      return usage(deps, command === undefined ? 'a command is needed' : `unknown command ${command}`);
  }
}

function line(message: ParkedMessage): string {
  const state = message.parkedAt
    ? `parked ${message.parkedAt.toISOString()}${message.redriveRequestedAt ? ', re-drive asked for' : ''}`
    : 'still retried on the bus';
  return (
    `#${message.id} ${message.consumer} ${message.subject} message ${message.messageId}: ` +
    `failed ${message.failures} times (delivery ${message.deliveries}), ${state}; last error: ${message.error}`
  );
}

function parseId(text: string | undefined): number | null {
  return text !== undefined && /^[1-9][0-9]{0,15}$/.test(text) ? Number(text) : null;
}

function parsed(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

function usage(deps: ParkedCommandDeps, problem: string): number {
  deps.error(`${problem}\n${USAGE}`);
  return 1;
}

function notFound(deps: ParkedCommandDeps, ids: number[]): number {
  deps.error(`no parked message ${ids.map((id) => `#${id}`).join(', ')} on stream ${deps.stream}`);
  return 1;
}
