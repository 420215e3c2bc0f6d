/**
 * How a lesson's quiz is keyed in saved progress. The one place this is written: a second
 * copy, renamed, would orphan every saved score for that quiz.
 */
export const lessonQuizId = (slug: string) => `lesson:${slug}`;

/** How a checkpoint (one question inside a lesson) is keyed in saved progress. */
export const checkpointQuizId = (questionId: string) => `checkpoint:${questionId}`;

