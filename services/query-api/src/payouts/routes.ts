// The read side of /api/v1/payouts, served from the read model.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { getPayoutRoute, listPayoutsRoute } from '@payouts/contracts';
import { type AuthEnv, HttpProblem, type RequestContextEnv, requireScope } from '@payouts/platform';
import { type Kysely, sql } from 'kysely';
import { rowToResource } from '../readModel/rows.ts';
import type { ReadModel } from '../readModel/schema.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

export type QueryEnv = AuthEnv & RequestContextEnv;

export function payoutQueryRoutes(app: OpenAPIHono<QueryEnv>, deps: { db: Kysely<ReadModel> }) {
  app.use('/api/v1/payouts/*', requireScope('payouts:read'));

  app.openapi(getPayoutRoute, async (c) => {
    const { id } = c.req.valid('param');
    const row = await deps.db
      .selectFrom('payouts')
      .selectAll()
      .where('id', '=', id)
      .where('tenant_id', '=', c.get('principal').tenant)
      .executeTakeFirst();
    if (!row) throw new HttpProblem(404, 'Not found', `no payout ${id}`);
    c.header('ETag', `"${row.revision}"`);
    return c.json(rowToResource(row), 200);
  });

  app.openapi(listPayoutsRoute, async (c) => {
    const { limit, cursor: cursorText } = c.req.valid('query');
    const cursor = cursorText === undefined ? null : decodeCursor(cursorText);
    const backwards = cursor?.d === 'p';
    let query = deps.db.selectFrom('payouts').selectAll().where('tenant_id', '=', c.get('principal').tenant);
    if (cursor) {
      const boundary = sql`(${new Date(cursor.c)}::timestamptz, ${cursor.i}::uuid)`;
      query = query.where(sql<boolean>`(created_at, id) ${sql.raw(backwards ? '>' : '<')} ${boundary}`);
    }
    const direction = backwards ? 'asc' : 'desc';
    const rows = await query
      .orderBy('created_at', direction)
      .orderBy('id', direction)
      .limit(limit + 1)
      .execute();
    const hasMore = rows.length > limit;
    const page = rows.slice(0, limit);
    if (backwards) page.reverse();
    const first = page[0];
    const last = page.at(-1);
    const link = (d: 'n' | 'p', row: (typeof page)[number]) => {
      const url = new URL(c.req.url);
      url.searchParams.set('cursor', encodeCursor({ c: row.created_at.toISOString(), i: row.id, d }));
      return url.toString();
    };
    const moreAfter = backwards ? cursor !== null : hasMore;
    const moreBefore = backwards ? hasMore : cursor !== null;
    return c.json(
      {
        next: moreAfter && last ? link('n', last) : null,
        previous: moreBefore && first ? link('p', first) : null,
        results: page.map(rowToResource),
      },
      200,
    );
  });
}
