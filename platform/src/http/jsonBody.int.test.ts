// JSON bodies as Node serves them: read from Node's own request (not through a web Request), in
// whatever chunks they arrive, limited with or without Content-Length, and, served behind
// reservePort as every service is, still read that way.
import { request as httpRequest } from 'node:http';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { closeWhenBodyUnread } from './connection.ts';
import { jsonBody } from './jsonBody.ts';
import { problemErrorHandler } from './problem.ts';
import { type HttpServer, reservePort, startHttpServer } from './server.ts';

const logger = createLogger('test', 'silent');
const app = new Hono();
app.onError(problemErrorHandler(logger));
app.use('*', closeWhenBodyUnread);
const READ_THROUGH_HONO = 'readThroughHono';
app.post(
  '/',
  async (c, next) => {
    // Asking Hono for the body is what makes @hono/node-server build a web Request: note it if it happens.
    const viaHono = c.req.arrayBuffer.bind(c.req);
    Object.defineProperty(c.req, 'arrayBuffer', {
      value: () => {
        c.header('X-Read', READ_THROUGH_HONO);
        return viaHono();
      },
    });
    await next();
  },
  jsonBody,
  async (c) => c.json({ received: await c.req.json() }),
);

type Answer = { status: number; connection: string | undefined; read: string | undefined; body: string };

/** Sends `chunks` one write each, chunked when no Content-Length is given. */
function post(port: number, chunks: string[], headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { port, method: 'POST', path: '/', headers: { 'Content-Type': 'application/json', ...headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => {
          body += d;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            connection: res.headers.connection,
            read: res.headers['x-read'] as string | undefined,
            body,
          }),
        );
      },
    );
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('JSON bodies served by Node', () => {
  let direct: HttpServer;
  let reserved: Awaited<ReturnType<typeof reservePort>>;
  beforeAll(async () => {
    direct = await startHttpServer(app.fetch, 0, logger);
    reserved = await reservePort(0, logger);
    reserved.serve(app.fetch);
  });
  afterAll(async () => {
    await direct.close();
    await reserved.close();
  });

  it('reads a body sent in several chunks, with and without Content-Length', async () => {
    for (const port of [direct.port, reserved.port]) {
      const chunked = await post(port, ['{"amount":', '"100.50",', '"metadata":{"a":"ё"}}']);
      expect(chunked.status).toBe(200);
      expect(JSON.parse(chunked.body)).toEqual({
        received: { amount: '100.50', metadata: { a: 'ё' } },
      });
      expect(chunked.read).toBeUndefined();
      const text = '{"a":"b"}';
      const sized = await post(port, [text], { 'Content-Length': String(Buffer.byteLength(text)) });
      expect(sized.status).toBe(200);
      expect(sized.connection).toBe('keep-alive');
      expect(sized.read).toBeUndefined();
    }
  });

  it('refuses a body over 64 KiB with 413 and closes the connection, chunked or sized', async () => {
    const big = `{"a":"${'x'.repeat(70 * 1024)}"}`;
    const chunked = await post(direct.port, [big.slice(0, 30_000), big.slice(30_000)]);
    expect(chunked.status).toBe(413);
    expect(chunked.connection).toBe('close');
    const sized = await post(direct.port, [big], { 'Content-Length': String(Buffer.byteLength(big)) });
    expect(sized.status).toBe(413);
    expect(sized.connection).toBe('close');
  });

  it('reads through Hono where there is no Node request (app.request)', async () => {
    const res = await app.request('/', {
      method: 'POST',
      body: '{"a":"b"}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Read')).toBe(READ_THROUGH_HONO);
  });

  it('answers an empty or malformed body with 400', async () => {
    expect((await post(direct.port, [], { 'Content-Length': '0' })).status).toBe(400);
    expect((await post(direct.port, ['{"a":'])).status).toBe(400);
  });
});
