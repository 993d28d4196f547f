// The chaos run's webhook receiver: a local HTTP server that records every delivery it gets (the
// raw body, whether the signature verifies with the endpoint's secret, the time) and answers 200,
// or 500 to a configurable share, so that the notifier's retries are exercised too.
import { createServer, type Server } from 'node:http';
import { EVENT_ID_HEADER, SIGNATURE_HEADER, verifySignature } from '@payouts/contracts';

export type Receipt = {
  eventId: string;
  type: string;
  payoutId: string;
  revision: number;
  body: string;
  signatureOk: boolean;
  /** What the receiver answered: only a 2xx counts as delivered. */
  answered: number;
  at: number;
};

export type WebhookReceiver = {
  url: string;
  /** The endpoint's secret, known once the endpoint is created. */
  secret: string | null;
  receipts: Receipt[];
  /** Planted fault: the next delivered event is answered 200 and not recorded, as if lost. */
  loseNext: boolean;
  close(): Promise<void>;
};

export async function startReceiver(options: {
  port: number;
  /** Share (0..1) of requests answered 500. */
  failureShare: number;
  random: () => number;
}): Promise<WebhookReceiver> {
  const receiver: WebhookReceiver = {
    url: `http://127.0.0.1:${options.port}/hooks`,
    secret: null,
    receipts: [],
    loseNext: false,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let parsed: { id?: string; type?: string; revision?: number; data?: { object?: { id?: string } } } = {};
      try {
        parsed = JSON.parse(body);
      } catch {
        // recorded with what it has: a body that is not JSON is a finding of its own
      }
      const signature = req.headers[SIGNATURE_HEADER.toLowerCase()];
      const answered = options.random() < options.failureShare ? 500 : 200;
      const lost = answered === 200 && receiver.loseNext;
      if (lost) receiver.loseNext = false;
      else {
        receiver.receipts.push({
          eventId: String(parsed.id ?? req.headers[EVENT_ID_HEADER.toLowerCase()] ?? ''),
          type: String(parsed.type ?? ''),
          payoutId: String(parsed.data?.object?.id ?? ''),
          revision: Number(parsed.revision ?? -1),
          body,
          signatureOk:
            receiver.secret !== null &&
            typeof signature === 'string' &&
            verifySignature(signature, body, receiver.secret, Math.floor(Date.now() / 1000)),
          answered,
          at: Date.now(),
        });
      }
      res.writeHead(answered, { 'Content-Type': 'text/plain' }).end(answered === 200 ? 'ok' : 'try again');
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return receiver;
}
