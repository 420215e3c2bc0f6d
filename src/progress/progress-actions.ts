/**
 * How the lesson page changes saved progress: answering, hints, revealing, retaking a quiz,
 * visiting a lesson. Each is one `setState` of the one store (progress-store.ts), which saves
 * it; the logic behind each is a pure function in quiz-progress.ts.
 *
 * Apart from the store so that these actions, and the logic and fingerprints behind them,
 * load with the lesson page that uses them, not with the first page, which only shows progress.
 */
import type { Question } from '../quiz/lib/question';
import type { Grade, Response } from '../quiz/lib/response';
import { dataOf, useProgress } from './progress-store';
import { currentAttempt, currentRecord, isAnswered, recordCheck, recordHint, recordReadingPlace, recordReveal, recordVisit, startNewAttempt } from './quiz-progress';
import { reviewedQuestionId } from './review-ids';
import { ratingFor, type RatedAnswer } from '../review/lib/rating';

export interface QuizTarget {
  quizId: string;
  questions: readonly Question[];
}

const now = () => Date.now();
const ctx = (target: QuizTarget) => ({ quizId: target.quizId, questions: target.questions, now: now() });

/** The question's record in its quiz's current attempt, before an action changes it. */
function recordNow(target: QuizTarget, question: Question) {
  const state = useProgress.getState();
  return currentRecord(state.answers[question.id], question, target.quizId, currentAttempt(state, target.quizId));
}

/**
 * The first answer to a question in an attempt (its first check, or its answer shown before
 * any check) is a review: the question joins the spaced-review schedule, or moves in it. The
 * scheduler loads after the answer is saved, so the lesson page does not carry it; if it does
 * not download, the review page catches the question up from its saved answer.
 */
function schedule(question: Question, answer: RatedAnswer): void {
  const at = now();
  import('./review-actions')
    .then((actions) => actions.recordReview(reviewedQuestionId(question.id), ratingFor(answer), at))
    .catch(() => undefined);
}

export function checkAnswer(target: QuizTarget, question: Question, response: Response, result: Extract<Grade, { status: 'graded' }>): void {
  const before = recordNow(target, question);
  const hintUsed = Boolean(before?.hintUsed);
  useProgress.setState((state) => recordCheck(dataOf(state), question, response, result, ctx(target)));
  if (!isAnswered(before)) schedule(question, { earned: result.earned, hintUsed });
}

export function takeHint(target: QuizTarget, question: Question): void {
  useProgress.setState((state) => recordHint(dataOf(state), question, ctx(target)));
}

export function revealAnswer(target: QuizTarget, question: Question, correct: Response): void {
  const before = recordNow(target, question);
  const hintUsed = Boolean(before?.hintUsed);
  useProgress.setState((state) => recordReveal(dataOf(state), question, correct, ctx(target)));
  if (!isAnswered(before)) schedule(question, { earned: null, hintUsed });
}

export function retakeQuiz(quizId: string): void {
  useProgress.setState((state) => startNewAttempt(dataOf(state), quizId, now()));
}

export function visitLesson(slug: string): void {
  useProgress.setState((state) => recordVisit(dataOf(state), slug, now()));
}

/** Saves the section of a lesson being read (the lesson page calls it when that changes, throttled). */
export function readSection(slug: string, section: string): void {
  const data = dataOf(useProgress.getState());
  const next = recordReadingPlace(data, slug, section, now());
  if (next !== data) useProgress.setState(next);
}
