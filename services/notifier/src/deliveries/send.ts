// One attempt: POST the body to the endpoint, connected to the address the target policy checked
// (never a second lookup that could answer differently), no redirects followed (a 3xx is an answer
// that is not a 2xx), at most `timeoutMs` for the answer to start. Keep-alive sockets are reused per
// host; each was opened to a checked address.
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { RESPONSE_BODY_LOG_BYTES } from '@payouts/contracts';
import { parseTarget, resolveTarget, type TargetPolicy, TargetRefused } from '../targets/targetPolicy.ts';

export type AttemptResult = {
  /** The receiver's status, or null when none came. */
  status: number | null;
  error: string | null;
  latencyMs: number;
  responseBody: string | null;
};

/** Sockets per host and replica: enough for a busy receiver, few enough not to flood a small one. */
const MAX_SOCKETS_PER_HOST = 16;
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS_PER_HOST }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS_PER_HOST }),
};

export const isSuccess = (result: AttemptResult) =>
  result.status !== null && result.status >= 200 && result.status < 300;

export async function sendWebhook(
  target: string,
  request: { body: string; headers: Record<string, string> },
  options: { policy: TargetPolicy; timeoutMs: number },
): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let url: URL;
  let address: { address: string; family: number };
  try {
    url = parseTarget(target, options.policy);
    address = await resolveTarget(url, options.policy);
  } catch (err) {
    const message = err instanceof TargetRefused ? `refused: ${err.message}` : (err as Error).message;
    return { status: null, error: message, latencyMs: elapsed(), responseBody: null };
  }
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [address]);
    else callback(null, address.address, address.family);
  };
  const module = url.protocol === 'https:' ? https : http;
  return new Promise<AttemptResult>((resolve) => {
    let settled = false;
    const finish = (result: Omit<AttemptResult, 'latencyMs'>, latencyMs = elapsed()) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, latencyMs });
    };
    const req = module.request(url, {
      method: 'POST',
      agent: agents[url.protocol as 'http:' | 'https:'],
      lookup: pinned,
      headers: {
        ...request.headers,
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(request.body)),
        'User-Agent': 'Payouts-Webhooks/1.0',
      },
    });
    const timer = setTimeout(() => {
      req.destroy(new Error(`no answer within ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    req.on('error', (err) => finish({ status: null, error: err.message, responseBody: null }));
    req.on('response', (res) => {
      const latencyMs = elapsed();
      const chunks: Buffer[] = [];
      let kept = 0;
      const done = () => {
        const text = Buffer.concat(chunks).toString('utf8');
        finish({ status: res.statusCode ?? null, error: null, responseBody: text }, latencyMs);
      };
      res.on('data', (chunk: Buffer) => {
        if (kept >= RESPONSE_BODY_LOG_BYTES) return;
        const part = chunk.subarray(0, RESPONSE_BODY_LOG_BYTES - kept);
        chunks.push(part);
        kept += part.length;
      });
      res.on('end', done);
      // The status is what counts: an answer whose body never ends is cut at the deadline, and the
      // attempt is judged by its status all the same.
      res.on('error', done);
      res.on('close', done);
    });
    req.end(request.body);
  });
}
