/**
 * The latest score a learner earned on a question, wherever it was answered: its lesson
 * quiz or checkpoint, the spaced review, or the last final assessment. Pure.
 */
import { fingerprint } from '../quiz/lib/fingerprint';
import type { Question } from '../quiz/lib/question';
import { LEGACY, type ProgressData, type QuestionRecord } from './progress-types';
import { isAnswered } from './quiz-progress';
import { reviewQuizId } from './review-ids';

/** The score a saved record stands for: its first check, or 0 if the answer was shown first. Null for a stale or unanswered one. */
function recordScore(record: QuestionRecord | undefined, question: Question): { score: number; at: number } | null {
  if (!isAnswered(record)) return null;
  if (record.fp !== LEGACY && record.fp !== fingerprint(question)) return null;
  return { score: record.tries > 0 ? record.firstScore : 0, at: record.at };
}

export function latestScore(data: Pick<ProgressData, 'answers' | 'finalAttempt'>, question: Question): number | null {
  const candidates = [recordScore(data.answers[question.id], question), recordScore(data.answers[reviewQuizId(question.id)], question)];
  const result = data.finalAttempt?.result;
  if (result && question.id in result.scores) candidates.push({ score: result.scores[question.id]!, at: result.at });
  const latest = candidates.reduce<{ score: number; at: number } | null>((best, c) => (c && (!best || c.at >= best.at) ? c : best), null);
  return latest?.score ?? null;
}
