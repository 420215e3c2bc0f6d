import type { Response } from '../quiz/lib/response';
import type { ReviewCard } from '../review/lib/review-card';

export type { ReviewCard, ReviewRating, ReviewState } from '../review/lib/review-card';

/**
 * The saved-progress format's version. Bump it with a migration step in migrations.ts.
 * 4: the tries log is saved apart, one key per hour (tries-log.ts); the main value and
 * exported files hold the rest (an exported file also holds the log).
 * 5: the review schedule, final assessments and the certificate's name (decision 010).
 * 6: the section each lesson was last read at (`reading`), for resuming exactly.
 */
export const PROGRESS_VERSION = 6;

/**
 * Marks a record carried over from a format that did not save fingerprints or quiz ids
 * (see migrations.ts). Here, not there, so that answering does not load the migrations.
 */
export const LEGACY = '?';

/**
 * Most recent checked answers kept for review; older ones are dropped. Each is about
 * 70–100 bytes, so a full log is under 1 MB of the browser's ~5 MB quota (measured by
 * `npm run bench`).
 */
export const MAX_TRIES_LOGGED = 10_000;
/** Completed attempts kept per quiz (counts and best score are kept for ever). */
export const MAX_HISTORY_PER_QUIZ = 20;
/** Checks after which "Show answer" is offered for a question. */
export const TRIES_BEFORE_REVEAL = 2;

/** One question's state in the current attempt of its quiz. */
export interface QuestionRecord {
  /** The quiz it was answered in (a lesson quiz or a checkpoint). */
  quiz: string;
  /** Which attempt of that quiz this belongs to; an older attempt's record is history. */
  attempt: number;
  /** Fingerprint of the question when answered; a mismatch means the question changed. */
  fp: string;
  /** The last checked response (null before the first check, e.g. when only a hint was taken). */
  response: Response | null;
  /** Checks made in this attempt. */
  tries: number;
  /** Score (0–1) of the first check in this attempt: what counts towards the quiz score. */
  firstScore: number;
  /** Whether the last check was right. */
  correct: boolean;
  hintUsed: boolean;
  revealed: boolean;
  /** When this record last changed (ms since 1970). */
  at: number;
}

export interface AttemptSummary {
  score: number;
  total: number;
  at: number;
}

/** An attempt's score as a share of the total (0 for an empty quiz). */
export const scoreRatio = (s: AttemptSummary) => (s.total > 0 ? s.score / s.total : 0);
/** An attempt's score as a whole percentage, as the learner sees it. */
export const scorePercent = (s: AttemptSummary) => Math.round(scoreRatio(s) * 100);

export interface QuizRecord {
  /** The current attempt, from 1. Retaking starts the next. */
  attempt: number;
  /** Completed attempts, all time. */
  completed: number;
  /** The attempt number last completed (0 when none), so an attempt is counted once. */
  completedAttempt: number;
  last: AttemptSummary | null;
  best: AttemptSummary | null;
  /** The most recent completed attempts, newest last, at most MAX_HISTORY_PER_QUIZ. */
  history: AttemptSummary[];
  at: number;
}

/** One checked answer, for reviewing what was missed. */
export interface TryLogEntry {
  q: string;
  quiz: string;
  /** Score of that check, 0–1. */
  s: number;
  at: number;
}

export interface LessonVisit {
  visitedAt: number;
}

/** A submitted final assessment. */
export interface FinalResult {
  /** Which attempt (1, 2, …). */
  n: number;
  /** Points earned (partial credit counts), out of `total`. */
  score: number;
  total: number;
  /** When it was submitted. */
  at: number;
}

/** The final assessment in hand: the questions drawn, the answers so far and, once submitted, the result. */
export interface FinalAttempt {
  n: number;
  /** Question ids, in the order asked; no repeats. */
  questions: string[];
  /** The learner's answers so far, by question id; nothing is graded before submission. */
  responses: Record<string, Response>;
  startedAt: number;
  /** When it last changed. */
  at: number;
  /** Set on submission; each question's score (0–1) is kept for the review screen. */
  result: (FinalResult & { scores: Record<string, number> }) | null;
}

/** Where a lesson was last read: the id of its `##` section on screen, and when. */
export interface ReadingPlace {
  section: string;
  at: number;
}

/** Everything saved. Each key is one slice's persisted part. */
export interface ProgressData {
  answers: Record<string, QuestionRecord>;
  quizzes: Record<string, QuizRecord>;
  tries: TryLogEntry[];
  lessons: Record<string, LessonVisit>;
  lastLesson: string | null;
  /** Format 6: per lesson slug, the section last read. */
  reading: Record<string, ReadingPlace>;
  /**
   * When the learner last reset all progress (ms since 1970; 0 = never). Another tab's
   * older records are dropped when merging, so a reset is not undone by a tab left open.
   */
  resetAt: number;
  /** Format 5: the spaced-review schedule, by question id. */
  reviews: Record<string, ReviewCard>;
  /** Format 5: the final assessment in hand (or last submitted), and the results so far. */
  finalAttempt: FinalAttempt | null;
  finalResults: FinalResult[];
  /** Format 5: the name the learner typed for the certificate, and when. */
  certificateName: { name: string; at: number } | null;
}

export const emptyProgress = (): ProgressData => ({
  answers: {},
  quizzes: {},
  tries: [],
  lessons: {},
  lastLesson: null,
  resetAt: 0,
  reviews: {},
  finalAttempt: null,
  finalResults: [],
  certificateName: null,
  reading: {},
});

/** The fifth format: as the sixth, without the reading places. */
export type ProgressDataV5 = Omit<ProgressData, 'reading'>;

/** The fourth format: as the fifth, without the review schedule, final assessment and certificate. */
export type ProgressDataV4 = Omit<ProgressDataV5, 'reviews' | 'finalAttempt' | 'finalResults' | 'certificateName'>;

/** The third format: the same data as the fourth, with the tries log inside the one saved value. */
export type ProgressDataV3 = ProgressDataV4;

/** The second format: as the third, without `resetAt`. */
export type ProgressDataV2 = Omit<ProgressDataV3, 'resetAt'>;

/** The first saved format (foundation): one answer per single-choice question. */
export interface ProgressDataV1 {
  answers: Record<string, { choice: string; correct: boolean; at: number }>;
}
