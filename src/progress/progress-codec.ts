/**
 * Reading and writing saved progress: parse, check the shape, migrate old versions,
 * and the export/import file format. Loaded on demand (it carries the zod schemas), so
 * the first page does not pay for it.
 */
import * as z from 'zod/mini';
import { migrate } from './migrations';
import { MAX_FINAL_RESULTS, MAX_NAME_LENGTH } from '../review/lib/final-rules';
import { MAX_HISTORY_PER_QUIZ, MAX_TRIES_LOGGED, PROGRESS_VERSION, type ProgressData, type TryLogEntry } from './progress-types';

const str = z.string();
const nullableStr = z.nullable(str);

/** Times are ms since 1970, up to 2100: every one can be shown as a date. */
export const MAX_TIME = Date.UTC(2100, 0, 1);
/** More tries, attempts or completions than anyone could make. */
const MAX_COUNT = 1_000_000;
/** More questions than a quiz could have. */
const MAX_QUESTIONS = 1_000;
const time = z.number().check(z.gte(0, 'must be a time from 1970'), z.lte(MAX_TIME, 'must be a time before 2100'));
const count = (min: 0 | 1) => z.int().check(z.gte(min, `must be ${min} or more`), z.lte(MAX_COUNT, 'is impossibly large'));

const response = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single'), choice: nullableStr }),
  z.object({ type: z.literal('scenario'), choice: nullableStr }),
  z.object({ type: z.literal('multiple'), choices: z.array(str) }),
  z.object({ type: z.literal('myth-or-reality'), choice: z.nullable(z.enum(['myth', 'reality'])) }),
  z.object({ type: z.literal('ordering'), order: z.array(str) }),
  z.object({ type: z.literal('matching'), matches: z.record(str, nullableStr) }),
]);

const score = z.number().check(z.gte(0, 'must be 0 or more'), z.lte(1, 'must be 1 or less'));
const attemptSummary = z.object({
  score: z.number().check(z.gte(0, 'must be 0 or more'), z.lte(MAX_QUESTIONS, 'is impossibly large')),
  total: z.int().check(z.gte(0, 'must be 0 or more'), z.lte(MAX_QUESTIONS, 'is impossibly large')),
  at: time,
}).check(z.refine((a) => a.score <= a.total, { message: 'must not be more than the total', path: ['score'] }));

const questionRecord = z.object({
  quiz: str,
  attempt: count(1),
  fp: str,
  response: z.nullable(response),
  tries: count(0),
  firstScore: score,
  correct: z.boolean(),
  hintUsed: z.boolean(),
  revealed: z.boolean(),
  at: time,
});

const quizRecord = z.object({
  attempt: count(1),
  completed: count(0),
  completedAttempt: count(0),
  last: z.nullable(attemptSummary),
  best: z.nullable(attemptSummary),
  history: z.array(attemptSummary).check(z.maxLength(MAX_HISTORY_PER_QUIZ)),
  at: time,
});

const tryEntry = z.object({ q: str, quiz: str, s: score, at: time });
const triesLog = z.array(tryEntry).check(z.maxLength(MAX_TRIES_LOGGED));

const progressSchemaV2 = z.object({
  answers: z.record(str, questionRecord),
  quizzes: z.record(str, quizRecord),
  tries: triesLog,
  lessons: z.record(str, z.object({ visitedAt: time })),
  lastLesson: nullableStr,
});

const progressSchemaV3 = z.extend(progressSchemaV2, { resetAt: time });

/**
 * Format 4: as 3, but the tries log is optional. The saved main value leaves it out (it
 * is saved by hour, see tries-log.ts); an exported file includes it.
 */
const progressSchemaV4 = z.extend(progressSchemaV3, { tries: z.optional(triesLog) });

