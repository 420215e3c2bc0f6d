/**
 * How a lesson's quiz is keyed in saved progress. The one place this is written: a second
 * copy, renamed, would orphan every saved score for that quiz.
 */
export const lessonQuizId = (slug: string) => `lesson:${slug}`;

/** How a checkpoint (one question inside a lesson) is keyed in saved progress. */
export const checkpointQuizId = (questionId: string) => `checkpoint:${questionId}`;

/**
 * How a question asked in the spaced review (/review) is keyed: its answer there is saved
 * under this id, as the answer of a one-question quiz of the same id, so reviewing never
 * disturbs the question's record in its lesson quiz (docs/decisions/010-review-schedule.md).
 */
export const reviewQuizId = (questionId: string) => `review:${questionId}`;

/** The question a review id stands for (the id itself when it is not a review id). */
export const reviewedQuestionId = (id: string) => (id.startsWith('review:') ? id.slice('review:'.length) : id);
