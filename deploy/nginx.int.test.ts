// deploy/nginx/nginx.conf run by a real nginx, in front of two stub upstreams standing in for
// command-api and query-api (they answer every request with their own name and record what they got).
// It shows what a client of the stack meets at the proxy: which paths reach which service and which
// never leave, the headers the services receive, nginx's own errors as problem documents, and
// connections to the services kept alive.
//
// The stack runs nginx 1.30; this runs whatever nginx is installed (Debian's 1.22 here), with the
// file changed only where it must be: the upstream servers point at the stubs instead of Docker's
// DNS names, without `resolve` (open-source nginx has it since 1.27.3), the listeners move to free
// ports, logs, pid and temporary files go to a temporary directory, and one worker process makes
// connection reuse countable. Without an nginx binary the suite is reported as skipped, with why.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '@payouts/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find((p) =>
  existsSync(p),
);
const skipReason = NGINX ? undefined : 'no nginx binary here (apt-get install nginx-light)';

type Seen = { service: string; method: string; url: string; headers: IncomingHttpHeaders; socket: number };

/** An HTTP server that answers `{"service": name}` and records each request and the socket it came on. */
async function startStub(name: string, seen: Seen[]): Promise<{ port: number; server: Server }> {
  let sockets = 0;
  const ids = new WeakMap<Socket, number>();
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      seen.push({
        service: name,
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        socket: ids.get(req.socket)!,
      });
      const body = JSON.stringify({ service: name });
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });
  server.on('connection', (socket) => ids.set(socket, ++sockets));
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, server };
}

/** Replaces `from` in `text`, failing when it is not there: a renamed line must not go unnoticed. */
function replaceOnce(text: string, from: string, to: string): string {
  expect(text, `deploy/nginx/nginx.conf no longer has "${from}"`).toContain(from);
  return text.replace(from, to);
}

type RawResponse = { status: number; headers: Record<string, string>; body: string };

/**
 * Sends `request` as written (no client library rewrites it) and reads one answer: up to its
 * Content-Length (nginx may keep reading a refused body for seconds), or to the connection's end.
 */
function raw(port: number, request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0);
    let done = false;
    const parse = (): RawResponse | undefined => {
      const text = received.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end === -1) return undefined;
      const [statusLine = '', ...lines] = text.slice(0, end).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      return { status: Number(statusLine.split(' ')[1]), headers, body: text.slice(end + 4) };
    };
    const finish = (response: RawResponse) => {
      done = true;
      socket.destroy();
      resolve(response);
    };
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      const response = parse();
      const length = Number(response?.headers['content-length'] ?? Number.NaN);
      const complete = request.startsWith('HEAD ') || response?.body.length === length;
      if (response && complete && !done) finish(response);
    });
    socket.on('error', (err) => !done && reject(err));
    socket.on('close', () => {
      const response = parse();
      if (done) return;
      if (response) finish(response);
      else reject(new Error(`no answer to ${request.split('\r\n')[0]}`));
    });
  });
}

