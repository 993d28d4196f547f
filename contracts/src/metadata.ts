// Metadata every event carries: who caused it, in answer to what, and the trace it belongs to.
import { z } from 'zod';

export const EventMetadata = z.object({
  event_id: z.uuid(),
  correlation_id: z.string().min(1),
  causation_id: z.string().min(1).nullable(),
  /** An API key id, or `system:<service>` for events a service appends by itself. */
  actor: z.string().min(1),
  traceparent: z.string().nullable(),
  schema_version: z.number().int().positive(),
});
export type EventMetadata = z.infer<typeof EventMetadata>;
