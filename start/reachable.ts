// Whether a server answers on a TCP port: how `npm start` decides between the servers it was given
// and the embedded ones, before any client library retries and times out on its own.
import { connect } from 'node:net';

/** How long a local server has to accept a connection; a local one answers in microseconds. */
const PROBE_TIMEOUT_MS = 1_000;

export function isReachable(host: string, port: number, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Host and port of a `scheme://host:port/...` URL, with the scheme's default port. */
export function hostAndPort(url: string, defaultPort: number): { host: string; port: number } {
  const parsed = new URL(url);
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : defaultPort,
  };
}
