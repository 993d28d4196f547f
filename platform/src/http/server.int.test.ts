// Stopping the HTTP server drains it: a request in flight finishes with its answer, new connections
// are refused, and close() resolves only after that.
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { startHttpServer } from './server.ts';

describe('startHttpServer close()', () => {
  it('lets a request in flight finish before it resolves', async () => {
    let started!: () => void;
    const handlerStarted = new Promise<void>((resolve) => {
      started = resolve;
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const server = await startHttpServer(
      async () => {
        started();
        await released;
        return new Response('done');
      },
      0,
      createLogger('test', 'silent'),
    );
    const url = `http://127.0.0.1:${server.port}/`;

    const inFlight = fetch(url);
    await handlerStarted;
    let closed = false;
    const closing = server.close().then(() => {
      closed = true;
    });
    await expect(fetch(url)).rejects.toThrow(); // no new connections once stopping
    expect(closed).toBe(false); // the request in flight holds it open

    release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('done');
    await closing;
    expect(closed).toBe(true);
  });
});
