// The read side of /api/v1/payouts, served from the read model.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { getPayoutRoute, ifNoneMatchMatches, listPayoutsRoute, payoutEtag } from '@payouts/contracts';
import { type ApiEnv, HttpProblem } from '@payouts/platform';
import type { Context } from 'hono';
import { CompiledQuery, type Kysely } from 'kysely';
import { type PayoutRow, rowToResource } from '../readModel/rows.ts';
import type { ReadModel } from '../readModel/schema.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { boundaryOf, type PageRow, selectPage } from './listQuery.ts';
import { DEFAULT_ORDERING, parseOrdering, reverseOrdering } from './ordering.ts';
import { loadAtRevision, type Projections } from './readYourWrites.ts';

export type QueryEnv = ApiEnv;

/** Each route's scope is the one its definition declares (`security`); the app checks it. */
export function payoutQueryRoutes(
  app: OpenAPIHono<QueryEnv>,
  deps: { db: Kysely<ReadModel>; projections: Projections; readWaitMs?: number | undefined },
) {
  app.openapi(getPayoutRoute, async (c) => {
    const { id } = c.req.valid('param');
    const headers = c.req.valid('header');
    const minText = headers['X-Min-Revision'] ?? c.req.valid('query').min_revision;
    const tenant = c.get('principal').tenant;
    const minRevision = minText === undefined ? null : BigInt(minText);
    const { row, stale } = await loadAtRevision(
      async () => (await deps.db.executeQuery(payoutById(id, tenant))).rows[0],
      {
        minRevision,
        projections: deps.projections,
        // Only a read that may wait needs the request's signal: reading it makes Node's adapter build
        // the whole web Request (streams, an AbortController), a fifth of a plain read's CPU.
        signal: minRevision === null ? NEVER_ABORTED : c.req.raw.signal,
        maxWaitMs: deps.readWaitMs,
      },
    );
    if (stale) c.header('X-Read-Model-Stale', 'true');
    if (!row)
      throw new HttpProblem(404, 'Not found', `no payout ${id}`, stale ? { headers: staleHeader } : {});
    c.header('ETag', payoutEtag(row.revision));
    if (ifNoneMatchMatches(headers['If-None-Match'], row.revision)) return c.body(null, 304);
    return c.json(rowToResource(row), 200);
  });

  app.openapi(listPayoutsRoute, async (c) => {
    const { limit, cursor: cursorText, ordering = DEFAULT_ORDERING, ...filters } = c.req.valid('query');
    const keys = parseOrdering(ordering);
    const cursor = cursorText === undefined ? null : decodeCursor(cursorText, ordering, keys);
    const backwards = cursor?.d === 'p';
    // A previous page is read as the next page of the reversed order, then put back in order.
    const rows = await selectPage(deps.db, {
      tenant: c.get('principal').tenant,
      filters,
      keys: backwards ? reverseOrdering(keys) : keys,
      boundary: cursor ? { values: cursor.v, id: cursor.i } : null,
      count: limit + 1,
    });
    const hasMore = rows.length > limit;
    const page = rows.slice(0, limit);
    if (backwards) page.reverse();
    const link = (d: 'n' | 'p', row: PageRow) => {
      const { values, id } = boundaryOf(row, keys);
      return pageUrl(c, encodeCursor({ o: ordering, v: values, i: id, d }));
    };
    const first = page[0];
    const last = page.at(-1);
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

const staleHeader = { 'X-Read-Model-Stale': 'true' };

const NEVER_ABORTED = new AbortController().signal;

/** One payout by id, the tenant's only: written once as SQL, not built and compiled per request. */
function payoutById(id: string, tenant: string): CompiledQuery<PayoutRow> {
  return CompiledQuery.raw('select * from payouts where id = $1 and tenant_id = $2', [
    id,
    tenant,
  ]) as CompiledQuery<PayoutRow>;
}

/**
 * The request's path and query with its cursor replaced (filters, search, ordering and limit carry
 * over), as a link relative to the server: never built from the request's Host, which the client
 * controls, and right behind any proxy whatever host and port it was reached on.
 */
function pageUrl(c: Context, cursor: string): string {
  const url = new URL(c.req.url);
  url.searchParams.set('cursor', cursor);
  return `${url.pathname}${url.search}`;
}
