/**
 * Reading and writing saved progress: parse, check the shape, migrate old versions,
 * and the export/import file format. Loaded on demand (it carries the zod schemas), so
 * the first page does not pay for it.
 */
import * as z from 'zod/mini';
import { migrate } from './migrations';
import { MAX_HISTORY_PER_QUIZ, MAX_TRIES_LOGGED, PROGRESS_VERSION, type ProgressData } from './progress-types';

const str = z.string();
const num = z.number();
const nullableStr = z.nullable(str);

const response = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single'), choice: nullableStr }),
  z.object({ type: z.literal('scenario'), choice: nullableStr }),
  z.object({ type: z.literal('multiple'), choices: z.array(str) }),
  z.object({ type: z.literal('myth-or-reality'), choice: z.nullable(z.enum(['myth', 'reality'])) }),
  z.object({ type: z.literal('ordering'), order: z.array(str) }),
  z.object({ type: z.literal('matching'), matches: z.record(str, nullableStr) }),
]);

const score = num.check(z.gte(0), z.lte(1));
const attemptSummary = z.object({ score: num, total: num, at: num });

const questionRecord = z.object({
  quiz: str,
  attempt: z.int().check(z.gte(1)),
  fp: str,
  response: z.nullable(response),
  tries: z.int().check(z.gte(0)),
  firstScore: score,
  correct: z.boolean(),
  hintUsed: z.boolean(),
  revealed: z.boolean(),
  at: num,
});

const quizRecord = z.object({
  attempt: z.int().check(z.gte(1)),
  completed: z.int().check(z.gte(0)),
  completedAttempt: z.int().check(z.gte(0)),
  last: z.nullable(attemptSummary),
  best: z.nullable(attemptSummary),
  history: z.array(attemptSummary).check(z.maxLength(MAX_HISTORY_PER_QUIZ)),
  at: num,
});

const progressSchemaV2 = z.object({
  answers: z.record(str, questionRecord),
  quizzes: z.record(str, quizRecord),
  tries: z.array(z.object({ q: str, quiz: str, s: score, at: num })).check(z.maxLength(MAX_TRIES_LOGGED)),
  lessons: z.record(str, z.object({ visitedAt: num })),
  lastLesson: nullableStr,
});

export const progressSchema = z.extend(progressSchemaV2, { resetAt: num.check(z.gte(0)) });

/** Schemas of earlier versions, to check old data before migrating it. */
const oldSchemas: Record<number, z.ZodMiniType> = {
  1: z.object({ answers: z.record(str, z.object({ choice: str, correct: z.boolean(), at: num })) }),
  2: progressSchemaV2,
};

export type ReadResult =
  | { ok: true; data: ProgressData; migratedFrom: number | null }
  | { ok: false; reason: string };

const describe = (error: z.core.$ZodError) =>
  error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');

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
    return { ok: true, data: migrated.data as ProgressData, migratedFrom: version };
  }
  const current = progressSchema.safeParse(state);
  if (!current.success) return { ok: false, reason: `Its contents are damaged (${describe(current.error)}).` };
  return { ok: true, data: current.data as ProgressData, migratedFrom: null };
}

/** Reads the raw localStorage value. */
export function readStored(raw: string): ReadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'It is not valid JSON.' };
  }
  return decodeEnvelope(parsed);
}

// ---- Export and import ---------------------------------------------------------------

export const EXPORT_APP = 'fine-tuning-course';
export const MAX_IMPORT_BYTES = 1024 * 1024;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

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
  let forbidden: string | null = null;
  try {
    parsed = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      return value;
    });
  } catch {
    return { ok: false, reason: 'The file is not valid JSON.' };
  }
  if (forbidden) return { ok: false, reason: `The file contains a key named “${forbidden}”, which is not allowed.` };
  if (typeof parsed !== 'object' || parsed === null || (parsed as { app?: unknown }).app !== EXPORT_APP) {
    return { ok: false, reason: 'The file is not a progress export from this course.' };
  }
  return decodeEnvelope(parsed);
}
