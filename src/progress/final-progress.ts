/**
 * How the final assessment changes saved progress. Pure functions over ProgressData, tested
 * without React; final-actions.ts applies them to the store.
 */
import { grade } from '../quiz/lib/grade';
import type { Question } from '../quiz/lib/question';
import type { Response } from '../quiz/lib/response';
import { keepFinalResults } from './merge-loop';
import type { FinalAttempt, ProgressData } from './progress-types';

/** The attempt in hand, not yet submitted (null when none is). */
export const openAttempt = (data: Pick<ProgressData, 'finalAttempt'>): FinalAttempt | null =>
  data.finalAttempt && !data.finalAttempt.result ? data.finalAttempt : null;

/** The next attempt's number: one more than the last one started. */
export const nextAttemptNumber = (data: Pick<ProgressData, 'finalAttempt' | 'finalResults'>) =>
  Math.max(data.finalAttempt?.n ?? 0, ...data.finalResults.map((r) => r.n)) + 1;

/** Starts attempt `n` with the questions drawn for it. An open attempt is kept, not replaced. */
export function startFinal(data: ProgressData, n: number, questions: readonly string[], now: number): ProgressData {
  if (openAttempt(data)) return data;
  return { ...data, finalAttempt: { n, questions: [...questions], responses: {}, startedAt: now, at: now, result: null } };
}

/** Keeps an answer, ungraded: nothing is marked before submission. */
export function answerFinal(data: ProgressData, questionId: string, response: Response, now: number): ProgressData {
  const attempt = openAttempt(data);
  if (!attempt || !attempt.questions.includes(questionId)) return data;
  return { ...data, finalAttempt: { ...attempt, responses: { ...attempt.responses, [questionId]: response }, at: now } };
}

/** A question's score in the final: its grade (partial credit counts), 0 if unanswered or incomplete. */
export function finalScore(question: Question, response: Response | undefined): number {
  if (!response) return 0;
  const result = grade(question, response);
  return result.status === 'graded' ? result.earned : 0;
}

/**
 * Submits the open attempt: every question is graded, the result saved with its date, and
 * kept with the others. `questions` must hold every question the attempt asked.
 */
export function submitFinal(data: ProgressData, questions: ReadonlyMap<string, Question>, now: number): ProgressData {
  const attempt = openAttempt(data);
  if (!attempt) return data;
  const scores: Record<string, number> = {};
  for (const id of attempt.questions) {
    const question = questions.get(id);
    scores[id] = question ? finalScore(question, attempt.responses[id]) : 0;
  }
  const score = Math.round(Object.values(scores).reduce((sum, s) => sum + s, 0) * 100) / 100;
  const result = { n: attempt.n, score, total: attempt.questions.length, at: now };
  return {
    ...data,
    finalAttempt: { ...attempt, at: now, result: { ...result, scores } },
    finalResults: keepFinalResults([...data.finalResults, result]),
  };
}

/** The name the certificate shows, as typed (trimmed); an empty name clears it. */
export function nameCertificate(data: ProgressData, name: string, now: number): ProgressData {
  const trimmed = name.trim();
  return { ...data, certificateName: trimmed ? { name: trimmed, at: now } : null };
}
