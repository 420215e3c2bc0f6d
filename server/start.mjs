#!/usr/bin/env node
/**
 * Serves a built site: `node server/start.mjs [dir]` (default `dist`, with `dist-server/` beside it). PORT and HOST come from
 * the environment (default 127.0.0.1:4173). SIGTERM or SIGINT closes it gracefully.
 * The live class's socket.io endpoint shares the port (server/live/index.mjs: REDIS_URL, LIVE_ORIGINS, LIVE_IDLE_MINUTES).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startLive } from './live/index.mjs';
import { createSiteServer, shutDown } from './site-server.mjs';

const dir = path.resolve(process.argv[2] || process.env.SITE_DIR || 'dist');
// Written by the build beside the site: the security headers, and each page's CSP (with its inlined styles' hash).
const headersFile = `${dir}-server/headers.json`;
if (!existsSync(headersFile)) {
  console.error(`${headersFile} is missing: build the site first (npm run build).`);
  process.exit(1);
}
const { headers, pages } = JSON.parse(readFileSync(headersFile, 'utf8'));
const port = Number(process.env.PORT || 4173);
const host = process.env.HOST || '127.0.0.1';

const server = createSiteServer({ dir, headers, pages });
server.on('error', (error) => {
  console.error(`Could not serve on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
let live;
try {
  live = await startLive(server);
} catch (error) {
  console.error(`Could not start the live class (is Redis at REDIS_URL running?): ${error.message}`);
  process.exit(1);
}
server.listen(port, host, () => {
  const { port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`Serving ${path.relative(process.cwd(), dir) || '.'} at http://${host}:${actual}/ (live classes: ${live.kind === 'redis' ? 'rooms in Redis' : 'rooms in this process'})`);
});

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests in flight, then stopping.`);
    live.close();
    void shutDown(server).then(() => process.exit(0));
  });
}
