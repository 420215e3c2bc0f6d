/**
 * The room store for one process (the default): rooms in a Map, dropped when idle for
 * `idleMs` or when the room ends. Same interface as redis-store.mjs (see room-store.mjs).
 * @implements {import('./room-store.mjs').RoomStore}
 */
export class MemoryStore {
  /** @param {{ idleMs: number, now?: () => number }} options */
  constructor({ idleMs, now = Date.now }) {
    this.idleMs = idleMs;
    this.now = now;
    /** @type {Map<string, { meta: any, learners: Map<string, any>, scores: Map<string, number>, answers: Map<string, any>, round: number, activeAt: number }>} */
    this.rooms = new Map();
    /** @type {Map<string, { count: number, until: number }>} */
    this.hits = new Map();
  }

  #live(code) {
    const room = this.rooms.get(code);
    if (room && this.now() - room.activeAt > this.idleMs) {
      this.rooms.delete(code);
      return undefined;
    }
    return room;
  }

  async createRoom(meta) {
    if (this.#live(meta.code)) return false;
    this.rooms.set(meta.code, { meta, learners: new Map(), scores: new Map(), answers: new Map(), round: 0, activeAt: this.now() });
    return true;
  }
  async getRoom(code) {
    return this.#live(code)?.meta ?? null;
  }
  async setRoom(meta) {
    const room = this.#live(meta.code);
    if (!room) return;
    room.meta = meta;
    room.activeAt = this.now();
  }
  async touch(code) {
    const room = this.#live(code);
    if (room) room.activeAt = this.now();
  }
  async deleteRoom(code) {
    this.rooms.delete(code);
  }
  async roomCount() {
    this.purge();
    return this.rooms.size;
  }
  /** Forgets every idle room (called by the server's sweep). */
  purge() {
    for (const code of this.rooms.keys()) this.#live(code);
  }

  async getLearner(code, id) {
    return this.#live(code)?.learners.get(id) ?? null;
  }
  async setLearner(code, id, learner) {
    const room = this.#live(code);
    if (!room) return;
    room.learners.set(id, learner);
    room.activeAt = this.now();
  }
  async deleteLearner(code, id) {
    const room = this.#live(code);
    room?.learners.delete(id);
    room?.scores.delete(id);
    if (room?.round) room.answers.delete(id);
  }
  async learners(code) {
    return new Map(this.#live(code)?.learners ?? []);
  }
  async learnerCount(code) {
    return this.#live(code)?.learners.size ?? 0;
  }

  /** Keeps the answer for this round (a new round forgets the last one's); resolves to the number of answers so far. */
  async saveAnswer(code, round, id, response) {
    const room = this.#live(code);
    if (!room) return 0;
    if (room.round !== round) {
      room.round = round;
      room.answers = new Map();
    }
    room.answers.set(id, response);
    room.activeAt = this.now();
    return room.answers.size;
  }
  async dropAnswers(code, round) {
    const room = this.#live(code);
    if (room && room.round === round) room.answers = new Map();
  }
  async answers(code, round) {
    const room = this.#live(code);
    return room && room.round === round ? new Map(room.answers) : new Map();
  }
  async answer(code, round, id) {
    const room = this.#live(code);
    return room && room.round === round ? (room.answers.get(id) ?? null) : null;
  }

  async addScores(code, points) {
    const room = this.#live(code);
    if (!room) return;
    for (const [id, n] of points) room.scores.set(id, (room.scores.get(id) ?? 0) + n);
  }
  async score(code, id) {
    return this.#live(code)?.scores.get(id) ?? 0;
  }
  async scores(code) {
    return new Map(this.#live(code)?.scores ?? []);
  }

  /** Counts a hit on `key` in a fixed window; resolves to the count in the current window. */
  async hit(key, windowMs) {
    const now = this.now();
    const entry = this.hits.get(key);
    if (!entry || entry.until <= now) {
      if (this.hits.size > 10_000) for (const [k, e] of this.hits) if (e.until <= now) this.hits.delete(k);
      this.hits.set(key, { count: 1, until: now + windowMs });
      return 1;
    }
    entry.count += 1;
    return entry.count;
  }

  async peek(key) {
    const entry = this.hits.get(key);
    return entry && entry.until > this.now() ? entry.count : 0;
  }

  async close() {}
}
