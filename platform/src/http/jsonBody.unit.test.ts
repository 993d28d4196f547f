import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { jsonBody, MAX_JSON_DEPTH } from './jsonBody.ts';
import { problemErrorHandler } from './problem.ts';

const app = new Hono();
app.onError(problemErrorHandler(createLogger('test', 'silent')));
app.post('/', jsonBody, async (c) => c.json({ received: await c.req.json() }));

const post = (body: string | Uint8Array, contentType = 'application/json') =>
  app.request('/', { method: 'POST', headers: { 'Content-Type': contentType }, body });
const problemOf = async (response: Response) =>
  (await response.json()) as { detail: string; errors?: { field: string; message: string }[] };

describe('JSON bodies', () => {
  it('take UTF-8, however the charset names it, and refuse any other charset with 415', async () => {
    for (const contentType of [
      'application/json',
      'application/json; charset=utf-8',
      'application/json;charset="UTF-8"',
      'application/json; charset=utf8',
      'application/merge-patch+json; charset=utf-8',
    ]) {
      expect((await post('{"a":"ё"}', contentType)).status, contentType).toBe(200);
    }
    for (const contentType of [
      'application/json; charset=utf-16',
      'application/json; charset=latin1',
      'application/json; charset=us-ascii',
      'application/json; charset=nonsense',
      'text/plain',
    ]) {
      const refused = await post('{"a":"b"}', contentType);
      expect(refused.status, contentType).toBe(415);
      expect(refused.headers.get('Accept-Post')).toBe('application/json');
    }
  });

  it('refuse bytes that are not UTF-8 rather than replace them', async () => {
    const refused = await post(
      new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xc3, 0x28, 0x22, 0x7d]),
    );
    expect(refused.status).toBe(400);
    expect((await problemOf(refused)).detail).toBe('the body is not valid UTF-8');
  });

  it(`take ${MAX_JSON_DEPTH} levels of nesting and refuse one more, counting no bracket inside a string`, async () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect((await post(nested(MAX_JSON_DEPTH))).status).toBe(200);
    const deep = await post(nested(MAX_JSON_DEPTH + 1));
    expect(deep.status).toBe(400);
    expect((await problemOf(deep)).detail).toMatch(/nests deeper than 32 levels/);
    const huge = await post(nested(30_000));
    expect(huge.status).toBe(400);
    expect(JSON.stringify(await problemOf(huge))).not.toMatch(/call stack/i);
    const brackets = JSON.stringify({ text: `\\"${'['.repeat(100)}"{{{` });
    expect((await post(brackets)).status).toBe(200);
  });

  it('refuse __proto__ as a key anywhere, naming where', async () => {
    for (const [body, field] of [
      ['{"__proto__":{"a":"1"}}', '__proto__'],
      ['{"metadata":{"order":"1","__proto__":"x"}}', 'metadata.__proto__'],
      ['{"items":[{"ok":1},{"__proto__":{}}]}', 'items.1.__proto__'],
      ['{"metadata":{"\\u005f_proto__":"x"}}', 'metadata.__proto__'],
    ] as const) {
      const refused = await post(body);
      expect(refused.status, body).toBe(400);
      expect((await problemOf(refused)).errors).toEqual([
        { field, message: '__proto__ is not allowed as a key' },
      ]);
    }
    expect((await post('{"constructor":"x","prototype":"y","proto":"z"}')).status).toBe(200);
  });
});
