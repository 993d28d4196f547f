// Load, decide, append: how any command meets a stream. The stream's revision at load time is the
// expected revision of the append, so two writers deciding on the same state cannot both win.
import { randomUUID } from 'node:crypto';
import { parseRecorded } from './parseRecorded.ts';
import { type AppendClaim, type EventStore, type ExpectedRevision, WrongExpectedRevision } from './port.ts';

export type Decider<Command, Event extends { type: string; data: unknown }, State> = {
  initialState: State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State): Event[];
  /** Validates a stored event (and upcasts an old schema version) into the decider's vocabulary. */
  parse(type: string, data: unknown, schemaVersion: number): Event;
  schemaVersion: number;
};

export type CommandContext = {
  correlation_id: string;
  causation_id: string | null;
  actor: string;
  traceparent: string | null;
};

export type CommandResult<Event, State> = {
  events: Event[];
  state: State;
  /** The stream's revision after the append (unchanged when no event was decided). */
  revision: bigint;
};

export type StreamState<State> = { state: State; revision: bigint | 'no_stream' };

export async function loadStream<Command, Event extends { type: string; data: unknown }, State>(
  store: EventStore,
  decider: Decider<Command, Event, State>,
  streamName: string,
): Promise<StreamState<State>> {
  const recorded = await store.readStream(streamName);
  let state = decider.initialState;
  for (const e of recorded) {
    state = decider.evolve(state, parseRecorded(decider.parse, e));
  }
  const last = recorded.at(-1);
  return { state, revision: last ? last.revision : 'no_stream' };
}

export type HandleCommandOptions<State> = {
  expected?: ExpectedRevision;
  /**
   * The stream as the caller just loaded it (loadStream), to decide on without reading it again;
   * its revision is then the expected one, so a write in between is still a conflict.
   */
  loaded?: StreamState<State>;
  /**
   * Times another writer appending first (WrongExpectedRevision) is met by loading the stream again
   * and deciding the same command on what is there now, before the conflict is thrown (default 0).
   * Only for a command whose decision may follow the stream: with an explicit `expected` the caller
   * asked to be refused on a change (If-Match), so the two together are a programming error.
   */
  conflictRetries?: number;
  /** Written with the events, in the same transaction (see AppendOptions in port.ts). */
  claim?: AppendClaim;
};

export async function handleCommand<Command, Event extends { type: string; data: unknown }, State>(
  store: EventStore,
  decider: Decider<Command, Event, State>,
  streamName: string,
  command: Command,
  context: CommandContext,
  options: HandleCommandOptions<State> = {},
): Promise<CommandResult<Event, State>> {
  const retries = options.conflictRetries ?? 0;
  if (!Number.isInteger(retries) || retries < 0) {
    throw new Error(`conflictRetries must be a whole number >= 0, got ${retries}`);
  }
  if (retries > 0 && options.expected !== undefined) {
    throw new Error('conflictRetries would overrule the explicit expected revision; pass one or the other');
  }
  for (let conflicts = 0; ; conflicts++) {
    try {
      return await decideAndAppend(
        store,
        decider,
        streamName,
        command,
        context,
        conflicts === 0 ? options : options.claim ? { claim: options.claim } : {},
      );
    } catch (err) {
      if (!(err instanceof WrongExpectedRevision) || conflicts >= retries) throw err;
    }
  }
}

async function decideAndAppend<Command, Event extends { type: string; data: unknown }, State>(
  store: EventStore,
  decider: Decider<Command, Event, State>,
  streamName: string,
  command: Command,
  context: CommandContext,
  options: Pick<HandleCommandOptions<State>, 'expected' | 'loaded' | 'claim'>,
): Promise<CommandResult<Event, State>> {
  // A caller that expects no stream decides on the initial state, the only one that expectation
  // allows: reading would only find out earlier what the append refuses anyway if the stream exists.
  const loaded =
    options.loaded ??
    (options.expected === 'no_stream'
      ? { state: decider.initialState, revision: 'no_stream' as const }
      : await loadStream(store, decider, streamName));
  const loadedRevision = loaded.revision;
  // A caller holding an older revision (If-Match) is refused by the store, not silently overruled.
  const expected = options.expected ?? loadedRevision;
  const events = decider.decide(command, loaded.state);
  const state = events.reduce(decider.evolve, loaded.state);
  if (events.length === 0) {
    return { events, state, revision: loadedRevision === 'no_stream' ? -1n : loadedRevision };
  }
  const result = await store.append(
    streamName,
    events.map((event) => {
      const event_id = randomUUID();
      return {
        id: event_id,
        type: event.type,
        data: event.data,
        metadata: { event_id, ...context, schema_version: decider.schemaVersion },
      };
    }),
    expected,
    options.claim ? { claim: options.claim } : undefined,
  );
  return { events, state, revision: result.nextRevision };
}
