import { once } from 'node:events';
import { createConnection, createServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTcpProxy, type TcpProxy } from './tcpProxy.ts';

describe('tcp proxy', () => {
  const echo = createServer((socket) => socket.pipe(socket));
  let proxy: TcpProxy;
  beforeAll(async () => {
    echo.listen(0, '127.0.0.1');
    await once(echo, 'listening');
    const address = echo.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    proxy = await startTcpProxy({ host: '127.0.0.1', port: address.port });
  });
  afterAll(async () => {
    await proxy.close();
    echo.close();
  });

  const connect = async (): Promise<Socket> => {
    const socket = createConnection({ host: '127.0.0.1', port: proxy.port });
    await once(socket, 'connect');
    return socket;
  };
  const roundTrip = async (socket: Socket, text: string): Promise<string> => {
    socket.write(text);
    const [data] = (await once(socket, 'data')) as [Buffer];
    return data.toString();
  };

  it('carries traffic, cuts every connection on demand, and accepts new ones after', async () => {
    const before = await connect();
    expect(await roundTrip(before, 'ping')).toBe('ping');
    const closed = once(before, 'close');
    proxy.dropConnections();
    await closed;
    expect(before.destroyed).toBe(true);
    const after = await connect();
    expect(await roundTrip(after, 'again')).toBe('again');
    after.destroy();
  });

  it('turns every connection away while cut, and lets them through once restored', async () => {
    const before = await connect();
    const closed = once(before, 'close');
    proxy.cut();
    await closed;
    const refused = createConnection({ host: '127.0.0.1', port: proxy.port });
    refused.on('error', () => {});
    await once(refused, 'close');
    proxy.restore();
    const after = await connect();
    expect(await roundTrip(after, 'back')).toBe('back');
    after.destroy();
  });
});
