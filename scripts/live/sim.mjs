/**
 * Simulated learners and trainer for the bench and the fault test, with socket.io-client and
 * the same rules as the browser's client (src/live/live-client.ts): WebSocket only; after every
 * (re)connection, join again with the seat's token; an answer not yet acknowledged is sent again
 * once the learner is back, unless the server already has it.
 */
import { io } from 'socket.io-client';

const ask = (socket, event, payload, ms = 10_000) => socket.timeout(ms).emitWithAck(event, payload);

/**
 * @typedef {object} SimLearner
 * @property {import('socket.io-client').Socket} socket
 * @property {string | undefined} token
 * @property {number[]} joinedAt when each (re)join was acknowledged
 * @property {number | undefined} lostAt when the connection first dropped
 * @property {{ round: number, response: any } | null} pending an answer not yet acknowledged
 * @property {Set<number>} acked rounds whose answer the server acknowledged
 * @property {Promise<SimLearner>} ready
 * @property {(round: number, response: any) => Promise<any>} answer
 */

/**
 * @param {string} url
 * @param {string} code
 * @param {string} name
 * @returns {SimLearner}
 */
export function simLearner(url, code, name) {
  const socket = io(url, { transports: ['websocket'], reconnectionDelay: 250, reconnectionDelayMax: 1000, forceNew: true });
  /** @type {SimLearner} */
  const learner = /** @type {any} */ ({
    socket,
    token: undefined,
    joinedAt: [],
    lostAt: undefined,
    pending: null,
    acked: new Set(),
  });
  learner.ready = new Promise((resolve, reject) => {
    socket.on('connect', async () => {
      try {
        const reply = await ask(socket, 'learner:join', { code, name, token: learner.token });
        if (!reply.ok) return reject(new Error(`${name}: ${reply.message}`));
        learner.token = reply.token;
        learner.joinedAt.push(Date.now());
        const pending = learner.pending;
        if (pending && !reply.answer && reply.state.round === pending.round) void send(pending);
        resolve(learner);
      } catch (error) {
        // A join lost with its connection is retried on the next connection.
        if (learner.joinedAt.length === 0 && !socket.connected) return;
        reject(error);
      }
    });
    socket.on('disconnect', () => {
      learner.lostAt ??= Date.now();
    });
  });
  async function send(pending) {
    try {
      const reply = await ask(socket, 'learner:answer', pending, 5000);
      if (reply.ok) {
        learner.acked.add(pending.round);
        if (learner.pending === pending) learner.pending = null;
      }
      return reply;
    } catch {
      // No acknowledgement (the connection dropped): the rejoin sends it again.
      return null;
    }
  }
  learner.answer = (round, response) => {
    learner.pending = { round, response };
    return send(learner.pending);
  };
  return learner;
}

export async function simHost(url, deck = 'what-is-fine-tuning') {
  const socket = io(url, { transports: ['websocket'], reconnectionDelay: 250, reconnectionDelayMax: 1000, forceNew: true });
  await new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  const created = await ask(socket, 'host:create', { deck });
  if (!created.ok) throw new Error(created.message);
  const auth = { code: created.code, hostToken: created.hostToken };
  // A trainer's window that reconnects resumes the room.
  socket.io.on('reconnect', () => void ask(socket, 'host:resume', auth).catch(() => {}));
  return { socket, ...auth, ask: (event, extra = {}) => ask(socket, event, { ...auth, ...extra }) };
}
