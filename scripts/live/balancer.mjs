/**
 * A TCP load balancer for the bench and the fault test, as a deployment puts one in front of
 * several processes: each new connection goes to the next backend that accepts it. WebSocket
 * only, so no sticky sessions are needed.
 */
import { createConnection, createServer } from 'node:net';

/** @param {number[]} ports the backends, on 127.0.0.1 @returns {Promise<{ port: number, close: () => Promise<void> }>} */
export function startBalancer(ports) {
  let next = 0;
  const open = new Set();
  const server = createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    const tryBackend = (left) => {
      const port = ports[next++ % ports.length];
      const backend = createConnection({ port, host: '127.0.0.1' });
      let connected = false;
      backend.on('error', () => {
        if (connected) client.destroy();
        else if (left > 1) tryBackend(left - 1);
        else client.destroy();
      });
      backend.once('connect', () => {
        connected = true;
        client.pipe(backend).pipe(client);
        open.add(backend);
        backend.on('close', () => {
          open.delete(backend);
          client.destroy();
        });
        client.on('close', () => backend.destroy());
      });
    };
    client.on('error', () => {});
    tryBackend(ports.length);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: server.address().port,
        close: () =>
          new Promise((done) => {
            for (const socket of open) socket.destroy();
            server.close(() => done());
          }),
      }),
    );
  });
}
