/**
 * Review ids. Apart from quiz-ids.ts, which is on the first page: whatever a lazily loaded
 * module imports from a first-page module ships with the first page.
 */

/**
 * How a question asked in the spaced review (/review) is keyed: its answer there is saved
 * under this id, as the answer of a one-question quiz of the same id, so reviewing never
 * disturbs the question's record in its lesson quiz (docs/decisions/010-review-schedule.md).
 */
export const reviewQuizId = (questionId: string) => `review:${questionId}`;

/** The question a review id stands for (the id itself when it is not a review id). */
export const reviewedQuestionId = (id: string) => (id.startsWith('review:') ? id.slice('review:'.length) : id);
