#!/usr/bin/env node
/**
 * `npm run bench:live`: the live class under load, on loopback only, bounded in count and time.
 * 300 simulated learners (socket.io-client) join a room and play ROUNDS rounds, first against one
 * process (rooms in memory), then against two processes behind Redis (Debian's redis-server on a
 * free loopback port, learners spread over both by a TCP balancer). Then the fault run: one of the
 * two processes is killed mid-round. Prints, per run:
 * - the time from the round's last answer to the trainer's tally of all of them (p50, p95);
 * - answers lost (acknowledged to a learner, missing from the reveal's count);
 * - the servers' memory per connected learner (heap and RSS growth after GC, divided by learners);
 * - the servers' CPU time during the run.
 * Fails (exit 1) unless: 0 lost, tally p95 ≤ 200 ms, ≤ 50 KB per learner, and in the fault run,
 * every dropped learner back within 5 s.
 */
import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBalancer } from './live/balancer.mjs';
import { startRedis } from './live/redis.mjs';
import { simHost, simLearner } from './live/sim.mjs';

const LEARNERS = Number(process.env.LIVE_BENCH_LEARNERS || 300);
const ROUNDS = 20;
const LIMIT_MS = 180_000;
const GOALS = { tallyP95Ms: 200, bytesPerLearner: 50 * 1024, reconnectMs: 5000 };
const here = path.dirname(fileURLToPath(import.meta.url));

const deadline = setTimeout(() => {
  console.error(`bench:live: gave up after ${LIMIT_MS / 1000} s.`);
  process.exit(1);
}, LIMIT_MS);
deadline.unref();

