/** @jest-environment node */
/**
 * The live class's endpoint on loopback, driven with socket.io-client as phones and the
 * trainer's console drive it: join, answer, reveal, reconnect, expiry, and everything that
 * must be refused.
 */
import type { Socket } from 'socket.io-client';
import { CODE_BITS } from '../../server/live/codes.mjs';
import { correctResponse } from '../../src/quiz/lib/grade';
import type { Question } from '../../src/quiz/lib/question';
import type { Response } from '../../src/quiz/lib/response';
import { questionFacts } from '../../src/live/facts';
import type { HostState, RoomState } from '../../src/live/protocol';
import { call, client, closeClients, next, startLiveServer, type TestServer } from '../support/live';
import bank1 from '../../lessons/01-what-is-fine-tuning.questions';
import bank4 from '../../lessons/04-how-it-works.questions';
import bank7 from '../../lessons/07-prompting-rag-or-fine-tuning.questions';

const all: Question[] = [...bank1, ...bank4, ...bank7];
const ofType = (type: Question['type']) => {
  const found = all.find((q) => q.type === type);
  if (!found) throw new Error(`no ${type} question in the sample banks`);
  return found;
};
const single = ofType('single');

/** A wrong answer of the right shape. */
function wrongResponse(question: Question): Response {
  switch (question.type) {
    case 'single':
    case 'scenario':
      return { type: question.type, choice: question.options.find((o) => !o.correct)!.id };
    case 'multiple':
      return { type: 'multiple', choices: question.options.filter((o) => !o.correct).map((o) => o.id).slice(0, 1) };
    case 'myth-or-reality':
      return { type: 'myth-or-reality', choice: question.answer === 'myth' ? 'reality' : 'myth' };
    case 'ordering':
      return { type: 'ordering', order: question.items.map((i) => i.id).reverse() };
    case 'matching': {
      const ids = question.pairs.map((p) => p.id);
      return { type: 'matching', matches: Object.fromEntries(ids.map((id, i) => [id, ids[(i + 1) % ids.length]!])) };
    }
  }
}

let server: TestServer;
afterEach(async () => {
  closeClients();
  await server?.close();
});

async function hostRoom(port = server.port) {
  const host = await client(port);
  const created = await call(host, 'host:create', { deck: 'what-is-fine-tuning' });
  if (!created.ok) throw new Error(created.message);
  return { host, code: created.code, hostToken: created.hostToken };
}

async function learner(code: string, name: string, port = server.port) {
  const socket = await client(port);
  const joined = await call(socket, 'learner:join', { code, name });
  if (!joined.ok) throw new Error(joined.message);
  return { socket, token: joined.token };
}

