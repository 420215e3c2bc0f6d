/**
 * The live class's real-time endpoint: socket.io on the production server's own port
 * (`attachLive(httpServer, options)`). The trainer's console creates a room and drives it
 * with the room's host token; learners join with the room's code and a display name and
 * answer on their phones. Every message is checked (messages.mjs); nothing from the network
 * is trusted. Room state lives in a store (memory or Redis, room-store.mjs); with Redis, the
 * socket.io Redis adapter carries broadcasts between processes.
 */
import { timingSafeEqual } from 'node:crypto';
import { Server } from 'socket.io';
import { hashToken, newCode, newToken } from './codes.mjs';
import { messages } from './messages.mjs';
import { blockWord, checkName } from './names.mjs';
import { distribution, earned, misfit } from './tally.mjs';

export const LIVE_DEFAULTS = {
  /** A room with no message for this long ends by itself (its data goes with it). */
  idleMs: 2 * 60 * 60_000,
  /** How often each process looks for rooms that have expired, to tell their sockets. */
  sweepMs: 30_000,
  /** The largest message socket.io accepts; a bigger one closes the connection. */
  maxBytes: 16 * 1024,
  /** Per address: failed joins (wrong code) and failed host checks; all joins (a class behind one NAT); new rooms. */
  limits: {
    failures: { max: 10, windowMs: 60_000 },
    joins: { max: 1200, windowMs: 60_000 },
    creates: { max: 20, windowMs: 10 * 60_000 },
  },
  /** Per connection: more messages than this in a second closes it. */
  messagesPerSecond: 30,
  maxLearners: 500,
  maxRooms: 1000,
  scoreboardSize: 10,
};

const roomKey = (code) => `room:${code}`;
const hostKey = (code) => `host:${code}`;

const refuse = (error, message) => ({ ok: false, error, message });
const REFUSALS = {
  'no-room': 'No class with that code is running. Check the code with your trainer.',
  'not-host': 'That host key does not open this class.',
  'rate-limited': 'Too many tries from this network. Wait a minute, then try again.',
  closed: 'This question is closed: wait for the next one.',
  'not-joined': 'Join the class first.',
};

const sameSecret = (a, b) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Whether a browser page at `origin` may connect. A request without an Origin header is not a
 * browser's cross-site request (browsers always send Origin on a WebSocket). With `origins`
 * configured (LIVE_ORIGINS), only those; otherwise only the server's own address, as the
 * browser reached it (the Host header).
 */
