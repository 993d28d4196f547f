// For tests: a TCP proxy on 127.0.0.1 that can cut every connection through it at once, which is
// what a server restart or a network fault does to a client. The client reconnects through the
// proxy, which keeps listening; `cut()` also turns away every new connection until `restore()`,
// which is what a server that stays down looks like.
import { once } from 'node:events';
import { createConnection, createServer, type Socket } from 'node:net';

export type TcpProxy = {
  port: number;
  /** Destroys every connection open through the proxy, on both sides. */
  dropConnections(): void;
  /** Drops every connection and closes each new one at once, until `restore()`. */
  cut(): void;
  /** Lets connections through again after `cut()`. */
  restore(): void;
  close(): Promise<void>;
};

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let down = false;
  const server = createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = createConnection(target);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the proxy has no port');
  const dropConnections = () => {
    for (const socket of open) socket.destroy();
    open.clear();
  };
  return {
    port: address.port,
    dropConnections,
    cut() {
      down = true;
      dropConnections();
    },
    restore() {
      down = false;
    },
    async close() {
      dropConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
