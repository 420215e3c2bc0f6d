/**
 * How the spaced review changes saved progress, through the one store. Loaded with the
 * review page, and after an answer anywhere (progress-actions.ts), with the scheduler.
 */
import type { Question } from '../quiz/lib/question';
import type { ReviewRating } from '../review/lib/review-card';
import { dataOf, useProgress } from './progress-store';
import { catchUp, startReview, withReview } from './review-progress';

/** Records a review (or a question's first answer) in the schedule. */
export function recordReview(questionId: string, rating: ReviewRating, at: number): void {
  recordReviews([[questionId, rating]], at);
}

/** Records several reviews at once (a submitted final assessment): one change, one save. */
export function recordReviews(reviews: readonly (readonly [string, ReviewRating])[], at: number): void {
  useProgress.setState((state) => reviews.reduce((data, [id, rating]) => withReview(data, id, rating, at), dataOf(state)));
}

/**
 * Prepares a review session: answered questions missing from the schedule join it, then
 * the questions to ask start blank. Changes nothing (and saves nothing) when there is nothing to do.
 */
export function prepareReview(bank: readonly Question[], toAsk: (data: ReturnType<typeof dataOf>) => readonly Question[]): void {
  const data = dataOf(useProgress.getState());
  const now = Date.now();
  const caught = catchUp(data, bank, now);
  const next = startReview(caught, toAsk(caught), now);
  if (next !== data) useProgress.setState(next);
}