export function originAllowed(origin, host, origins) {
  if (!origin) return true;
  if (origins?.length) return origins.includes(origin);
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * @param {import('node:http').Server} httpServer
 * @param {{ store: import('./room-store.mjs').RoomStore, adapter?: any, origins?: string[], trustProxy?: boolean,
 *   log?: (message: string) => void, limits?: Partial<typeof LIVE_DEFAULTS.limits> }
 *   & Partial<Omit<typeof LIVE_DEFAULTS, 'limits'>>} options
 */
export function attachLive(httpServer, options) {
  const settings = { ...LIVE_DEFAULTS, ...options, limits: { ...LIVE_DEFAULTS.limits, ...options.limits } };
  const { store, limits } = settings;
  const log = options.log ?? ((message) => console.error(message));
  const io = new Server(httpServer, {
    // WebSocket only: no long-polling, so several processes need no sticky sessions.
    transports: ['websocket'],
    maxHttpBufferSize: settings.maxBytes,
    serveClient: false,
    cors: { origin: settings.origins?.length ? settings.origins : false },
    allowRequest: (req, callback) => callback(null, originAllowed(req.headers.origin, req.headers.host, settings.origins)),
    ...(settings.adapter ? { adapter: settings.adapter } : {}),
  });

  const addressOf = (socket) =>
    (settings.trustProxy && String(socket.handshake.headers['x-forwarded-for'] ?? '').split(',')[0]?.trim()) || socket.handshake.address;

  async function overLimit(kind, socket) {
    const { max, windowMs } = limits[kind];
    return (await store.hit(`${kind}:${addressOf(socket)}`, windowMs)) > max;
  }
  async function tooManyFailures(socket) {
    const { max, windowMs } = limits.failures;
    return (await store.peek(`failures:${addressOf(socket)}`, windowMs)) >= max;
  }
  const failed = (socket, error) => store.hit(`failures:${addressOf(socket)}`, limits.failures.windowMs).then(() => refuse(error, REFUSALS[error]));

  async function scoreboard(code) {
    const [scores, learners] = await Promise.all([store.scores(code), store.learners(code)]);
    return [...learners]
      .map(([id, learner]) => ({ name: learner.name, score: Math.round((scores.get(id) ?? 0) * 10) / 10 }))
      .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'en-GB'))
      .slice(0, settings.scoreboardSize);
  }

  /** What every device in the room sees. Never the answer before the reveal; never another learner's data but the scoreboard's names. */
  const publicState = (meta) => ({
    code: meta.code,
    deck: meta.deck,
    phase: meta.phase,
    round: meta.round,
    question: meta.question ? { id: meta.question.id, lesson: meta.question.lesson, type: meta.question.type } : null,
    result: meta.result,
    scoreboard: meta.scoreboard,
  });
  /** The trainer's view adds the counts and the names who joined. */
  async function hostState(meta) {
    const [learners, answers] = await Promise.all([store.learners(meta.code), meta.phase === 'open' ? store.answers(meta.code, meta.round) : null]);
    return {
      ...publicState(meta),
      learners: learners.size,
      answered: answers ? answers.size : (meta.result?.answered ?? 0),
      names: [...learners.values()].map((l) => l.name),
      blocklist: meta.blocklist,
    };
  }

  async function broadcast(meta) {
    io.to(roomKey(meta.code)).except(hostKey(meta.code)).emit('room:state', publicState(meta));
    io.to(hostKey(meta.code)).emit('room:host', await hostState(meta));
  }

  /** The host's room, if `hostToken` is its key. */
  async function asHost(socket, { code, hostToken }) {
    if (await tooManyFailures(socket)) return refuse('rate-limited', REFUSALS['rate-limited']);
    const meta = await store.getRoom(code);
    if (!meta) return failed(socket, 'no-room');
    if (!sameSecret(meta.hostHash, hashToken(hostToken))) return failed(socket, 'not-host');
    socket.data.hostOf = code;
    void socket.join([roomKey(code), hostKey(code)]);
    return { ok: true, meta };
  }

  /** Removes learners whose names the trainer has since blocked; their devices are told. */
  async function removeBlocked(meta) {
    const learners = await store.learners(meta.code);
    const gone = [...learners].filter(([, l]) => !checkName(l.name, meta.blocklist).ok).map(([id]) => id);
    if (!gone.length) return;
    await Promise.all(gone.map((id) => store.deleteLearner(meta.code, id)));
    for (const socket of await io.in(roomKey(meta.code)).fetchSockets()) {
      if (gone.includes(socket.data.learnerId)) {
        socket.emit('room:removed', { message: 'The trainer has removed your name from this class. Join again with another name.' });
        socket.leave(roomKey(meta.code));
      }
    }
  }

  const handlers = {
    async 'host:create'(socket, { deck, blocklist = [] }) {
      if (await overLimit('creates', socket)) return refuse('rate-limited', REFUSALS['rate-limited']);
      if ((await store.roomCount()) >= settings.maxRooms) return refuse('busy', 'The server is running as many classes as it can. Try again later.');
      const hostToken = newToken();
      for (let tries = 0; tries < 5; tries += 1) {
        const meta = {
          code: newCode(),
          hostHash: hashToken(hostToken),
          deck,
          createdAt: Date.now(),
          round: 0,
          phase: 'lobby',
          question: null,
          result: null,
          scoreboard: false,
          blocklist: blocklist.map(blockWord).filter(Boolean),
        };
        if (await store.createRoom(meta)) {
          socket.data.hostOf = meta.code;
          void socket.join([roomKey(meta.code), hostKey(meta.code)]);
          return { ok: true, code: meta.code, hostToken, state: await hostState(meta) };
        }
      }
      return refuse('busy', 'Could not find a free code. Try again.');
    },

    async 'host:resume'(socket, data) {
      const host = await asHost(socket, data);
      if (!host.ok) return host;
      await store.touch(data.code);
      return { ok: true, state: await hostState(host.meta) };
    },

    async 'host:open'(socket, data) {
      const host = await asHost(socket, data);
      if (!host.ok) return host;
      const meta = host.meta;
      if (meta.round) await store.dropAnswers(meta.code, meta.round);
      Object.assign(meta, { round: meta.round + 1, phase: 'open', question: data.question, result: null });
      await store.setRoom(meta);
      await broadcast(meta);
      return { ok: true, state: await hostState(meta) };
    },

    async 'host:reveal'(socket, data) {
      const host = await asHost(socket, data);
      if (!host.ok) return host;
      const meta = host.meta;
      if (meta.phase !== 'open') return { ok: true, state: await hostState(meta) };
      const answers = await store.answers(meta.code, meta.round);
      await store.addScores(meta.code, new Map([...answers].map(([id, response]) => [id, earned(meta.question, response)])));
      Object.assign(meta, { phase: 'revealed', result: { round: meta.round, ...distribution(meta.question, answers.values()) } });
      if (meta.scoreboard) meta.result.scoreboard = await scoreboard(meta.code);
      await store.setRoom(meta);
      await broadcast(meta);
      return { ok: true, state: await hostState(meta) };
    },

    async 'host:close'(socket, data) {
      const host = await asHost(socket, data);
      if (!host.ok) return host;
      const meta = host.meta;
      Object.assign(meta, { phase: 'lobby', question: null, result: null });
      await store.setRoom(meta);
      await broadcast(meta);
      return { ok: true, state: await hostState(meta) };
    },

    async 'host:settings'(socket, data) {
      const host = await asHost(socket, data);
      if (!host.ok) return host;
      const meta = host.meta;
      if (data.scoreboard !== undefined) meta.scoreboard = data.scoreboard;
      if (data.blocklist) meta.blocklist = [...new Set(data.blocklist.map(blockWord).filter(Boolean))];
      if (meta.result) {
        if (meta.scoreboard) meta.result.scoreboard = await scoreboard(meta.code);
        else delete meta.result.scoreboard;
      }
      await store.setRoom(meta);
      if (data.blocklist) await removeBlocked(meta);
      await broadcast(meta);
      return { ok: true, state: await hostState(meta) };
    },

    async 'host:end'(socket, data) {
      const host = await asHost(socket, data);
      if (!host.ok) return host;
      await store.deleteRoom(data.code);
      io.to(roomKey(data.code)).except(hostKey(data.code)).emit('room:ended', { reason: 'ended' });
      io.in(roomKey(data.code)).except(hostKey(data.code)).disconnectSockets(true);
      // The trainer's windows stay connected (for a new class); other trainer windows are told.
      socket.leave(roomKey(data.code));
      socket.leave(hostKey(data.code));
      io.to(hostKey(data.code)).emit('room:ended', { reason: 'ended' });
      io.in(hostKey(data.code)).socketsLeave([roomKey(data.code), hostKey(data.code)]);
      return { ok: true };
    },

    async 'learner:join'(socket, { code, name, token }) {
      if ((await tooManyFailures(socket)) || (await overLimit('joins', socket))) return refuse('rate-limited', REFUSALS['rate-limited']);
      const meta = await store.getRoom(code);
      if (!meta) return failed(socket, 'no-room');
      let id = token ? hashToken(token) : '';
      let learner = id ? await store.getLearner(code, id) : null;
      if (!learner) {
        const checked = checkName(name, meta.blocklist);
        if (!checked.ok) return refuse('bad-name', checked.reason);
        const learners = await store.learners(code);
        const folded = checked.name.toLocaleLowerCase('en-GB');
        if ([...learners.values()].some((l) => l.name.toLocaleLowerCase('en-GB') === folded)) {
          return refuse('name-taken', 'Someone in this class already has that name: add an initial, or choose another.');
        }
        if (learners.size >= settings.maxLearners) return refuse('room-full', 'This class is full.');
        token = newToken();
        id = hashToken(token);
        learner = { name: checked.name };
        await store.setLearner(code, id, learner);
      } else {
        await store.touch(code, meta.round);
      }
      if (socket.data.code && socket.data.code !== code) socket.leave(roomKey(socket.data.code));
      socket.data.code = code;
      socket.data.learnerId = id;
      void socket.join(roomKey(code));
      const [answer, score, count] = await Promise.all([
        meta.round ? store.answer(code, meta.round, id) : null,
        store.score(code, id),
        store.learnerCount(code),
      ]);
      io.to(hostKey(code)).emit('room:tally', { round: meta.round, learners: count });
      return { ok: true, token, name: learner.name, state: publicState(meta), answer, score };
    },

    async 'learner:answer'(socket, { round, response }) {
      const { code, learnerId } = socket.data;
      if (!code || !learnerId) return refuse('not-joined', REFUSALS['not-joined']);
      const meta = await store.getRoom(code);
      if (!meta) return refuse('no-room', REFUSALS['no-room']);
      if (!(await store.getLearner(code, learnerId))) return refuse('not-joined', REFUSALS['not-joined']);
      if (meta.phase !== 'open' || meta.round !== round) return refuse('closed', REFUSALS.closed);
      const why = misfit(meta.question, response);
      if (why) return refuse('bad-answer', why);
      const answered = await store.saveAnswer(code, round, learnerId, response);
      io.to(hostKey(code)).emit('room:tally', { round, answered });
      return { ok: true };
    },

    async 'learner:leave'(socket) {
      const { code, learnerId } = socket.data;
      if (code && learnerId) {
        await store.deleteLearner(code, learnerId);
        socket.leave(roomKey(code));
        io.to(hostKey(code)).emit('room:tally', { learners: await store.learnerCount(code) });
      }
      socket.data.code = socket.data.learnerId = undefined;
      return { ok: true };
    },
  };

  io.on('connection', (socket) => {
    let second = 0;
    let count = 0;
    let refusals = 0;
    const refused = (ack, reply) => {
      refusals += 1;
      if (typeof ack === 'function') ack(reply);
      else socket.emit('live:refused', reply);
      if (refusals > 20) socket.disconnect(true);
    };
    socket.onAny((event, ...args) => {
      const now = Math.floor(Date.now() / 1000);
      if (now !== second) [second, count] = [now, 0];
      count += 1;
      if (count > settings.messagesPerSecond) {
        socket.disconnect(true);
        return;
      }
      if (!Object.hasOwn(messages, event)) refused(args.at(-1), refuse('unknown-message', `No such message: ${String(event).slice(0, 40)}`));
    });
    for (const event of Object.keys(handlers)) {
      socket.on(event, (payload, ack) => {
        if (typeof ack !== 'function' || count > settings.messagesPerSecond) return refused(ack, refuse('no-ack', 'Send every message with an acknowledgement.'));
        const parsed = messages[event].safeParse(payload);
        if (!parsed.success) return refused(ack, refuse('bad-message', 'That message could not be read.'));
        handlers[event](socket, parsed.data).then(ack, (error) => {
          log(`live: ${event} failed: ${error?.stack ?? error}`);
          ack(refuse('server', 'Something went wrong on the server. Try again.'));
        });
      });
    }
  });

  /** Tells this process's sockets in rooms that have expired, and lets them go. */
  async function sweep() {
    store.purge?.();
    const codes = [...io.of('/').adapter.rooms.keys()].filter((key) => key.startsWith('room:')).map((key) => key.slice(5));
    for (const code of codes) {
      if (await store.getRoom(code)) continue;
      io.local.to(roomKey(code)).emit('room:ended', { reason: 'expired' });
      io.local.in(roomKey(code)).disconnectSockets(true);
    }
  }
  const timer = setInterval(() => void sweep().catch((error) => log(`live: sweep failed: ${error}`)), settings.sweepMs);
  timer.unref();

  return {
    io,
    store,
    sweep,
    /**
     * Drops this process's connections as a network failure would, so learners reconnect (to
     * another process, behind Redis) and keep their seats; the HTTP server is left to its owner.
     */
    close() {
      clearInterval(timer);
      io.engine.close();
    },
  };
}
