// What the relay publishes for each stored event: the event with its place in the store. Positions
// and revisions travel as strings because they may exceed 2^53.
import { z } from 'zod';

export const BusEvent = z.object({
  event_id: z.uuid(),
  stream_name: z.string().min(1),
  revision: z.string().regex(/^\d+$/),
  type: z.string().min(1),
  data: z.unknown(),
  metadata: z.record(z.string(), z.unknown()),
  position: z.object({ commit: z.string().regex(/^\d+$/), prepare: z.string().regex(/^\d+$/) }),
  recorded_at: z.string(),
});
export type BusEvent = z.infer<typeof BusEvent>;
