// Reads JSON request bodies for the validators, and refuses what cannot be stored exactly as sent:
// 415 for another content type or a charset other than UTF-8, 413 past the limit (with or without
// Content-Length), 400 for bytes that are not UTF-8 (never replaced with U+FFFD), malformed JSON,
// duplicate keys, nesting deeper than any payout body needs (before the parser's stack could
// overflow) and a `__proto__` key anywhere (an object built from it would silently lose it).
// Numbers are kept as their text (JsonNumber) so that an amount is never a float. A client that goes
// away before sending its whole body gets no answer; the request is counted as 499, not as an error.
// Served by Node (startHttpServer), the body is read straight from Node's request: asking Hono for it
// makes @hono/node-server build a whole web Request (headers, AbortSignal, a web stream over the Node
// stream), which was about a sixth of the command API's CPU per POST.
import { IncomingMessage } from 'node:http';
import type { HttpBindings } from '@hono/node-server';
import { JsonNumber } from '@payouts/contracts';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { parse } from 'lossless-json';
import { markBodyRead } from './connection.ts';
import { HttpProblem } from './problem.ts';

/** A payout request is well under 2 KiB; 64 KiB leaves room for metadata and refuses abuse. */
const MAX_BODY_BYTES = 64 * 1024;
/**
 * A payout body nests two levels (the body, its metadata); 32 leaves room for any later field and
 * refuses bodies built to exhaust the parser's stack.
 */
export const MAX_JSON_DEPTH = 32;
/** nginx's "client closed request": not a status any client sees, only what the metrics count. */
const CLIENT_CLOSED_REQUEST = 499 as ContentfulStatusCode;

const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json$/i;
const MALFORMED = '/problems/malformed-json';

const tooLarge = () =>
  new HttpProblem(413, 'Request body too large', `the body must not exceed ${MAX_BODY_BYTES} bytes`);

const limit = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw tooLarge();
  },
});

/** Stateless between calls (`fatal`, no `stream` option), so one serves every request. */
const utf8 = new TextDecoder('utf-8', { fatal: true });
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

const unsupported = (detail: string) =>
  new HttpProblem(415, 'Unsupported media type', detail, {
    headers: { 'Accept-Post': 'application/json', 'Accept-Patch': 'application/json' },
  });

const malformed = (detail: string, field = '(body)') =>
  new HttpProblem(400, 'Malformed JSON', detail, {
    type: MALFORMED,
    errors: [{ field, message: detail }],
  });

export const jsonBody: MiddlewareHandler = async (c, next) => {
  if (!BODY_METHODS.has(c.req.method)) return next();
  requireUtf8Json(c.req.header('Content-Type') ?? '');
  const bytes = await readBody(c);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw malformed('the body is not valid UTF-8');
  }
  const tooDeep = depthExceededAt(text);
  if (tooDeep !== null) {
    throw malformed(`the body nests deeper than ${MAX_JSON_DEPTH} levels (at character ${tooDeep})`);
  }
  let parsed: unknown;
  try {
    parsed = parse(text, null, (digits) => new JsonNumber(digits));
  } catch (err) {
    throw malformed(`the body is not valid JSON: ${(err as Error).message}`);
  }
  const proto = protoKeyPath(parsed, []);
  if (proto !== null) throw malformed('__proto__ is not allowed as a key', proto);
  // The validators read the body through c.req.json(); hand them the lossless parse instead.
  Object.defineProperty(c.req, 'json', { value: () => Promise.resolve(parsed) });
  await next();
};

