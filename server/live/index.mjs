/**
 * Starts the live class on an HTTP server, from the environment:
 * - REDIS_URL (e.g. redis://127.0.0.1:6379): rooms in Redis and broadcasts through the socket.io
 *   Redis adapter, so several processes share rooms; without it, rooms live in this process.
 * - LIVE_ORIGINS: comma-separated origins allowed to connect (default: the server's own address).
 * - LIVE_IDLE_MINUTES: a room with no activity for this long ends (default 120).
 * - TRUST_PROXY=1: take the client's address from X-Forwarded-For (behind a reverse proxy).
 * - LIVE_JOINS_PER_MINUTE: joins (and rejoins) allowed per address per minute (default 1200: a
 *   large class behind one NAT, all rejoining once). Wrong codes are limited apart, to 10.
 */
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import { attachLive, LIVE_DEFAULTS } from './live-server.mjs';
import { MemoryStore } from './memory-store.mjs';
import { RedisStore } from './redis-store.mjs';

/**
 * @param {import('node:http').Server} httpServer
 * @param {Record<string, string | undefined>} env
 * @param {Partial<typeof LIVE_DEFAULTS>} [overrides]
 */
export async function startLive(httpServer, env = process.env, overrides = {}) {
  const idleMs = Number(env.LIVE_IDLE_MINUTES) > 0 ? Number(env.LIVE_IDLE_MINUTES) * 60_000 : LIVE_DEFAULTS.idleMs;
  const origins = (env.LIVE_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  const joins = Number(env.LIVE_JOINS_PER_MINUTE) > 0 ? { joins: { max: Number(env.LIVE_JOINS_PER_MINUTE), windowMs: 60_000 } } : {};
  const common = { origins, idleMs, trustProxy: env.TRUST_PROXY === '1', limits: joins, ...overrides };
  if (!env.REDIS_URL) {
    return { ...attachLive(httpServer, { ...common, store: new MemoryStore({ idleMs }) }), kind: 'memory' };
  }
  const options = { maxRetriesPerRequest: 2, enableOfflineQueue: true };
  const pub = new Redis(env.REDIS_URL, options);
  const sub = pub.duplicate();
  const data = pub.duplicate();
  await Promise.all([pub, sub, data].map((client) => (client.status === 'ready' ? undefined : new Promise((resolve, reject) => {
    client.once('ready', resolve);
    client.once('error', reject);
  }))));
  for (const client of [pub, sub, data]) client.on('error', (error) => console.error(`Redis: ${error.message}`));
  const live = attachLive(httpServer, { ...common, store: new RedisStore({ redis: data, idleMs }), adapter: createAdapter(pub, sub) });
  return {
    ...live,
    kind: 'redis',
    close() {
      live.close();
      for (const client of [pub, sub, data]) client.disconnect();
    },
  };
}
