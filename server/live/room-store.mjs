/**
 * Where a live class's state lives: in this process (memory-store.mjs, the default) or in
 * Redis (redis-store.mjs, when REDIS_URL is set), so several processes share rooms and a
 * learner who reconnects to another process keeps their answers. Learner data lives only
 * here, and goes when the room ends or has been idle too long.
 *
 * @typedef {object} RoomMeta
 * @property {string} code
 * @property {string} hostHash SHA-256 of the host token
 * @property {string} deck
 * @property {number} createdAt
 * @property {number} round 0 before the first question
 * @property {'lobby' | 'open' | 'revealed'} phase
 * @property {any} question the open question's facts (messages.mjs), or null
 * @property {any} result the last reveal: { round, answered, right, bars, scoreboard? }, or null
 * @property {boolean} scoreboard
 * @property {string[]} blocklist the trainer's own words
 *
 * @typedef {object} RoomStore
 * @property {(meta: RoomMeta) => Promise<boolean>} createRoom false if the code is taken
 * @property {(code: string) => Promise<RoomMeta | null>} getRoom
 * @property {(meta: RoomMeta) => Promise<void>} setRoom
 * @property {(code: string, round?: number) => Promise<void>} touch
 * @property {(code: string) => Promise<void>} deleteRoom
 * @property {() => Promise<number>} roomCount
 * @property {(code: string, id: string) => Promise<{ name: string } | null>} getLearner
 * @property {(code: string, id: string, learner: { name: string }) => Promise<void>} setLearner
 * @property {(code: string, id: string) => Promise<void>} deleteLearner
 * @property {(code: string) => Promise<Map<string, { name: string }>>} learners
 * @property {(code: string) => Promise<number>} learnerCount
 * @property {(code: string, round: number, id: string, response: any) => Promise<number>} saveAnswer
 * @property {(code: string, round: number) => Promise<void>} dropAnswers
 * @property {(code: string, round: number) => Promise<Map<string, any>>} answers
 * @property {(code: string, round: number, id: string) => Promise<any>} answer
 * @property {(code: string, points: Map<string, number>) => Promise<void>} addScores
 * @property {(code: string, id: string) => Promise<number>} score
 * @property {(code: string) => Promise<Map<string, number>>} scores
 * @property {(key: string, windowMs: number) => Promise<number>} hit counts a hit in a fixed window, resolves to the count
 * @property {(key: string, windowMs: number) => Promise<number>} peek the count so far, without a hit
 * @property {() => Promise<void>} close
 */
export {};
