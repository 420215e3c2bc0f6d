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
import { recordCheck, recordHint, recordReadingPlace, recordReveal, recordVisit, startNewAttempt } from './quiz-progress';

export interface QuizTarget {
  quizId: string;
  questions: readonly Question[];
}

const now = () => Date.now();
const ctx = (target: QuizTarget) => ({ quizId: target.quizId, questions: target.questions, now: now() });

export function checkAnswer(target: QuizTarget, question: Question, response: Response, result: Extract<Grade, { status: 'graded' }>): void {
  useProgress.setState((state) => recordCheck(dataOf(state), question, response, result, ctx(target)));
}

export function takeHint(target: QuizTarget, question: Question): void {
  useProgress.setState((state) => recordHint(dataOf(state), question, ctx(target)));
}

export function revealAnswer(target: QuizTarget, question: Question, correct: Response): void {
  useProgress.setState((state) => recordReveal(dataOf(state), question, correct, ctx(target)));
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