describe('a round', () => {
  it.each(['single', 'multiple', 'myth-or-reality', 'ordering', 'matching', 'scenario'] as const)(
    '%s: learners join, the trainer counts answers as they arrive, and the reveal reaches every device',
    async (type) => {
      server = await startLiveServer();
      const question = ofType(type);
      const { host, code, hostToken } = await hostRoom();
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
      const ada = await learner(code, 'Ada');
      const bo = await learner(code, 'Bo');

      const opened = next<RoomState>(ada.socket, 'room:state', (s) => s.phase === 'open');
      const open = await call(host, 'host:open', { code, hostToken, question: questionFacts(question) });
      expect(open.ok).toBe(true);
      const seen = await opened;
      expect(seen.question).toEqual({ id: question.id, lesson: question.lesson, type });
      // Nothing in what learners see gives the answer away before the reveal.
      expect(JSON.stringify(seen)).not.toMatch(/correct|answer/);

      const first = next<{ answered: number }>(host, 'room:tally', (t) => t.answered === 1);
      expect(await call(ada.socket, 'learner:answer', { round: seen.round, response: correctResponse(question) })).toEqual({ ok: true });
      await first;
      const second = next<{ answered: number }>(host, 'room:tally', (t) => t.answered === 2);
      expect(await call(bo.socket, 'learner:answer', { round: seen.round, response: wrongResponse(question) })).toEqual({ ok: true });
      await second;

      const revealedForBo = next<RoomState>(bo.socket, 'room:state', (s) => s.phase === 'revealed');
      const revealed = await call(host, 'host:reveal', { code, hostToken });
      if (!revealed.ok) throw new Error(revealed.message);
      const result = (await revealedForBo).result!;
      expect(result.answered).toBe(2);
      expect(result.right).toBe(1);
      expect(result.scoreboard).toBeUndefined();
      const facts = questionFacts(question);
      const expected =
        facts.type === 'myth-or-reality' ? ['myth', 'reality'] : facts.type === 'ordering' ? facts.items : facts.type === 'matching' ? facts.pairs : facts.options.map((o) => o.id);
      expect(result.bars.map((b) => b.id)).toEqual(expected);
      if (type === 'single' || type === 'scenario' || type === 'myth-or-reality') {
        // One learner on the right option, one on a wrong one; the right one is marked.
        const right = result.bars.find((b) => b.correct)!;
        expect(right.count).toBe(1);
        expect(result.bars.reduce((n, b) => n + b.count, 0)).toBe(2);
      }
      if (type === 'ordering' || type === 'matching') {
        // Every step (pair) was placed right by the learner who got it all right; the reversed order gets the middle step at most.
        expect(Math.min(...result.bars.map((b) => b.count))).toBeGreaterThanOrEqual(1);
      }
    },
  );

  it('keeps the scoreboard off until the trainer switches it on, then shows display names and scores', async () => {
    server = await startLiveServer();
    const { host, code, hostToken } = await hostRoom();
    const ada = await learner(code, 'Ada');
    await learner(code, 'Bo');
    await call(host, 'host:open', { code, hostToken, question: questionFacts(single) });
    await call(ada.socket, 'learner:answer', { round: 1, response: correctResponse(single) });
    const off = await call(host, 'host:reveal', { code, hostToken });
    if (!off.ok) throw new Error(off.message);
    expect(off.state.result?.scoreboard).toBeUndefined();

    const shown = next<RoomState>(ada.socket, 'room:state', (s) => Boolean(s.result?.scoreboard));
    await call(host, 'host:settings', { code, hostToken, scoreboard: true });
    expect((await shown).result?.scoreboard).toEqual([
      { name: 'Ada', score: 1 },
      { name: 'Bo', score: 0 },
    ]);
  });

  it('refuses an answer to a closed round, one that does not fit the question, and one before joining', async () => {
    server = await startLiveServer();
    const { host, code, hostToken } = await hostRoom();
    const ada = await learner(code, 'Ada');
    expect(await call(ada.socket, 'learner:answer', { round: 1, response: correctResponse(single) })).toMatchObject({ ok: false, error: 'closed' });
    await call(host, 'host:open', { code, hostToken, question: questionFacts(single) });
    expect(await call(ada.socket, 'learner:answer', { round: 1, response: { type: 'single', choice: 'not-an-option' } })).toMatchObject({
      ok: false,
      error: 'bad-answer',
    });
    expect(await call(ada.socket, 'learner:answer', { round: 1, response: { type: 'ordering', order: ['a', 'b'] } })).toMatchObject({ ok: false });
    const stranger = await client(server.port);
    expect(await call(stranger, 'learner:answer', { round: 1, response: correctResponse(single) })).toMatchObject({ ok: false, error: 'not-joined' });
    const state = await call(host, 'host:resume', { code, hostToken });
    expect(state.ok && state.state.answered).toBe(0);
  });
});

describe('reconnecting', () => {
  it('a learner whose connection drops rejoins with their token and keeps their name, answer and score', async () => {
    server = await startLiveServer();
    const { host, code, hostToken } = await hostRoom();
    const ada = await learner(code, 'Ada');
    await call(host, 'host:open', { code, hostToken, question: questionFacts(single) });
    await call(ada.socket, 'learner:answer', { round: 1, response: correctResponse(single) });
    ada.socket.disconnect();

    const again = await client(server.port);
    const back = await call(again, 'learner:join', { code, name: 'ignored', token: ada.token });
    expect(back).toMatchObject({ ok: true, name: 'Ada', token: ada.token, answer: correctResponse(single) });
    const state = await call(host, 'host:resume', { code, hostToken });
    expect(state.ok && [state.state.learners, state.state.answered]).toEqual([1, 1]);
    // Still one seat: answering again replaces the answer, it does not add one.
    await call(again, 'learner:answer', { round: 1, response: correctResponse(single) });
    const after = await call(host, 'host:reveal', { code, hostToken });
    expect(after.ok && after.state.result?.answered).toBe(1);
  });

  it('a trainer who reloads keeps the class, and can resume it from another window with the host token', async () => {
    server = await startLiveServer();
    const { host, code, hostToken } = await hostRoom();
    const ada = await learner(code, 'Ada');
    host.disconnect();
    const other = await client(server.port);
    const resumed = await call(other, 'host:resume', { code, hostToken });
    expect(resumed).toMatchObject({ ok: true, state: { code, learners: 1, names: ['Ada'] } });
    const opened = next<RoomState>(ada.socket, 'room:state', (s) => s.phase === 'open');
    await call(other, 'host:open', { code, hostToken, question: questionFacts(single) });
    expect((await opened).question?.id).toBe(single.id);
  });
});