const get = (port: number, path: string, extra = '') =>
  raw(port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${extra}Connection: close\r\n\r\n`);

function expectProblem(response: RawResponse, status: number): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toBe('application/problem+json');
  expect(JSON.parse(response.body)).toMatchObject({ type: 'about:blank', status });
}

describe.skipIf(!NGINX)(
  `deploy/nginx/nginx.conf in a real nginx${skipReason ? ` (${skipReason})` : ''}`,
  () => {
    const seen: Seen[] = [];
    let dir: string;
    let port: number;
    let healthPort: number;
    let nginx: ChildProcess;
    let commandApi: { port: number; server: Server };
    let queryApi: { port: number; server: Server };
    let notifier: { port: number; server: Server };
    let stderr = '';

    beforeAll(async () => {
      commandApi = await startStub('command-api', seen);
      queryApi = await startStub('query-api', seen);
      notifier = await startStub('notifier', seen);
      port = await freePort();
      healthPort = await freePort();
      dir = mkdtempSync(join(tmpdir(), 'payouts-nginx-'));
      chmodSync(dir, 0o777); // worker processes run as nobody when the test runs as root
      let conf = readFileSync(join(import.meta.dirname, 'nginx/nginx.conf'), 'utf8');
      conf = replaceOnce(conf, 'worker_processes auto;', 'worker_processes 1;');
      conf = replaceOnce(conf, 'pid /tmp/nginx.pid;', `pid ${dir}/nginx.pid;`);
      conf = replaceOnce(conf, 'access_log /dev/stdout main;', `access_log ${dir}/access.log main;`);
      conf = replaceOnce(conf, 'error_log /dev/stderr warn;', `error_log ${dir}/error.log warn;`);
      conf = replaceOnce(conf, 'server command-api:8080 resolve;', `server 127.0.0.1:${commandApi.port};`);
      conf = replaceOnce(conf, 'server query-api:8080 resolve;', `server 127.0.0.1:${queryApi.port};`);
      conf = replaceOnce(conf, 'server notifier:8080 resolve;', `server 127.0.0.1:${notifier.port};`);
      conf = replaceOnce(conf, 'listen 8080;', `listen 127.0.0.1:${port};`);
      conf = replaceOnce(conf, 'listen 127.0.0.1:8081;', `listen 127.0.0.1:${healthPort};`);
      conf = replaceOnce(
        conf,
        'http {',
        `http {\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;`,
      );
      writeFileSync(join(dir, 'nginx.conf'), conf);
      const args = ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'startup.log')];

      const check = spawnSync(NGINX!, [...args, '-t'], { encoding: 'utf8' });
      expect(check.status, `nginx -t: ${check.stderr}`).toBe(0);

      nginx = spawn(NGINX!, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
      nginx.stderr!.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      for (let attempt = 0; ; attempt++) {
        const answered = await raw(
          healthPort,
          'GET /nginx-health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
        )
          .then((r) => r.status === 200)
          .catch(() => false);
        if (answered) break;
        if (attempt > 100 || nginx.exitCode !== null) throw new Error(`nginx did not start: ${stderr}`);
        await sleep(50);
      }
    });

    afterAll(async () => {
      if (nginx && nginx.exitCode === null) {
        const exited = new Promise((resolve) => nginx.once('exit', resolve));
        nginx.kill('SIGQUIT');
        await exited;
      }
      await Promise.all(
        [commandApi, queryApi, notifier].map((s) => s && new Promise((r) => s.server.close(r))),
      );
      if (dir && !process.env.KEEP_NGINX_DIR) rmSync(dir, { recursive: true, force: true });
    });

    it('sends reads of payouts and reports to query-api, webhooks to the notifier, and writes and the API docs to command-api', async () => {
      const routes: [method: string, path: string, service: string][] = [
        ['GET', '/api/v1/payouts/', 'query-api'],
        ['GET', '/api/v1/payouts/8d7e/history?limit=5', 'query-api'],
        ['HEAD', '/api/v1/payouts', 'query-api'],
        ['GET', '/api/v1/reports/daily-totals', 'query-api'],
        ['POST', '/api/v1/payouts/', 'command-api'],
        ['PATCH', '/api/v1/payouts/8d7e/', 'command-api'],
        ['DELETE', '/api/v1/payouts/8d7e/', 'command-api'],
        ['GET', '/api/v1/swagger', 'command-api'],
        ['GET', '/api/v1/swagger/assets/swagger-ui.css', 'command-api'],
        ['GET', '/api/v1/openapi.json', 'command-api'],
        ['GET', '/api/v1/no-such-thing', 'command-api'],
        ['GET', '/api/v1/webhook-endpoints', 'notifier'],
        ['POST', '/api/v1/webhook-endpoints/', 'notifier'],
        ['PATCH', '/api/v1/webhook-endpoints/8d7e', 'notifier'],
        ['GET', '/api/v1/webhook-deliveries/8d7e', 'notifier'],
        ['POST', '/api/v1/webhook-replays', 'notifier'],
        ['GET', '/api/v1/webhook-endpointsx', 'command-api'],
      ];
      for (const [method, path, service] of routes) {
        const body = method === 'POST' || method === 'PATCH' ? '{}' : '';
        const response = await raw(
          port,
          `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
        );
        expect(response.status, `${method} ${path}`).toBe(200);
        expect(seen.at(-1), `${method} ${path}`).toMatchObject({ service, method, url: path });
      }
    });

    it('never lets /healthz, /readyz, /metrics or anything outside the API leave the network', async () => {
      const before = seen.length;
      for (const path of [
        '/healthz',
        '/readyz',
        '/metrics',
        '/metrics/',
        '/healthz/',
        '/readyz?verbose=1',
        '//metrics',
        '/%6detrics',
        '/api/v1/../../healthz',
        '/api/v1/%2e%2e/%2e%2e/readyz',
        '/nginx-health',
        '/',
        '/favicon.ico',
      ]) {
        expectProblem(await get(port, path), 404);
      }
      expect(seen.slice(before)).toEqual([]);
    });

    it('tells the services the host, port and scheme the client used, and the correlation id', async () => {
      await get(port, '/api/v1/payouts/');
      expect(seen.at(-1)!.headers).toMatchObject({
        host: `127.0.0.1:${port}`,
        'x-forwarded-host': `127.0.0.1:${port}`,
        'x-forwarded-proto': 'http',
        'x-forwarded-for': '127.0.0.1',
      });
      expect(seen.at(-1)!.headers['x-correlation-id']).toMatch(/^[0-9a-f]{32}$/);

      // Behind a TLS proxy that says so; a value that is not a scheme is not believed.
      await get(port, '/api/v1/payouts/', 'X-Forwarded-Proto: https\r\n');
      expect(seen.at(-1)!.headers['x-forwarded-proto']).toBe('https');
      await raw(
        port,
        `GET /api/v1/payouts/ HTTP/1.1\r\nHost: payouts.example:8443\r\nX-Forwarded-Proto: https\r\nX-Correlation-Id: req-42\r\nConnection: close\r\n\r\n`,
      );
      expect(seen.at(-1)!.headers).toMatchObject({
        host: 'payouts.example:8443',
        'x-forwarded-proto': 'https',
        'x-correlation-id': 'req-42',
      });
      await get(port, '/api/v1/payouts/', 'X-Forwarded-Proto: javascript\r\n');
      expect(seen.at(-1)!.headers['x-forwarded-proto']).toBe('http');
    });

    it('keeps connections to the services alive instead of opening one per request', async () => {
      const before = seen.length;
      for (let i = 0; i < 8; i++) await get(port, '/api/v1/payouts/');
      const sockets = new Set(seen.slice(before).map((s) => s.socket));
      expect(sockets.size).toBe(1);
    });

    it("answers nginx's own errors as problem documents", async () => {
      // A body over client_max_body_size (1m), refused from its Content-Length before it is sent.
      expectProblem(
        await raw(
          port,
          `POST /api/v1/payouts/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 2000000\r\nConnection: close\r\n\r\n`,
        ),
        413,
      );
      expectProblem(await get(port, `/api/v1/payouts/?search=${'a'.repeat(9000)}`), 414);
      expectProblem(await raw(port, 'GET /api/v1/payouts/ HTTP/1.1\r\nConnection: close\r\n\r\n'), 400);
      expectProblem(await get(port, '/api/v1/payouts/', `X-Padding: ${'a'.repeat(9000)}\r\n`), 400);
      expectProblem(await raw(port, 'GET /api/v1/payouts/ HTTP/9.9\r\nHost: x\r\n\r\n'), 505);
      expectProblem(
        await raw(
          port,
          'POST /api/v1/payouts/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\nConnection: close\r\n\r\n',
        ),
        501,
      );
      expectProblem(
        await raw(port, 'TRACE /api/v1/payouts/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
        405,
      );
    });

    it('answers 503 with Retry-After as a problem document when no replica of a service answers', async () => {
      await new Promise((resolve) => queryApi.server.close(resolve));
      queryApi.server.closeAllConnections();
      const response = await get(port, '/api/v1/payouts/');
      expectProblem(response, 503);
      expect(response.headers['retry-after']).toBe('2');
    });
  },
);
