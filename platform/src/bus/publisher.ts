// Publishing a stored event: the event id is the message id, so JetStream drops a republished
// duplicate; the trace context rides along in the headers.
import type { JetStreamClient, PubAck } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import { type BusEvent, eventSubject } from '@payouts/contracts';
import type { RecordedEvent } from '../eventStore/port.ts';

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

export function publishEvent(
  js: JetStreamClient,
  subjectPrefix: string,
  event: RecordedEvent,
): Promise<PubAck> {
  const h = headers();
  const traceparent = event.metadata.traceparent;
  if (typeof traceparent === 'string') h.set('traceparent', traceparent);
  const correlationId = event.metadata.correlation_id;
  if (typeof correlationId === 'string') h.set('Correlation-Id', correlationId);
  return js.publish(eventSubject(subjectPrefix, event.type), JSON.stringify(toBusEvent(event)), {
    msgID: event.id,
    headers: h,
  });
}
