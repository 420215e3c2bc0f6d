/**
 * One question's place in the spaced-review schedule, as saved (format 5). Types only:
 * the scheduler (schedule.ts, with ts-fsrs) loads only where a review is recorded.
 */

/**
 * How well a question was recalled, on FSRS's scale: 1 Again (missed), 2 Hard, 3 Good,
 * 4 Easy. See rating.ts for how an answer is rated.
 */
export type ReviewRating = 1 | 2 | 3 | 4;

/** FSRS's card states: 0 new, 1 learning, 2 review, 3 relearning. */
export type ReviewState = 0 | 1 | 2 | 3;

/** An FSRS card, with times in ms since 1970 (JSON has no dates). */
export interface ReviewCard {
  /** When it is next due. */
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  /** Reviews so far (its first answer counts as one). */
  reps: number;
  /** Times it was missed after being known. */
  lapses: number;
  state: ReviewState;
  /** When it was last reviewed: the newer card wins when two tabs merge. */
  lastReview: number;
  /** The rating of that review (1 = missed). Missed questions come back first. */
  lastRating: ReviewRating;
}
