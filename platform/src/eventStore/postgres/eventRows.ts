// An events table row as the adapter reads it, and the recorded event it stands for.
import type { RecordedEvent } from '../port.ts';

export const EVENT_COLUMNS =
  'position, transaction_id, stream_name, revision, event_id, type, data, metadata, recorded_at';

export type EventRow = {
  position: string;
  transaction_id: string;
  stream_name: string;
  revision: string;
  event_id: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  recorded_at: Date;
};

export function toRecorded(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    streamName: row.stream_name,
    revision: BigInt(row.revision),
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    position: { commit: BigInt(row.transaction_id), prepare: BigInt(row.position) },
    recordedAt: row.recorded_at,
  };
}