/** Longer than any FSRS interval: stability and intervals are in days, capped at 36,500 by the scheduler. */
const MAX_DAYS = 100_000;
const days = z.number().check(z.gte(0, 'must be 0 or more'), z.lte(MAX_DAYS, 'is impossibly large'));
const reviewCard = z.object({
  due: time,
  stability: days,
  // FSRS keeps difficulty between 1 and 10 (0 only for a card never rated).
  difficulty: z.number().check(z.gte(0, 'must be 0 or more'), z.lte(10, 'must be 10 or less')),
  scheduledDays: days,
  learningSteps: count(0),
  reps: count(0),
  lapses: count(0),
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  lastReview: time,
  lastRating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
});
const finalResult = z
  .object({
    n: count(1),
    score: z.number().check(z.gte(0, 'must be 0 or more'), z.lte(MAX_QUESTIONS, 'is impossibly large')),
    total: z.int().check(z.gte(1, 'must be 1 or more'), z.lte(MAX_QUESTIONS, 'is impossibly large')),
    at: time,
  })
  .check(z.refine((a) => a.score <= a.total, { message: 'must not be more than the total', path: ['score'] }));
const finalAttempt = z.object({
  n: count(1),
  questions: z.array(str).check(z.maxLength(MAX_QUESTIONS)),
  responses: z.record(str, response),
  startedAt: time,
  at: time,
  result: z.nullable(z.extend(finalResult, { scores: z.record(str, score) })),
});

/**
 * Format 5: as 4, with the review schedule (by question id), the final assessment in hand
 * and its results, and the name for the certificate.
 */
