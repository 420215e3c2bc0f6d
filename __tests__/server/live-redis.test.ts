/** @jest-environment node */
/**
 * Two live-class processes sharing rooms through Debian's redis-server on a loopback port:
 * a learner who reconnects to the other process keeps their seat and answers, and killing one
 * process mid-round loses no answer already sent.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Redis } from 'ioredis';
import { createAdapter } from '@socket.io/redis-adapter';
import { correctResponse } from '../../src/quiz/lib/grade';
import { questionFacts } from '../../src/live/facts';
import type { RoomState } from '../../src/live/protocol';
import { call, client, closeClients, next, RedisStore, startLiveServer, startRedis, type TestServer } from '../support/live';
import { startBalancer } from '../../scripts/live/balancer.mjs';
import { simHost, simLearner } from '../../scripts/live/sim.mjs';
import bank1 from '../../lessons/01-what-is-fine-tuning.questions';

const question = bank1.find((q) => q.type === 'single')!;
let redis: Awaited<ReturnType<typeof startRedis>>;
const clients: Redis[] = [];
const servers: TestServer[] = [];

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});
afterEach(async () => {
  closeClients();
  await Promise.all(servers.splice(0).map((s) => s.close()));
  for (const c of clients.splice(0)) c.disconnect();
  // Each test starts with an empty Redis (rate-limit counts included).
  const admin = new Redis(redis.url);
  await admin.flushall();
  admin.disconnect();
});

/** A process's worth of live endpoint: its own Redis connections, store and adapter. */
async function redisServer(idleMs = 60_000) {
  const pub = new Redis(redis.url);
  const sub = pub.duplicate();
  const data = pub.duplicate();
  clients.push(pub, sub, data);
  const server = await startLiveServer({ store: new RedisStore({ redis: data, idleMs }), adapter: createAdapter(pub, sub), idleMs, sweepMs: 100 });
  servers.push(server);
  return server;
}

describe('two processes behind Redis', () => {
  it('share a room: the trainer on one sees answers sent to the other, and a learner who moves keeps their answer', async () => {
    const [a, b] = [await redisServer(), await redisServer()];
    const host = await client(b.port);
    const created = await call(host, 'host:create', { deck: 'what-is-fine-tuning' });
    if (!created.ok) throw new Error(created.message);
    const { code, hostToken } = created;
    const ada = await client(a.port);
    const joined = await call(ada, 'learner:join', { code, name: 'Ada' });
    if (!joined.ok) throw new Error(joined.message);

    const opened = next<RoomState>(ada, 'room:state', (s) => s.phase === 'open');
    await call(host, 'host:open', { code, hostToken, question: questionFacts(question) });
    await opened;
    const tally = next<{ answered: number }>(host, 'room:tally', (t) => t.answered === 1);
    await call(ada, 'learner:answer', { round: 1, response: correctResponse(question) });
    await tally;

    ada.disconnect();
    const moved = await client(b.port);
    expect(await call(moved, 'learner:join', { code, name: 'Ada', token: joined.token })).toMatchObject({
      ok: true,
      name: 'Ada',
      answer: correctResponse(question),
    });
    const revealed = await call(host, 'host:reveal', { code, hostToken });
    expect(revealed.ok && revealed.state.result).toMatchObject({ answered: 1, right: 1 });

    // Ending the class on one process reaches devices on the other, and leaves nothing in Redis.
    const bo = await client(a.port);
    await call(bo, 'learner:join', { code, name: 'Bo' });
    const ended = next(bo, 'room:ended');
    await call(host, 'host:end', { code, hostToken });
    await ended;
    const keys = await clients[0]!.keys(`live:{${code}}:*`);
    expect(keys).toEqual([]);
  });

  it('expire an idle room in Redis, and tell its devices', async () => {
    const server = await redisServer(400);
    const host = await client(server.port);
    const created = await call(host, 'host:create', { deck: 'what-is-fine-tuning' });
    if (!created.ok) throw new Error(created.message);
    const ada = await client(server.port);
    await call(ada, 'learner:join', { code: created.code, name: 'Ada' });
    expect(await next(ada, 'room:ended', () => true, 4000)).toEqual({ reason: 'expired' });
    expect(await clients[0]!.keys(`live:{${created.code}}:*`)).toEqual([]);
  });

  it('count join failures across processes', async () => {
    const [a, b] = [await redisServer(), await redisServer()];
    const socketA = await client(a.port);
    const socketB = await client(b.port);
    for (let i = 0; i < 5; i += 1) await call(socketA, 'learner:join', { code: `ZZZZZZ0${i}`, name: 'Eve' });
    for (let i = 0; i < 5; i += 1) await call(socketB, 'learner:join', { code: `ZZZZZZ1${i}`, name: 'Eve' });
    expect(await call(socketB, 'learner:join', { code: 'ZZZZZZ99', name: 'Eve' })).toMatchObject({ error: 'rate-limited' });
  });
});

