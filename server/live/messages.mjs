/**
 * Every message a live-class client may send, as zod schemas. Anything else is refused: an
 * unknown event, a payload that does not parse, extra fields (strict objects), oversized
 * strings or arrays. Whole messages are capped before this by socket.io's `maxHttpBufferSize`.
 */
import { z } from 'zod';
import { CODE_LENGTH } from './codes.mjs';
import { NAME_MAX } from './names.mjs';

const code = z.string().regex(new RegExp(`^[0-9A-HJKMNP-TV-Z]{${CODE_LENGTH}}$`), 'not a join code');
const token = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'not a token');
/** Question, option, step and pair ids, lesson slugs: kebab-case, as the banks' schema requires. */
const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'not an id');
const ids = (max) => z.array(id).min(1).max(max);
const blockWords = z.array(z.string().min(1).max(40)).max(50);

/** What the server needs of a question to check and count answers: ids and the right answer, no text. */
export const questionFacts = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.enum(['single', 'scenario', 'multiple']),
    id,
    lesson: id,
    options: z.array(z.strictObject({ id, correct: z.boolean() })).min(2).max(8),
  }),
  z.strictObject({ type: z.literal('myth-or-reality'), id, lesson: id, answer: z.enum(['myth', 'reality']) }),
  /** Steps in their right order. */
  z.strictObject({ type: z.literal('ordering'), id, lesson: id, items: ids(10) }),
  z.strictObject({ type: z.literal('matching'), id, lesson: id, pairs: ids(10) }),
]);

/** A learner's answer: the quiz's own `Response` shape (src/quiz/lib/response.ts). */
export const response = z.discriminatedUnion('type', [
  z.strictObject({ type: z.enum(['single', 'scenario']), choice: id }),
  z.strictObject({ type: z.literal('multiple'), choices: ids(8) }),
  z.strictObject({ type: z.literal('myth-or-reality'), choice: z.enum(['myth', 'reality']) }),
  z.strictObject({ type: z.literal('ordering'), order: ids(10) }),
  z.strictObject({
    type: z.literal('matching'),
    matches: z.record(id, id).refine((matches) => Object.keys(matches).length <= 10, 'too many matches'),
  }),
]);

const host = { code, hostToken: token };

/** Event name → the schema of its one payload. Every event must be sent with an acknowledgement callback. */
export const messages = {
  'host:create': z.strictObject({ deck: id, blocklist: blockWords.optional() }),
  'host:resume': z.strictObject(host),
  'host:open': z.strictObject({ ...host, question: questionFacts }),
  'host:reveal': z.strictObject(host),
  'host:close': z.strictObject(host),
  'host:settings': z.strictObject({ ...host, scoreboard: z.boolean().optional(), blocklist: blockWords.optional() }),
  'host:end': z.strictObject(host),
  'learner:join': z.strictObject({ code, name: z.string().min(1).max(NAME_MAX * 4), token: token.optional() }),
  'learner:answer': z.strictObject({ round: z.number().int().min(1).max(10_000), response }),
  'learner:leave': z.strictObject({}),
};

/** @typedef {keyof typeof messages} MessageName */