describe('refusals', () => {
  it('refuses a wrong host token for every trainer action, and never lets it end the class', async () => {
    server = await startLiveServer();
    const { code } = await hostRoom();
    const mallory = await client(server.port);
    const bad = { code, hostToken: 'A'.repeat(22) };
    for (const reply of [
      await call(mallory, 'host:open', { ...bad, question: questionFacts(single) }),
      await call(mallory, 'host:reveal', bad),
      await call(mallory, 'host:close', bad),
      await call(mallory, 'host:settings', { ...bad, scoreboard: true }),
      await call(mallory, 'host:end', bad),
      await call(mallory, 'host:resume', bad),
    ]) {
      expect(reply).toMatchObject({ ok: false, error: 'not-host' });
    }
    expect(await server.live.store.getRoom(code)).toMatchObject({ phase: 'lobby', scoreboard: false });
  });

  it('refuses malformed messages, extra fields and unknown events, and answers a message without a callback', async () => {
    server = await startLiveServer();
    const { code } = await hostRoom();
    const socket = await client(server.port);
    const send = (event: string, payload: unknown) => socket.timeout(5000).emitWithAck(event, payload) as Promise<{ ok: boolean; error: string }>;
    expect(await send('learner:join', { code })).toMatchObject({ ok: false, error: 'bad-message' });
    expect(await send('learner:join', { code: 'nope', name: 'Ada' })).toMatchObject({ ok: false, error: 'bad-message' });
    expect(await send('learner:join', { code, name: 'Ada', admin: true })).toMatchObject({ ok: false, error: 'bad-message' });
    expect(await send('learner:join', 'Ada')).toMatchObject({ ok: false, error: 'bad-message' });
    expect(await send('learner:answer', { round: 1, response: { type: 'single', choice: '<script>' } })).toMatchObject({ error: 'bad-message' });
    expect(await send('room:state', {})).toMatchObject({ ok: false, error: 'unknown-message' });
    expect(await send('__proto__', {})).toMatchObject({ ok: false, error: 'unknown-message' });
    const refused = next<{ error: string }>(socket, 'live:refused');
    socket.emit('learner:join', { code, name: 'Ada' });
    expect(await refused).toMatchObject({ error: 'no-ack' });
    expect(await server.live.store.learnerCount(code)).toBe(0);
  });

  it('closes the connection of a message over the size cap, and records nothing from it', async () => {
    server = await startLiveServer({ maxBytes: 4096 });
    const { code } = await hostRoom();
    const socket = await client(server.port);
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    socket.emit('learner:join', { code, name: 'x'.repeat(10_000) }, () => {});
    expect(await closed).toBe('transport close');
    expect(await server.live.store.learnerCount(code)).toBe(0);
  });

  it('refuses display names that are too long, blocked, or taken, and removes a joined name the trainer blocks later', async () => {
    server = await startLiveServer();
    const { host, code, hostToken } = await hostRoom();
    const socket = await client(server.port);
    expect(await call(socket, 'learner:join', { code, name: 'A'.repeat(25) })).toMatchObject({ ok: false, error: 'bad-name' });
    expect(await call(socket, 'learner:join', { code, name: 'sh1t' })).toMatchObject({ ok: false, error: 'bad-name' });
    expect(await call(socket, 'learner:join', { code, name: '   ' })).toMatchObject({ ok: false, error: 'bad-name' });
    await learner(code, 'Ada');
    expect(await call(socket, 'learner:join', { code, name: 'ada' })).toMatchObject({ ok: false, error: 'name-taken' });
    const { socket: pip } = await learner(code, 'Pip Squeak');
    const removed = next<{ message: string }>(pip, 'room:removed');
    const settings = await call(host, 'host:settings', { code, hostToken, blocklist: ['squeak'] });
    expect(settings.ok && settings.state.names).toEqual(['Ada']);
    await removed;
    expect(await call(socket, 'learner:join', { code, name: 'Squeak' })).toMatchObject({ ok: false, error: 'bad-name' });
  });

  it('only lets a page from its own origin (or a configured one) connect', async () => {
    server = await startLiveServer();
    await expect(client(server.port, { extraHeaders: { origin: 'https://evil.example' } })).rejects.toThrow();
    await expect(client(server.port, { extraHeaders: { origin: `http://127.0.0.1:${server.port}` } })).resolves.toBeTruthy();
    await server.close();
    server = await startLiveServer({ origins: ['https://course.example.org'] });
    await expect(client(server.port, { extraHeaders: { origin: `http://127.0.0.1:${server.port}` } })).rejects.toThrow();
    await expect(client(server.port, { extraHeaders: { origin: 'https://course.example.org' } })).resolves.toBeTruthy();
  });
});

