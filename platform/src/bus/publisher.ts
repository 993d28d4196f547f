// Publishing a stored event: the event id is the message id, so the bus drops a republished
// duplicate; the trace context rides along in the headers (the publish span's, a child of the
// traceparent stored in the event's metadata).
import { type BusEvent, eventSubject } from '@payouts/contracts';
import type { RecordedEvent } from '../eventStore/port.ts';
import { contextFromTraceparent, inSpan, SpanKind, traceparentOf, tracer } from '../tracing.ts';
import type { Bus, PublishAck } from './port.ts';

export function toBusEvent(event: RecordedEvent): BusEvent {
  return {
    event_id: event.id,
    stream_name: event.streamName,
    revision: event.revision.toString(),
    type: event.type,
    data: event.data,
    metadata: event.metadata,
    position: { commit: event.position.commit.toString(), prepare: event.position.prepare.toString() },
    recorded_at: event.recordedAt.toISOString(),
  };
}

export function publishEvent(bus: Bus, event: RecordedEvent): Promise<PublishAck> {
  const headers: Record<string, string> = {};
  const stored = typeof event.metadata.traceparent === 'string' ? event.metadata.traceparent : null;
  const subject = eventSubject(bus.subjectPrefix, event.type);
  // A producer span, child of the span that caused the event; the consumers continue from it.
  const parent = contextFromTraceparent(stored);
  const span = tracer().startSpan(
    `publish ${subject}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        'messaging.system': bus.kind === 'nats' ? 'nats' : 'postgresql',
        'messaging.operation.type': 'send',
        'messaging.destination.name': subject,
        'messaging.message.id': event.id,
      },
    },
    parent,
  );
  const traceparent = traceparentOf(span, stored);
  if (traceparent) headers.traceparent = traceparent;
  const correlationId = event.metadata.correlation_id;
  if (typeof correlationId === 'string') headers['Correlation-Id'] = correlationId;
  return inSpan(span, parent, () =>
    bus.publish({ subject, data: JSON.stringify(toBusEvent(event)), id: event.id, headers }),
  );
}
