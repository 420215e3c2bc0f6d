#!/usr/bin/env node
/**
 * One live-class process without the site, for the bench and the fault test: the same
 * endpoint `npm start` serves (server/live/index.mjs, REDIS_URL from the environment), on
 * 127.0.0.1 and PORT (0: a free one). Prints `live on <port>` when ready; on request (`usage`
 * over IPC) reports its memory and CPU.
 */
import { createServer } from 'node:http';
import { startLive } from '../../server/live/index.mjs';

const server = createServer((_req, res) => res.writeHead(404).end());
const live = await startLive(server, process.env, { log: (m) => console.error(m) });
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  console.log(`live on ${server.address().port} (${live.kind})`);
});
process.on('message', (message) => {
  if (message === 'gc' && global.gc) global.gc();
  if (message === 'usage' || message === 'gc') process.send?.({ memory: process.memoryUsage(), cpu: process.cpuUsage() });
});
process.on('SIGTERM', () => {
  live.close();
  server.close(() => process.exit(0));
});
