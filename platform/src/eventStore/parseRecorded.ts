// The one place a stored or delivered event's schema version is read before the event is parsed:
// a parser told the wrong version would take an old payload for the current one instead of
// upcasting it (or refusing it). Events written before versions were recorded are version 1.

/** Validates an event's payload, upcasting it from `schemaVersion` to the current one. */
export type EventParser<Event> = (type: string, data: unknown, schemaVersion: number) => Event;

/** The schema version an event was written at, from its metadata (1 when it has none). */
export function schemaVersionOf(metadata: Record<string, unknown>): number {
  return typeof metadata.schema_version === 'number' ? metadata.schema_version : 1;
}

/** Parses a recorded event (or a bus message of one) at the schema version it was written at. */
export function parseRecorded<Event>(
  parse: EventParser<Event>,
  event: { type: string; data: unknown; metadata: Record<string, unknown> },
): Event {
  return parse(event.type, event.data, schemaVersionOf(event.metadata));
}
