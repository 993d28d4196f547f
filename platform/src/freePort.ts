import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';

/**
 * A TCP port on 127.0.0.1 nobody listens on right now, for a server started as another process (npm
 * start's embedded PostgreSQL, a test's service or server). Another process may still take it before
 * that server binds: use it only where 0 cannot be passed.
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
