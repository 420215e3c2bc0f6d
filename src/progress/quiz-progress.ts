/**
 * How answering changes saved progress. Pure functions over ProgressData, tested without
 * React; the store's actions call them.
 */
import { fingerprint } from '../quiz/lib/fingerprint';
import type { Question } from '../quiz/lib/question';
import type { Grade, Response } from '../quiz/lib/response';
import {
  LEGACY,
  MAX_HISTORY_PER_QUIZ,
  MAX_TRIES_LOGGED,
  scoreRatio,
  type ProgressData,
  type QuestionRecord,
  type QuizRecord,
} from './progress-types';

export const newQuizRecord = (now: number): QuizRecord => ({
  attempt: 1,
  completed: 0,
  completedAttempt: 0,
  last: null,
  best: null,
  history: [],
  at: now,
});

/** The quiz's current attempt number (1 before anything is saved). */
export const currentAttempt = (data: Pick<ProgressData, 'quizzes'>, quizId: string) => data.quizzes[quizId]?.attempt ?? 1;

function responseFits(question: Question, response: Response | null): boolean {
  if (!response || response.type !== question.type) return false;
  if ((response.type === 'single' || response.type === 'scenario') && 'options' in question) {
    return question.options.some((o) => o.id === response.choice);
  }
  return true;
}

/**
 * The record that belongs to this question in the quiz's current attempt, or null.
 * A record saved for a different version of the question (fingerprint mismatch) or an
 * earlier attempt is not current; a legacy record (v1) is accepted when its saved
 * choice is still one of the options.
 */
export function currentRecord(
  record: QuestionRecord | undefined,
  question: Question,
  quizId: string,
  attempt: number,
): QuestionRecord | null {
  if (!record) return null;
  if (record.fp === LEGACY) return record.quiz === LEGACY && attempt === 1 && responseFits(question, record.response) ? record : null;
  if (record.quiz !== quizId || record.attempt !== attempt || record.fp !== fingerprint(question)) return null;
  return record;
}

/**
 * Whether progress holds anything of this quiz: its record (made by any answer, hint or retake)
 * or a question's record in its current attempt (a legacy one has no quiz record).
 */
export function holdsQuiz(data: Pick<ProgressData, 'answers' | 'quizzes'>, quizId: string, questions: readonly Question[]): boolean {
  const attempt = currentAttempt(data, quizId);
  return Boolean(data.quizzes[quizId]) || questions.some((q) => currentRecord(data.answers[q.id], q, quizId, attempt) !== null);
}

/** Answered in this attempt: checked at least once, or its answer shown. The one place this rule is written. */
export const isAnswered = (record: QuestionRecord | null | undefined): record is QuestionRecord => Boolean(record && (record.tries > 0 || record.revealed));

interface QuizContext {
  quizId: string;
  /** Every question of the quiz, to know when an attempt is complete. */
  questions: readonly Question[];
  now: number;
}

function ensureQuiz(data: ProgressData, quizId: string, now: number): QuizRecord {
  return data.quizzes[quizId] ?? newQuizRecord(now);
}

/** Completes the attempt when every question has been answered, once per attempt. */
function completeIfDone(data: ProgressData, { quizId, questions, now }: QuizContext): ProgressData {
  const quiz = ensureQuiz(data, quizId, now);
  if (quiz.completedAttempt >= quiz.attempt) return data;
  const records = questions.map((q) => currentRecord(data.answers[q.id], q, quizId, quiz.attempt));
  if (!records.every(isAnswered)) return data;
  const score = records.reduce((sum, r) => sum + (r?.firstScore ?? 0), 0);
  const summary = { score: Math.round(score * 100) / 100, total: questions.length, at: now };
  const best = !quiz.best || scoreRatio(summary) >= scoreRatio(quiz.best) ? summary : quiz.best;
  const updated: QuizRecord = {
    ...quiz,
    completed: quiz.completed + 1,
    completedAttempt: quiz.attempt,
    last: summary,
    best,
    history: [...quiz.history, summary].slice(-MAX_HISTORY_PER_QUIZ),
    at: now,
  };
  return { ...data, quizzes: { ...data.quizzes, [quizId]: updated } };
}

