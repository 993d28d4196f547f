// Parked messages over HTTP, for operators: the same list and re-drive as `npm run bus`. Served only
// on the metrics port of a worker (relay, projector, processor, scheduler: no public API), never
// beside a public API; message data stays out of the answers (`npm run bus -- show` has it).
//   GET  /bus/parked[?consumer=<name>][&failing=true]
//   POST /bus/parked/redrive   {"ids": [..]} | {"consumer": "<name>"} | {"all": true}
import type { Hono } from 'hono';
import { z } from 'zod';
import { fieldErrorsFromZod } from '../http/fieldErrors.ts';
import { HttpProblem, validationProblem } from '../http/problem.ts';
import { type ParkedMessages, parkedSummary } from './parking.ts';

const RedriveRequest = z
  .object({
    ids: z.array(z.number().int().positive()).min(1).max(10_000).optional(),
    consumer: z.string().min(1).max(200).optional(),
    all: z.literal(true).optional(),
  })
  .strict()
  .refine((r) => [r.ids, r.consumer, r.all].filter((v) => v !== undefined).length === 1, {
    message: 'exactly one of ids, consumer or all',
  });

const ListQuery = z.object({
  consumer: z.string().min(1).max(200).optional(),
  failing: z.enum(['true', 'false']).optional(),
});

// biome-ignore lint/suspicious/noExplicitAny: any Hono app, whatever its env and schema types
export function addParkedRoutes(app: Hono<any, any, any>, parked: ParkedMessages, stream: string): void {
  app.get('/bus/parked', async (c) => {
    const query = ListQuery.safeParse(c.req.query());
    if (!query.success) throw validationProblem(fieldErrorsFromZod(query.error));
    const list = await parked.list({
      stream,
      consumer: query.data.consumer,
      failing: query.data.failing === 'true',
    });
    return c.json({ stream, parked: list.map(parkedSummary) });
  });
  app.post('/bus/parked/redrive', async (c) => {
    const body = await c.req.json().catch(() => {
      throw new HttpProblem(400, 'Malformed request', 'the body is not JSON');
    });
    const request = RedriveRequest.safeParse(body);
    if (!request.success) throw validationProblem(fieldErrorsFromZod(request.error));
    const requested = await parked.requestRedrive({
      stream,
      consumer: request.data.consumer,
      ...(request.data.ids ? { ids: request.data.ids } : {}),
    });
    return c.json({ stream, requested }, 202);
  });
}
