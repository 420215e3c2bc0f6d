import type { ReviewRating } from './review-card';

/** What a review's rating is made of: the first check of the question, and help taken before it. */
export interface RatedAnswer {
  /** Score of the first check, 0–1 (partial credit counts); null when the answer was shown before any check. */
  earned: number | null;
  /** The hint was open before that check. */
  hintUsed: boolean;
}

export const AGAIN: ReviewRating = 1;
export const HARD: ReviewRating = 2;
export const GOOD: ReviewRating = 3;

/**
 * How an answer rates on FSRS's scale (docs/decisions/010-review-schedule.md):
 * - answer shown before any check, or no credit: Again (missed; it comes back first);
 * - part credit, or full credit after the hint: Hard;
 * - full credit without help: Good.
 * Easy is never given: one check cannot tell effortless recall from sound recall, and an
 * Easy that was not would push the question out of sight for weeks.
 */
export function ratingFor({ earned, hintUsed }: RatedAnswer): ReviewRating {
  if (earned === null || earned <= 0) return AGAIN;
  if (earned < 1 || hintUsed) return HARD;
  return GOOD;
}