function withRecord(data: ProgressData, question: Question, ctx: QuizContext, change: (r: QuestionRecord | null) => QuestionRecord) {
  const quiz = ensureQuiz(data, ctx.quizId, ctx.now);
  const existing = currentRecord(data.answers[question.id], question, ctx.quizId, quiz.attempt);
  const record = change(existing ? { ...existing, quiz: ctx.quizId, fp: fingerprint(question) } : null);
  return {
    ...data,
    answers: { ...data.answers, [question.id]: record },
    quizzes: data.quizzes[ctx.quizId] ? data.quizzes : { ...data.quizzes, [ctx.quizId]: quiz },
  };
}

const blankRecord = (question: Question, ctx: QuizContext, attempt: number): QuestionRecord => ({
  quiz: ctx.quizId,
  attempt,
  fp: fingerprint(question),
  response: null,
  tries: 0,
  firstScore: 0,
  correct: false,
  hintUsed: false,
  revealed: false,
  at: ctx.now,
});

/** A graded check of a response. The first check of an attempt sets the question's score. */
export function recordCheck(
  data: ProgressData,
  question: Question,
  response: Response,
  result: Extract<Grade, { status: 'graded' }>,
  ctx: QuizContext,
): ProgressData {
  const attempt = currentAttempt(data, ctx.quizId);
  const next = withRecord(data, question, ctx, (existing) => {
    const base = existing ?? blankRecord(question, ctx, attempt);
    const first = base.tries === 0 && !base.revealed;
    return {
      ...base,
      response,
      tries: base.tries + 1,
      firstScore: first ? result.earned : base.firstScore,
      correct: result.correct,
      at: ctx.now,
    };
  });
  const tries = [...next.tries, { q: question.id, quiz: ctx.quizId, s: result.earned, at: ctx.now }];
  return completeIfDone({ ...next, tries: tries.length > MAX_TRIES_LOGGED ? tries.slice(-MAX_TRIES_LOGGED) : tries }, ctx);
}

/** The learner asked for the hint. */
export function recordHint(data: ProgressData, question: Question, ctx: QuizContext): ProgressData {
  const attempt = currentAttempt(data, ctx.quizId);
  return withRecord(data, question, ctx, (existing) => ({ ...(existing ?? blankRecord(question, ctx, attempt)), hintUsed: true, at: ctx.now }));
}

/**
 * The answer was shown (after a second wrong try, or on request): recorded as such, and it earns
 * nothing more. The learner's own last response is kept, so "Your answer" can be shown apart from
 * the correct one, after a reload too; `correct` is saved only when there is none.
 */
export function recordReveal(data: ProgressData, question: Question, correct: Response, ctx: QuizContext): ProgressData {
  const attempt = currentAttempt(data, ctx.quizId);
  const next = withRecord(data, question, ctx, (existing) => ({
    ...(existing ?? blankRecord(question, ctx, attempt)),
    response: existing?.response ?? correct,
    revealed: true,
    at: ctx.now,
  }));
  return completeIfDone(next, ctx);
}

/** Starts the quiz afresh: a new attempt (new option order); earlier scores are kept. */
export function startNewAttempt(data: ProgressData, quizId: string, now: number): ProgressData {
  const quiz = ensureQuiz(data, quizId, now);
  return { ...data, quizzes: { ...data.quizzes, [quizId]: { ...quiz, attempt: quiz.attempt + 1, at: now } } };
}

/** Remembers the lesson the learner is reading, for "Continue where you left off". */
export function recordVisit(data: ProgressData, slug: string, now: number): ProgressData {
  return { ...data, lessons: { ...data.lessons, [slug]: { visitedAt: now } }, lastLesson: slug };
}

/**
 * Remembers the section of a lesson the learner is reading, so "Continue" and a reload
 * return there. The same data back when the place has not changed, so nothing is saved.
 */
export function recordReadingPlace(data: ProgressData, slug: string, section: string, now: number): ProgressData {
  if (data.reading[slug]?.section === section) return data;
  return { ...data, reading: { ...data.reading, [slug]: { section, at: now } } };
}
