/** Helpers for the live-class tests: a server on loopback, socket.io clients, Debian's redis-server on a free port. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connect, type Socket } from 'socket.io-client';
import { attachLive } from '../../server/live/live-server.mjs';
import { MemoryStore } from '../../server/live/memory-store.mjs';
import { RedisStore } from '../../server/live/redis-store.mjs';
import type { ClientMessages } from '../../src/live/protocol';

export type LiveOptions = Omit<Parameters<typeof attachLive>[1], 'store'> & { store?: Parameters<typeof attachLive>[1]['store'] };

export interface TestServer {
  port: number;
  http: Server;
  live: ReturnType<typeof attachLive>;
  close: () => Promise<void>;
}

/** The live endpoint on a plain HTTP server on 127.0.0.1 (the site handler is not needed here). */
export async function startLiveServer(options: LiveOptions = {}): Promise<TestServer> {
  const http = createServer((_req, res) => res.end('site'));
  const idleMs = options.idleMs ?? 60_000;
  const live = attachLive(http, { store: new MemoryStore({ idleMs }), log: () => {}, ...options, idleMs });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    port,
    http,
    live,
    close: async () => {
      live.close();
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

const sockets: Socket[] = [];

/** A socket.io client as the browser makes it (WebSocket only), connected. */
export async function client(port: number, options: Parameters<typeof connect>[1] = {}): Promise<Socket> {
  const socket = connect(`http://127.0.0.1:${port}`, { transports: ['websocket'], reconnection: false, forceNew: true, ...options });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

export function closeClients() {
  for (const socket of sockets.splice(0)) socket.disconnect();
}

/** Sends a message and waits for the server's reply. */
export function call<E extends keyof ClientMessages>(socket: Socket, event: E, payload: ClientMessages[E][0]): Promise<ClientMessages[E][1]> {
  return socket.timeout(5000).emitWithAck(event, payload) as Promise<ClientMessages[E][1]>;
}

/** Resolves with the next `event` the socket receives that satisfies `test`. */
export function next<T>(socket: Socket, event: string, test: (payload: T) => boolean = () => true, ms = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    const listener = (payload: T) => {
      if (!test(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

export { freePort, startRedis } from '../../scripts/live/redis.mjs';

export { RedisStore };