const progressSchemaV5 = z.extend(progressSchemaV4, {
  reviews: z.record(str, reviewCard),
  finalAttempt: z.nullable(finalAttempt),
  // One more than the cap: the best pass is kept besides the most recent (merge.ts).
  finalResults: z.array(finalResult).check(z.maxLength(MAX_FINAL_RESULTS + 1)),
  certificateName: z.nullable(z.object({ name: z.string().check(z.maxLength(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`)), at: time })),
});
/** Lesson slugs and section ids are kebab-case words (see course/section-id.ts), never long. */
export const MAX_ID_LENGTH = 200;
/** More lessons than a course could have. */
export const MAX_READING_PLACES = 1_000;
const kebabId = str.check(z.maxLength(MAX_ID_LENGTH, 'is too long to be an id'), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an id in kebab-case'));
const readingPlaces = z
  .record(kebabId, z.object({ section: kebabId, at: time }))
  .check(z.refine((places) => Object.keys(places).length <= MAX_READING_PLACES, { message: `must hold at most ${MAX_READING_PLACES} lessons` }));

/** Format 6: as 5, with the section each lesson was last read at. */
export const progressSchema = z.extend(progressSchemaV5, { reading: readingPlaces });

/** Schemas of earlier versions, to check old data before migrating it. */
const oldSchemas: Record<number, z.ZodMiniType> = {
  1: z.object({ answers: z.record(str, z.object({ choice: str, correct: z.boolean(), at: time })) }),
  2: progressSchemaV2,
  3: progressSchemaV3,
  4: progressSchemaV4,
  5: progressSchemaV5,
};

export type ReadResult =
  /** `hasTries`: whether the value held the tries log (older formats and exported files do; the saved main value of format 4 does not, and `data.tries` is then empty). */
  | { ok: true; data: ProgressData; migratedFrom: number | null; hasTries: boolean }
  | { ok: false; reason: string };

const describe = (error: z.core.$ZodError) =>
  error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');

/** One hour of the tries log as saved: its shape has not changed since format 4. */
const triesHourSchema = z.object({
  version: z.int().check(z.gte(4, 'must be 4 or more'), z.lte(PROGRESS_VERSION, `must be ${PROGRESS_VERSION} or less`)),
  tries: triesLog,
});

const withTries = (data: z.infer<typeof progressSchema>): ProgressData => ({ ...(data as ProgressData), tries: data.tries ?? [] });

/**
 * Reads one hour of the tries log as saved (`{ version, tries }`): the entries, or null
 * when the value is damaged.
 */
export function readTriesHour(raw: string): TryLogEntry[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!checkStructure(parsed).ok) return null;
  const result = triesHourSchema.safeParse(parsed);
  return result.success ? result.data.tries : null;
}

/** Checks a `{ state, version }` envelope and returns current-version data, migrating if needed. */
export function decodeEnvelope(envelope: unknown): ReadResult {
  if (typeof envelope !== 'object' || envelope === null || !('state' in envelope) || !('version' in envelope)) {
    return { ok: false, reason: 'It is not in the course’s progress format.' };
  }
  const { state, version } = envelope as { state: unknown; version: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'Its version number is missing or invalid.' };
  }
  if (version > PROGRESS_VERSION) {
    return { ok: false, reason: `It was saved by a newer version of the course (format ${version}; this one reads up to ${PROGRESS_VERSION}).` };
  }
  if (version < PROGRESS_VERSION) {
    const old = oldSchemas[version]?.safeParse(state);
    if (!old?.success) return { ok: false, reason: `Its contents are damaged (they do not match format ${version}).` };
    const migrated = progressSchema.safeParse(migrate(old.data, version));
    if (!migrated.success) return { ok: false, reason: `It could not be upgraded from format ${version}: ${describe(migrated.error)}` };
    return { ok: true, data: withTries(migrated.data), migratedFrom: version, hasTries: true };
  }
  const current = progressSchema.safeParse(state);
  if (!current.success) return { ok: false, reason: `Its contents are damaged (${describe(current.error)}).` };
  return { ok: true, data: withTries(current.data), migratedFrom: null, hasTries: current.data.tries !== undefined };
}

/** Saved progress is at most 7 levels deep (state.answers.id.response.matches.item); anything far deeper is not ours. */
export const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks parsed JSON without recursion (an explicit stack, so no depth can overflow it):
 * the first forbidden key, or whether it nests deeper than MAX_DEPTH.
 */
export function checkStructure(value: unknown): { ok: true } | { ok: false; forbidden: string } | { ok: false; tooDeep: true } {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= MAX_DEPTH) return { ok: false, tooDeep: true };
    if (Array.isArray(node)) {
      for (const item of node) stack.push([item, depth + 1]);
      continue;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return { ok: false, forbidden: key };
      stack.push([(node as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return { ok: true };
}

const TOO_DEEP = `too deeply nested (more than ${MAX_DEPTH} levels) to be course progress.`;

/** Reads the raw localStorage value. */
export function readStored(raw: string): ReadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'It is not valid JSON.' };
  }
  const structure = checkStructure(parsed);
  if (!structure.ok) {
    return { ok: false, reason: 'tooDeep' in structure ? `It is ${TOO_DEEP}` : `It contains a key named “${structure.forbidden}”, which is not allowed.` };
  }
  return decodeEnvelope(parsed);
}

// ---- Export and import ---------------------------------------------------------------

export const EXPORT_APP = 'fine-tuning-course';
export const MAX_IMPORT_BYTES = 1024 * 1024;

/** The file a learner downloads. */
export function encodeExport(data: ProgressData, now = new Date()): string {
  return JSON.stringify({ app: EXPORT_APP, version: PROGRESS_VERSION, exportedAt: now.toISOString(), state: data }, null, 2);
}

/**
 * Reads an exported file. Refuses (with a message for the learner) anything over 1 MB,
 * not JSON, from another app, from a newer version, with prototype-polluting keys, or of
 * the wrong shape. Nothing is returned unless all of it is valid.
 */
export function decodeImport(text: string): ReadResult {
  if (new Blob([text]).size > MAX_IMPORT_BYTES) return { ok: false, reason: 'The file is larger than 1 MB, so it cannot be course progress.' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not valid JSON.' };
  }
  const structure = checkStructure(parsed);
  if (!structure.ok) {
    return { ok: false, reason: 'tooDeep' in structure ? `The file is ${TOO_DEEP}` : `The file contains a key named “${structure.forbidden}”, which is not allowed.` };
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { app?: unknown }).app !== EXPORT_APP) {
    return { ok: false, reason: 'The file is not a progress export from this course.' };
  }
  return decodeEnvelope(parsed);
}
