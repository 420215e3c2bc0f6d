/**
 * How the spaced-review schedule changes saved progress. Pure functions over ProgressData,
 * tested without React; review-actions.ts applies them to the store. Carries the scheduler
 * (ts-fsrs), so it loads only with the review page or after an answer.
 */
import type { Question } from '../quiz/lib/question';
import { ratingFor } from '../review/lib/rating';
import type { ReviewRating } from '../review/lib/review-card';
import { reviewCard } from '../review/lib/schedule';
import type { ProgressData } from './progress-types';
import { currentAttempt, currentRecord, isAnswered, startNewAttempt } from './quiz-progress';
import { reviewQuizId } from './review-ids';

/** The schedule after a review of `questionId` rated `rating` at `now`; a new question joins it. */
export function withReview(data: ProgressData, questionId: string, rating: ReviewRating, now: number): ProgressData {
  return { ...data, reviews: { ...data.reviews, [questionId]: reviewCard(data.reviews[questionId], rating, now) } };
}

/**
 * Every answered question joins the schedule, even if its answer was saved before the
 * schedule existed (format 4) or the scheduler did not download after it: rated from its
 * saved record, at the time it was answered. Returns `data` itself when nothing is missing.
 */
export function catchUp(data: ProgressData, questions: readonly Question[], now: number): ProgressData {
  let next = data;
  for (const question of questions) {
    const record = data.answers[question.id];
    if (!isAnswered(record) || data.reviews[question.id]) continue;
    const rating = ratingFor({ earned: record.tries > 0 ? record.firstScore : null, hintUsed: record.hintUsed });
    next = withReview(next, question.id, rating, Math.min(record.at, now));
  }
  return next;
}

/**
 * Starts a review of each question: one reviewed before shows blank again (a new attempt
 * of its review quiz), so it is asked afresh. A question not yet answered in review is left as it is.
 */
export function startReview(data: ProgressData, questions: readonly Question[], now: number): ProgressData {
  let next = data;
  for (const question of questions) {
    const quizId = reviewQuizId(question.id);
    const asked = { ...question, id: quizId };
    if (isAnswered(currentRecord(next.answers[quizId], asked, quizId, currentAttempt(next, quizId)))) next = startNewAttempt(next, quizId, now);
  }
  return next;
}
