import type { ReviewCard } from '../../src/progress/progress-types';

const DAY = 86_400_000;

/** A question's place in the review schedule, due at `due` (last reviewed three days before), as ts-fsrs leaves it after a Good. */
export function reviewCard(due: number, over: Partial<ReviewCard> = {}): ReviewCard {
  return {
    due,
    stability: 2.3,
    difficulty: 5,
    scheduledDays: 3,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state: 2,
    lastReview: due - 3 * DAY,
    lastRating: 3,
    ...over,
  };
}
