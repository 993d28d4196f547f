// An answer given before the request's body was read (413 on Content-Length, 401, 415, 405...) must
// not leave the connection open: the unread body is still on its way, Node gives up draining it
// after a moment and cuts the socket, and a client that reuses the connection (Node's fetch does)
// sees its next request fail with "other side closed". So such an answer says `Connection: close`,
// Node closes the socket once it is sent, and the client opens a new one for its next request.
import type { Context, MiddlewareHandler } from 'hono';

const bodiesRead = new WeakSet<Context>();

/** Called by whatever reads a request's body to its end (jsonBody). */
export function markBodyRead(c: Context): void {
  bodiesRead.add(c);
}

function hasBody(c: Context): boolean {
  const length = c.req.header('Content-Length');
  return (length !== undefined && length.trim() !== '0') || c.req.header('Transfer-Encoding') !== undefined;
}

/** Outermost middleware of an app: closes the connection after an answer that left a body unread. */
export const closeWhenBodyUnread: MiddlewareHandler = async (c, next) => {
  await next();
  if (hasBody(c) && !bodiesRead.has(c)) c.header('Connection', 'close');
};
