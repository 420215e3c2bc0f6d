/**
 * The final assessment's fixed rules. Apart from progress-types.ts, which is on the first
 * page: whatever a lazily loaded module imports from there ships with the first page.
 */

/** The pass mark, as a share of the total. */
export const FINAL_PASS_RATIO = 0.8;

/** Whether a result passes (80% or more, partial credit counted). */
export const finalPassed = (result: { score: number; total: number }) => result.total > 0 && result.score / result.total >= FINAL_PASS_RATIO - 1e-9;

/** Final results kept (the best pass is kept besides, so a certificate never disappears). */
export const MAX_FINAL_RESULTS = 20;

/** The longest name a certificate takes. */
export const MAX_NAME_LENGTH = 80;

/** How many questions a final assessment asks: two from each lesson of nine. */
export const FINAL_SIZE = 18;