const QUESTION = {
  type: 'single',
  id: 'bench-question',
  lesson: 'what-is-fine-tuning',
  options: [
    { id: 'a', correct: true },
    { id: 'b', correct: false },
    { id: 'c', correct: false },
    { id: 'd', correct: false },
  ],
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** A live process (scripts/live/live-node.mjs) with --expose-gc, reporting memory and CPU over IPC. */
async function liveProcess(env) {
  const child = fork(path.join(here, 'live/live-node.mjs'), [], {
    // Every simulated learner comes from 127.0.0.1: one address, joining and rejoining 300 times a minute.
    env: { ...process.env, PORT: '0', LIVE_JOINS_PER_MINUTE: '10000', ...env },
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const port = await new Promise((resolve, reject) => {
    child.stdout.on('data', (data) => {
      const match = /live on (\d+)/.exec(String(data));
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`live process exited with ${code}`)));
  });
  const usage = () =>
    new Promise((resolve) => {
      child.once('message', resolve);
      child.send('gc');
    });
  return { child, port, usage };
}

async function connectAll(url, code) {
  const learners = [];
  // In batches, as a room fills: a burst of 300 handshakes at once measures the loopback, not the class.
  for (let i = 0; i < LEARNERS; i += 50) {
    const batch = Array.from({ length: Math.min(50, LEARNERS - i) }, (_, j) => simLearner(url, code, `Learner ${i + j + 1}`));
    await Promise.all(batch.map((l) => l.ready));
    learners.push(...batch);
  }
  return learners;
}

/** One round: open, every learner answers within a second, wait for the tally of all, reveal. */
async function playRound(host, learners, round) {
  let tallyAt = 0;
  const all = new Promise((resolve) => {
    const listener = (tally) => {
      if (tally.round === round && tally.answered >= learners.length) {
        tallyAt = performance.now();
        host.socket.off('room:tally', listener);
        resolve(undefined);
      }
    };
    host.socket.on('room:tally', listener);
  });
  const opened = await host.ask('host:open', { question: QUESTION });
  if (!opened.ok) throw new Error(opened.message);
  let lastSentAt = 0;
  const acks = [];
  await Promise.all(
    learners.map(async (learner, i) => {
      await sleep(Math.random() * 1000);
      const sentAt = performance.now();
      lastSentAt = Math.max(lastSentAt, sentAt);
      await learner.answer(round, { type: 'single', choice: QUESTION.options[i % 4].id });
      acks.push(performance.now() - sentAt);
    }),
  );
  await Promise.race([all, sleep(5000)]);
  const revealed = await host.ask('host:reveal');
  const acked = learners.filter((l) => l.acked.has(round)).length;
  const answered = revealed.ok ? revealed.state.result.answered : 0;
  return { latency: tallyAt ? tallyAt - lastSentAt : Infinity, acks, lost: Math.max(0, acked - answered), unacked: learners.length - acked };
}

async function run(label, urlOf, processes) {
  const before = await Promise.all(processes.map((p) => p.usage()));
  const host = await simHost(urlOf(0));
  const learners = await connectAll(urlOf(1), host.code);
  const joined = await Promise.all(processes.map((p) => p.usage()));
  const latencies = [];
  const acks = [];
  let lost = 0;
  let unacked = 0;
  const started = performance.now();
  for (let round = 1; round <= ROUNDS; round += 1) {
    const r = await playRound(host, learners, round);
    latencies.push(r.latency);
    acks.push(...r.acks);
    lost += r.lost;
    unacked += r.unacked;
  }
  const wall = performance.now() - started;
  const after = await Promise.all(processes.map((p) => p.usage()));
  const sum = (list, f) => list.reduce((n, x) => n + f(x), 0);
  const heap = (sum(joined, (u) => u.memory.heapUsed + u.memory.external) - sum(before, (u) => u.memory.heapUsed + u.memory.external)) / LEARNERS;
  const rss = (sum(joined, (u) => u.memory.rss) - sum(before, (u) => u.memory.rss)) / LEARNERS;
  const cpu = (sum(after, (u) => u.cpu.user + u.cpu.system) - sum(joined, (u) => u.cpu.user + u.cpu.system)) / 1000;
  for (const l of learners) l.socket.disconnect();
  host.socket.disconnect();
  const result = { label, p50: pct(latencies, 50), p95: pct(latencies, 95), lost, unacked, heap, rss, cpu, wall };
  console.log(
    `${label}: ${LEARNERS} learners, ${ROUNDS} rounds. Tally after last answer p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms;` +
      ` each answer acknowledged p50 ${pct(acks, 50).toFixed(1)} ms, p95 ${pct(acks, 95).toFixed(1)} ms; answers lost ${lost} (unacknowledged ${unacked}); memory per learner ${kb(heap)} heap, ${kb(rss)} RSS;` +
      ` server CPU ${cpu.toFixed(0)} ms over ${(wall / 1000).toFixed(1)} s of rounds (${((cpu / wall) * 100).toFixed(0)}% of one core).`,
  );
  return result;
}

/** Kills one of two processes while a round is half answered. */
async function faultRun(urlOf, victim) {
  const host = await simHost(urlOf(0));
  const learners = await connectAll(urlOf(1), host.code);
  await host.ask('host:open', { question: QUESTION });
  const half = Math.floor(learners.length / 2);
  await Promise.all(learners.slice(0, half).map((l) => l.answer(1, { type: 'single', choice: 'a' })));
  const ackedBefore = learners.slice(0, half).filter((l) => l.acked.has(1)).length;
  const killedAt = Date.now();
  victim.child.kill('SIGKILL');
  await Promise.all(learners.slice(half).map((l) => l.answer(1, { type: 'single', choice: 'b' })));
  const dropped = learners.filter((l) => l.lostAt !== undefined);
  const limit = killedAt + 10_000;
  while (Date.now() < limit && (dropped.some((l) => !(l.joinedAt.at(-1) > killedAt)) || learners.some((l) => !l.acked.has(1)))) await sleep(50);
  const back = dropped.map((l) => (l.joinedAt.at(-1) > killedAt ? l.joinedAt.at(-1) - killedAt : Infinity));
  const revealed = await host.ask('host:reveal');
  const result = revealed.ok ? revealed.state.result : { answered: 0, bars: [] };
  const keptFirstHalf = result.bars.find((b) => b.id === 'a')?.count ?? 0;
  const lost = Math.max(0, ackedBefore - keptFirstHalf) + learners.filter((l) => !l.acked.has(1)).length;
  for (const l of learners) l.socket.disconnect();
  host.socket.disconnect();
  const maxBack = Math.max(0, ...back);
  console.log(
    `fault (one of two processes killed mid-round): ${ackedBefore} answers acknowledged before the kill, ${keptFirstHalf} of them in the reveal;` +
      ` ${result.answered} of ${learners.length} answers counted; answers lost ${lost}; ${dropped.length} learners dropped,` +
      ` back within p50 ${pct(back, 50)} ms, max ${maxBack} ms.`,
  );
  return { lost, maxBack };
}

console.log(`bench:live on loopback; load average ${os.loadavg().map((n) => n.toFixed(1)).join(', ')} on ${os.availableParallelism()} cores.`);
const failures = [];
const check = (ok, what) => ok || failures.push(what);

// 1. One process, rooms in memory.
{
  const one = await liveProcess({ REDIS_URL: '' });
  const r = await run('one process', () => `http://127.0.0.1:${one.port}`, [one]);
  one.child.kill('SIGTERM');
  check(r.lost === 0, 'one process: answers lost');
  check(r.p95 <= GOALS.tallyP95Ms, `one process: tally p95 ${r.p95.toFixed(1)} ms > ${GOALS.tallyP95Ms} ms`);
  check(r.heap <= GOALS.bytesPerLearner, `one process: ${kb(r.heap)} per learner > 50 KB`);
}

// 2. Two processes behind Redis, then 3. the fault run.
const redis = await startRedis();
try {
  const procs = [await liveProcess({ REDIS_URL: redis.url }), await liveProcess({ REDIS_URL: redis.url })];
  const balancer = await startBalancer(procs.map((p) => p.port));
  const r = await run('two processes behind Redis', () => `http://127.0.0.1:${balancer.port}`, procs);
  check(r.lost === 0, 'two processes: answers lost');
  check(r.p95 <= GOALS.tallyP95Ms, `two processes: tally p95 ${r.p95.toFixed(1)} ms > ${GOALS.tallyP95Ms} ms`);
  check(r.heap <= GOALS.bytesPerLearner, `two processes: ${kb(r.heap)} per learner > 50 KB`);

  const fault = await faultRun(() => `http://127.0.0.1:${balancer.port}`, procs[0]);
  check(fault.lost === 0, 'fault: answers lost');
  check(fault.maxBack <= GOALS.reconnectMs, `fault: a learner took ${fault.maxBack} ms to reconnect`);
  await balancer.close();
  for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGTERM');
} finally {
  await redis.stop();
}

if (failures.length) {
  console.error(`bench:live: goals missed: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('bench:live: every goal met (0 lost, tally p95 ≤ 200 ms, ≤ 50 KB per learner, reconnect ≤ 5 s).');
process.exit(0);