describe('fault: one of two processes killed mid-round', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  });

  function liveProcess(): Promise<{ child: ChildProcess; port: number }> {
    const child = spawn(process.execPath, [path.resolve(__dirname, '../../scripts/live/live-node.mjs')], {
      env: { ...process.env, REDIS_URL: redis.url, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    return new Promise((resolve, reject) => {
      child.stdout?.on('data', (data: Buffer) => {
        const match = /live on (\d+)/.exec(data.toString());
        if (match) resolve({ child, port: Number(match[1]) });
      });
      child.once('exit', (code) => reject(new Error(`live process exited with ${code}`)));
    });
  }

  it('loses no answer already sent, and every learner is back within 5 s', async () => {
    const [a, b] = await Promise.all([liveProcess(), liveProcess()]);
    const balancer = await startBalancer([a.port, b.port]);
    const sims: { socket: { disconnect: () => void } }[] = [];
    try {
      const url = `http://127.0.0.1:${balancer.port}`;
      const host = await simHost(url);
      sims.push(host);
      const learners = Array.from({ length: 40 }, (_, i) => simLearner(url, host.code, `Learner ${i + 1}`));
      sims.push(...learners);
      await Promise.all(learners.map((l) => l.ready));
      await host.ask('host:open', { question: questionFacts(question) });
      // Half the room answers and has it acknowledged; then process A dies.
      const first = learners.slice(0, 20);
      await Promise.all(first.map((l) => l.answer(1, correctResponse(question))));
      expect(first.every((l) => l.acked.has(1))).toBe(true);
      const killedAt = Date.now();
      a.child.kill('SIGKILL');
      // The other half answers while their connections may be dropping.
      const second = learners.slice(20);
      await Promise.all(second.map((l) => l.answer(1, correctResponse(question))));

      // Everyone cut off is back (rejoined with their token) within 5 s.
      const dropped = learners.filter((l) => l.lostAt !== undefined);
      expect(dropped.length).toBeGreaterThan(0);
      const deadline = killedAt + 5000;
      while (Date.now() < deadline && dropped.some((l) => !(l.joinedAt.at(-1)! > killedAt))) await new Promise((r) => setTimeout(r, 50));
      const back = dropped.map((l) => (l.joinedAt.at(-1) ?? 0) - killedAt);
      expect(Math.max(...back)).toBeLessThanOrEqual(5000);
      // Every answer acknowledged before the kill is still there, and the late ones arrived.
      while (Date.now() < deadline && learners.some((l) => !l.acked.has(1))) await new Promise((r) => setTimeout(r, 50));
      const revealed = await host.ask('host:reveal');
      expect(revealed.ok && revealed.state.result).toMatchObject({ answered: 40, right: 40 });
    } finally {
      for (const sim of sims) sim.socket.disconnect();
      await balancer.close();
    }
  }, 30_000);
});
