import {
  LEGACY,
  MAX_TRIES_LOGGED,
  PROGRESS_VERSION,
  type ProgressData,
  type ProgressDataV1,
  type ProgressDataV2,
  type ProgressDataV3,
  type ProgressDataV4,
  type ProgressDataV5,
  type QuestionRecord,
} from './progress-types';

export { LEGACY } from './progress-types';

/**
 * v1 (foundation) saved `{ answers: { [questionId]: { choice, correct, at } } }` for
 * single-choice questions. v2 keeps each as a record of attempt 1 whose fingerprint and
 * quiz are unknown (LEGACY): the app adopts it the first time it shows the question,
 * if the saved choice is still one of the question's options, and ignores it otherwise.
 */
export function v1ToV2(old: ProgressDataV1): ProgressDataV2 {
  const answers: Record<string, QuestionRecord> = {};
  const tries: ProgressData['tries'] = [];
  for (const [id, answer] of Object.entries(old.answers)) {
    answers[id] = {
      quiz: LEGACY,
      attempt: 1,
      fp: LEGACY,
      response: { type: 'single', choice: answer.choice },
      tries: 1,
      firstScore: answer.correct ? 1 : 0,
      correct: answer.correct,
      hintUsed: false,
      revealed: false,
      at: answer.at,
    };
    tries.push({ q: id, quiz: LEGACY, s: answer.correct ? 1 : 0, at: answer.at });
  }
  tries.sort((a, b) => a.at - b.at);
  return { answers, quizzes: {}, tries: tries.slice(-MAX_TRIES_LOGGED), lessons: {}, lastLesson: null };
}

/** v3 records when progress was last reset; data saved before then has never been reset. */
export function v2ToV3(old: ProgressDataV2): ProgressDataV3 {
  return { ...old, resetAt: 0 };
}

/**
 * v4 keeps the same data but saves the tries log apart, one key per hour: a v3 value
 * holds its log inline, so the data carries over as it is, and the storage adapter
 * writes the log out by hour (tries-log.ts, splitByHour) the first time it saves.
 */
export function v3ToV4(old: ProgressDataV3): ProgressDataV4 {
  return { ...old, tries: [...old.tries] };
}

/**
 * v5 adds the review schedule, the final assessment and the certificate's name, all empty.
 * Questions answered before v5 join the schedule the first time the learner opens the review
 * page, rated from their saved answers (review/lib/schedule.ts, `catchUp`): the scheduler is
 * not loaded to read saved progress (docs/decisions/010-review-schedule.md).
 */
export function v4ToV5(old: ProgressDataV4): ProgressDataV5 {
  return { ...old, reviews: {}, finalAttempt: null, finalResults: [], certificateName: null };
}

/**
 * v6 remembers the section each lesson was last read at. Older data has no such place:
 * every lesson starts with none, and opens at its top, as it did before.
 */
export function addReadingPlaces(old: ProgressDataV5): ProgressData {
  return { ...old, reading: {} };
}

/** One step per version: steps[n] upgrades version n to n + 1. */
const steps: Record<number, (state: never) => unknown> = {
  1: v1ToV2,
  2: v2ToV3,
  3: v3ToV4,
  4: v4ToV5,
  5: addReadingPlaces,
};

/**
 * Upgrades saved state from any earlier version to the current one, step by step.
 * Each step trusts its input's shape, so the caller validates the old version first.
 */
export function migrate(state: unknown, fromVersion: number): unknown {
  let current = state;
  for (let version = fromVersion; version < PROGRESS_VERSION; version += 1) {
    const step = steps[version];
    if (!step) throw new Error(`No migration from version ${version}`);
    current = step(current as never);
  }
  return current;
}