describe('join codes and rate limits', () => {
  it('makes 40-bit codes, different each time', async () => {
    expect(CODE_BITS).toBe(40);
    server = await startLiveServer();
    const codes = new Set<string>();
    for (let i = 0; i < 5; i += 1) codes.add((await hostRoom()).code);
    expect(codes.size).toBe(5);
  });

  it('stops join attempts from an address after too many wrong codes, even with the right code', async () => {
    server = await startLiveServer({ limits: { failures: { max: 3, windowMs: 60_000 } } });
    const { code } = await hostRoom();
    const socket = await client(server.port);
    for (let i = 0; i < 3; i += 1) {
      expect(await call(socket, 'learner:join', { code: `ZZZZZZZ${i}`, name: 'Eve' })).toMatchObject({ ok: false, error: 'no-room' });
    }
    expect(await call(socket, 'learner:join', { code, name: 'Eve' })).toMatchObject({ ok: false, error: 'rate-limited' });
    // Another connection from the same address is held too.
    const again = await client(server.port);
    expect(await call(again, 'learner:join', { code, name: 'Eve' })).toMatchObject({ ok: false, error: 'rate-limited' });
  });

  it('lets a whole class join from one address, up to the per-address cap', async () => {
    server = await startLiveServer({ limits: { joins: { max: 5, windowMs: 60_000 } } });
    const { code } = await hostRoom();
    for (let i = 0; i < 5; i += 1) await learner(code, `Learner ${i}`);
    const sixth = await client(server.port);
    expect(await call(sixth, 'learner:join', { code, name: 'Learner 6' })).toMatchObject({ ok: false, error: 'rate-limited' });
  });

  it('closes a connection that floods messages', async () => {
    server = await startLiveServer({ messagesPerSecond: 5 });
    const socket = await client(server.port);
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    for (let i = 0; i < 10; i += 1) socket.emit('learner:leave', {}, () => {});
    expect(await closed).toBe('io server disconnect');
  });
});

describe('the end of a room', () => {
  it('expires when idle: devices are told, the code stops working, and its data is gone', async () => {
    server = await startLiveServer({ idleMs: 300, sweepMs: 100 });
    const { code } = await hostRoom();
    const ada = await learner(code, 'Ada');
    const ended = next<{ reason: string }>(ada.socket, 'room:ended', () => true, 3000);
    expect(await ended).toEqual({ reason: 'expired' });
    expect(await server.live.store.getRoom(code)).toBeNull();
    const late = await client(server.port);
    expect(await call(late, 'learner:join', { code, name: 'Bo' })).toMatchObject({ ok: false, error: 'no-room' });
  });

  it('when the trainer ends the class, every device is told and the learners’ data is deleted', async () => {
    server = await startLiveServer();
    const { host, code, hostToken } = await hostRoom();
    const ada = await learner(code, 'Ada');
    await call(host, 'host:open', { code, hostToken, question: questionFacts(single) });
    await call(ada.socket, 'learner:answer', { round: 1, response: correctResponse(single) });
    const ended = next<{ reason: string }>(ada.socket, 'room:ended');
    expect(await call(host, 'host:end', { code, hostToken })).toEqual({ ok: true });
    expect(await ended).toEqual({ reason: 'ended' });
    const store = server.live.store;
    expect([await store.getRoom(code), (await store.learners(code)).size, (await store.answers(code, 1)).size]).toEqual([null, 0, 0]);
  });
});

export type { HostState, Socket };