/** application/json (or +json), in UTF-8: JSON has no other encoding (RFC 8259), so any other is refused. */
function requireUtf8Json(contentType: string): void {
  const [mediaType = '', ...parameters] = contentType.split(';');
  if (!JSON_MEDIA_TYPE.test(mediaType.trim())) throw unsupported('send the body as application/json');
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=');
    if (name.trim().toLowerCase() !== 'charset') continue;
    const label = value.trim().replace(/^"(.*)"$/, '$1');
    let encoding: string | undefined;
    try {
      encoding = new TextDecoder(label).encoding;
    } catch {
      encoding = undefined;
    }
    if (encoding !== 'utf-8') {
      throw unsupported(
        `send the body in UTF-8 (charset=utf-8, or no charset), not ${JSON.stringify(label)}`,
      );
    }
  }
}

/** The whole body, within the limit; a client that stops sending it half-way gets a 499. */
async function readBody(c: Context): Promise<Uint8Array | ArrayBuffer> {
  const incoming = unreadIncoming(c);
  let bytes: Uint8Array | ArrayBuffer | undefined;
  try {
    if (incoming) bytes = await readIncoming(incoming);
    else {
      await limit(c, async () => {
        bytes = await c.req.arrayBuffer();
      });
    }
  } catch (err) {
    if (err instanceof HttpProblem || !clientWentAway(c, err, incoming)) throw err;
    throw new HttpProblem(
      CLIENT_CLOSED_REQUEST,
      'Client closed request',
      'the client closed the connection before sending the whole body',
      { type: '/problems/client-closed-request' },
    );
  }
  if (bytes === undefined) throw new Error('the body limit answered without reading the body');
  markBodyRead(c);
  return bytes;
}

/**
 * Node's request when the app is served by Node and nothing has read from it yet; otherwise (a test's
 * app.request(), a body already taken through Hono) the body is read through Hono.
 */
function unreadIncoming(c: Context): IncomingMessage | undefined {
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  return incoming instanceof IncomingMessage && !incoming.readableDidRead && !incoming.readableEnded
    ? incoming
    : undefined;
}

/** Node's request body, refused with 413 past the limit (by Content-Length at once, else when reached). */
function readIncoming(incoming: IncomingMessage): Promise<Uint8Array> {
  const length = incoming.headers['content-length'];
  if (
    length !== undefined &&
    incoming.headers['transfer-encoding'] === undefined &&
    Number.parseInt(length, 10) > MAX_BODY_BYTES
  ) {
    return Promise.reject(tooLarge());
  }
  // Listeners as inline arrows, left on the request (it is this request's alone): tsx names every
  // function bound to a const with a defineProperty call, which per request showed in profiles.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    incoming.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
        return;
      }
      // Left paused and unread: the answer says Connection: close (connection.ts), and the server
      // adapter drains or cuts what is still coming once the answer is sent.
      settled = true;
      incoming.pause();
      reject(tooLarge());
    });
    incoming.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    });
    incoming.on('error', (err) => {
      if (settled) return;
      settled = true;
      reject(err);
    });
    // Closed before its end: the client went away mid-body (Node may say so with 'error' first).
    incoming.on('close', () => {
      if (settled) return;
      settled = true;
      reject(
        Object.assign(new Error('the request closed before its body ended'), {
          code: 'ERR_STREAM_PREMATURE_CLOSE',
        }),
      );
    });
  });
}

function clientWentAway(c: Context, err: unknown, incoming: IncomingMessage | undefined): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE') return true;
  return incoming ? incoming.destroyed : c.req.raw.signal.aborted;
}

/** Where (character index) the text opens more than MAX_JSON_DEPTH objects or arrays, or null. */
function depthExceededAt(text: string): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c /* \ */) i++;
      else if (ch === 0x22 /* " */) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b /* { */ || ch === 0x5b /* [ */) {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) depth--;
  }
  return null;
}

/** The path of the first `__proto__` key in a parsed body (`metadata.__proto__`), or null. */
function protoKeyPath(value: unknown, path: string[]): string | null {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = protoKeyPath(item, [...path, String(index)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value === null || typeof value !== 'object' || value instanceof JsonNumber) return null;
  for (const [key, item] of Object.entries(value)) {
    if (key === '__proto__') return [...path, key].join('.');
    const found = protoKeyPath(item, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}
