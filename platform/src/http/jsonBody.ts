// Reads JSON request bodies for the validators: 415 for another content type, 413 past the limit
// (with or without Content-Length), 400 for malformed JSON or duplicate keys; numbers are kept as
// their text (JsonNumber) so that an amount is never a float.
import { JsonNumber } from '@payouts/contracts';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { parse } from 'lossless-json';
import { HttpProblem } from './problem.ts';

/** A payout request is well under 2 KiB; 64 KiB leaves room for metadata and refuses abuse. */
export const MAX_BODY_BYTES = 64 * 1024;

const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json$/i;

const limit = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw new HttpProblem(413, 'Request body too large', `the body must not exceed ${MAX_BODY_BYTES} bytes`);
  },
});

export const jsonBody: MiddlewareHandler = async (c, next) => {
  if (!['POST', 'PUT', 'PATCH'].includes(c.req.method)) return next();
  const mediaType = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim();
  if (!JSON_MEDIA_TYPE.test(mediaType)) {
    throw new HttpProblem(415, 'Unsupported media type', 'send the body as application/json', {
      headers: { 'Accept-Post': 'application/json', 'Accept-Patch': 'application/json' },
    });
  }
  return limit(c, async () => {
    const text = await c.req.text();
    let parsed: unknown;
    try {
      parsed = parse(text, null, (digits) => new JsonNumber(digits));
    } catch (err) {
      throw new HttpProblem(400, 'Malformed JSON', `the body is not valid JSON: ${(err as Error).message}`, {
        type: '/problems/malformed-json',
      });
    }
    // The validators read the body through c.req.json(); hand them the lossless parse instead.
    Object.defineProperty(c.req, 'json', { value: () => Promise.resolve(parsed) });
    await next();
  });
};
