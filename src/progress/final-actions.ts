/**
 * How the final assessment changes saved progress, through the one store. Loaded with the
 * final assessment's page.
 */
import type { Question } from '../quiz/lib/question';
import type { Response } from '../quiz/lib/response';
import { drawFinal } from '../review/lib/final-draw';
import { ratingFor } from '../review/lib/rating';
import { answerFinal, nameCertificate, nextAttemptNumber, openAttempt, startFinal, submitFinal } from './final-progress';
import { dataOf, useProgress } from './progress-store';

const now = () => Date.now();

/**
 * Starts a final assessment, unless one is open: its questions are drawn for its number,
 * avoiding those the previous attempt asked, so a retake asks a different set.
 */
export function startFinalAssessment(bank: readonly Question[]): void {
  useProgress.setState((state) => {
    const data = dataOf(state);
    if (openAttempt(data)) return data;
    const n = nextAttemptNumber(data);
    return startFinal(data, n, drawFinal(bank, `final#${n}`, new Set(data.finalAttempt?.questions ?? [])), now());
  });
}

export function answerFinalQuestion(questionId: string, response: Response): void {
  useProgress.setState((state) => answerFinal(dataOf(state), questionId, response, now()));
}

/**
 * Submits the open final assessment. Each question asked then moves in the review schedule,
 * rated from its score (the scheduler loads afterwards; the review page catches up if it does not).
 */
export function submitFinalAssessment(bank: readonly Question[]): void {
  const at = now();
  useProgress.setState((state) => submitFinal(dataOf(state), new Map(bank.map((q) => [q.id, q])), at));
  const result = useProgress.getState().finalAttempt?.result;
  if (!result) return;
  import('./review-actions')
    .then((actions) => {
      actions.recordReviews(
        Object.entries(result.scores).map(([id, earned]) => [id, ratingFor({ earned, hintUsed: false })] as const),
        at,
      );
    })
    .catch(() => undefined);
}

export function setCertificateName(name: string): void {
  useProgress.setState((state) => nameCertificate(dataOf(state), name, now()));
}
