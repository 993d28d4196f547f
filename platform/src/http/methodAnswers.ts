// The methods each documented path answers, from the same route definitions as the OpenAPI
// document: its operations, HEAD wherever there is GET, OPTIONS (204 with `Allow`), and any other
// method a 405 with `Allow`. The document declares exactly these (command-api's docs/openapi.ts),
// and the API that owns a path answers them: command-api for the payout and audit paths (reads
// included: in every deployment only GET and HEAD reach query-api), the notifier for its own.
import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import type { Context, Env } from 'hono';
import { HttpProblem } from './problem.ts';

/** The methods a path can be asked for with an operation of its own in the document. */
export const DOCUMENTED_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'] as const;
export type DocumentedMethod = (typeof DOCUMENTED_METHODS)[number];

/** `GET, HEAD` first, then the writes in the order a resource's life meets them. */
const ALLOW_ORDER = ['get', 'head', 'post', 'put', 'patch', 'delete'] as const;

export type PathMethods = {
  /** As the routes define it, `{id}` for a parameter. */
  path: string;
  /** As Hono routes it, `:id` for a parameter. */
  routingPath: string;
  /** Methods with an operation of a route, in DOCUMENTED_METHODS order. */
  operations: DocumentedMethod[];
  /** The `Allow` header: the operations, and HEAD where there is GET (OPTIONS goes without saying). */
  allow: string;
};

export function pathMethods(routes: RouteConfig[]): PathMethods[] {
  const byPath = new Map<string, Set<string>>();
  for (const route of routes) {
    const methods = byPath.get(route.path) ?? new Set<string>();
    methods.add(route.method);
    byPath.set(route.path, methods);
  }
  return [...byPath].map(([path, methods]) => {
    const operations = DOCUMENTED_METHODS.filter((m) => methods.has(m));
    const allowed = new Set<string>(operations);
    if (allowed.has('get')) allowed.add('head');
    return {
      path,
      routingPath: path.replaceAll(/\{([^}]+)\}/g, ':$1'),
      operations,
      allow: ALLOW_ORDER.filter((m) => allowed.has(m))
        .map((m) => m.toUpperCase())
        .join(', '),
    };
  });
}

/**
 * OPTIONS and 405 for every documented path. Register after the app's own routes: these answer only
 * what no route above answered. A method the path has but no route above answered is served by
 * another service (`servedBy` names it), which is a 404 here.
 */
export function addMethodAnswers<E extends Env>(
  app: OpenAPIHono<E>,
  routes: RouteConfig[],
  servedBy = 'another service',
): void {
  for (const { routingPath, allow } of pathMethods(routes)) {
    app.all(routingPath, (c: Context<E>) => {
      if (c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: allow });
      if (allow.split(', ').includes(c.req.method)) {
        // A method the path has whose operation another service serves (reads are query-api's).
        throw new HttpProblem(404, 'Not found', `${c.req.method} ${c.req.path} is served by ${servedBy}`);
      }
      throw new HttpProblem(405, 'Method not allowed', `${c.req.method} is not allowed here; use ${allow}`, {
        type: '/problems/method-not-allowed',
        headers: { Allow: allow },
      });
    });
  }
}
