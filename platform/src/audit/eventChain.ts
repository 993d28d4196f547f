// The hash chain every event store can hold, because it needs nothing from the store but its events:
// each event's hash covers its stream's previous hash and the event's canonical bytes, computed from
// the events as they are read. The anchor signer computes it as it follows all events and verify
// recomputes it from the same events, through the event store port or from an export file, so one
// piece of code checks PostgreSQL, KurrentDB and an auditor's offline copy alike.
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { RecordedEvent } from '../eventStore/port.ts';

/** What the chain covers of an event: everything an audit export shows of it except its position. */
export type ChainedEvent = Pick<
  RecordedEvent,
  'id' | 'streamName' | 'revision' | 'type' | 'data' | 'metadata' | 'recordedAt'
>;

/** The "previous hash" of a stream's first event (revision 0): 32 zero bytes. */
export const CHAIN_START: Buffer = Buffer.alloc(32);

/**
 * The event as RFC 8785 (JCS) JSON: keys sorted, no whitespace, numbers and strings in their one
 * canonical spelling, so the same event gives the same bytes from any store, any driver and any
 * export. The field names and values are those of an audit export line (`AuditEvent`), less
 * `position`: an auditor can recompute it from an export with any JCS implementation.
 */
export function canonicalEvent(event: ChainedEvent): string {
  const text = canonicalize({
    event_id: event.id,
    stream_name: event.streamName,
    type: event.type,
    revision: event.revision.toString(),
    recorded_at: event.recordedAt.toISOString(),
    data: event.data,
    metadata: event.metadata,
  });
  if (text === undefined) throw new Error(`event ${event.id}: cannot be written as canonical JSON`);
  return text;
}

/** SHA-256(previous hash || UTF-8 canonical event): the hash of `event` in its stream's chain. */
export function chainHash(previous: Buffer, event: ChainedEvent): Buffer {
  return createHash('sha256').update(previous).update(canonicalEvent(event), 'utf8').digest();
}
