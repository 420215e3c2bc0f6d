/**
 * The room store in Redis (REDIS_URL), shared by every process: a room is a few keys under
 * `live:{CODE}:` (its state, learners, scores, and the current round's answers), each with the
 * room's idle time as its expiry, renewed on activity. So an idle room leaves Redis by itself,
 * and `deleteRoom` removes every key when the trainer ends the class.
 * @implements {import('./room-store.mjs').RoomStore}
 */
export class RedisStore {
  /** @param {{ redis: import('ioredis').Redis, idleMs: number }} options */
  constructor({ redis, idleMs }) {
    this.redis = redis;
    this.idleMs = idleMs;
  }

  #key(code, part) {
    return `live:{${code}}:${part}`;
  }
  #keys(code, round) {
    return ['room', 'learners', 'scores', ...(round ? [`answers:${round}`] : [])].map((part) => this.#key(code, part));
  }
  /** Renews the expiry of the room's keys inside a transaction. */
  #renew(multi, code, round) {
    for (const key of this.#keys(code, round)) multi.pexpire(key, this.idleMs);
    return multi;
  }

  async createRoom(meta) {
    const ok = await this.redis.set(this.#key(meta.code, 'room'), JSON.stringify(meta), 'PX', this.idleMs, 'NX');
    return ok === 'OK';
  }
  async getRoom(code) {
    const json = await this.redis.get(this.#key(code, 'room'));
    return json ? JSON.parse(json) : null;
  }
  async setRoom(meta) {
    await this.#renew(this.redis.multi().set(this.#key(meta.code, 'room'), JSON.stringify(meta), 'PX', this.idleMs, 'XX'), meta.code, meta.round).exec();
  }
  /** @param {string} code @param {number} [round] the current round, if the caller knows it */
  async touch(code, round) {
    round ??= (await this.getRoom(code))?.round;
    await this.#renew(this.redis.multi(), code, round).exec();
  }
  async deleteRoom(code) {
    const round = (await this.getRoom(code))?.round;
    await this.redis.del(...this.#keys(code, round));
  }
  async dropAnswers(code, round) {
    await this.redis.del(this.#key(code, `answers:${round}`));
  }
  async roomCount() {
    let count = 0;
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', 'live:*:room', 'COUNT', 500);
      cursor = next;
      count += keys.length;
    } while (cursor !== '0');
    return count;
  }

  async getLearner(code, id) {
    const json = await this.redis.hget(this.#key(code, 'learners'), id);
    return json ? JSON.parse(json) : null;
  }
  async setLearner(code, id, learner) {
    await this.#renew(this.redis.multi().hset(this.#key(code, 'learners'), id, JSON.stringify(learner)), code).exec();
  }
  async deleteLearner(code, id) {
    const round = (await this.getRoom(code))?.round;
    const multi = this.redis.multi().hdel(this.#key(code, 'learners'), id).hdel(this.#key(code, 'scores'), id);
    if (round) multi.hdel(this.#key(code, `answers:${round}`), id);
    await multi.exec();
  }
  async learners(code) {
    const all = await this.redis.hgetall(this.#key(code, 'learners'));
    return new Map(Object.entries(all).map(([id, json]) => [id, JSON.parse(json)]));
  }
  async learnerCount(code) {
    return this.redis.hlen(this.#key(code, 'learners'));
  }

  async saveAnswer(code, round, id, response) {
    const key = this.#key(code, `answers:${round}`);
    const results = await this.#renew(this.redis.multi().hset(key, id, JSON.stringify(response)).hlen(key), code, round).exec();
    return Number(results?.[1]?.[1] ?? 0);
  }
  async answers(code, round) {
    const all = await this.redis.hgetall(this.#key(code, `answers:${round}`));
    return new Map(Object.entries(all).map(([id, json]) => [id, JSON.parse(json)]));
  }
  async answer(code, round, id) {
    const json = await this.redis.hget(this.#key(code, `answers:${round}`), id);
    return json ? JSON.parse(json) : null;
  }

  async addScores(code, points) {
    const multi = this.redis.multi();
    for (const [id, n] of points) multi.hincrbyfloat(this.#key(code, 'scores'), id, n);
    await this.#renew(multi, code).exec();
  }
  async score(code, id) {
    return Number((await this.redis.hget(this.#key(code, 'scores'), id)) ?? 0);
  }
  async scores(code) {
    const all = await this.redis.hgetall(this.#key(code, 'scores'));
    return new Map(Object.entries(all).map(([id, n]) => [id, Number(n)]));
  }

  async hit(key, windowMs) {
    const k = `live:rate:${key}`;
    const results = await this.redis.multi().incr(k).pexpire(k, windowMs, 'NX').exec();
    return Number(results?.[0]?.[1] ?? 0);
  }

  async peek(key) {
    return Number((await this.redis.get(`live:rate:${key}`)) ?? 0);
  }

  async close() {
    await this.redis.quit();
  }
}
