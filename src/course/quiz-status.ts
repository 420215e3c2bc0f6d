import { scorePercent, type ProgressData } from '../progress/progress-types';
import { lessonQuizId } from '../progress/quiz-ids';

/** The id of the end-of-lesson quiz in its page: `/lessons/:slug#quiz` opens straight at it (the quizzes page links there). */
export { QUIZ_SECTION_ID as QUIZ_ANCHOR } from './section-id';

/** Where a learner stands with one quiz, in words: what the quizzes page and the course map show. */
export interface QuizStatus {
  kind: 'done' | 'started' | 'new';
  label: string;
  /** Best score as a whole percentage, once an attempt is complete. */
  best: number | null;
}

/**
 * A lesson quiz's status from saved progress: done (with its best score), started (something
 * saved for it) or not started. Pure, so it is tested without React.
 */
export function lessonQuizStatus(data: Pick<ProgressData, 'quizzes'>, slug: string): QuizStatus {
  const quizId = lessonQuizId(slug);
  const quiz = data.quizzes[quizId];
  if (quiz?.best) {
    const best = scorePercent(quiz.best);
    return { kind: 'done', label: `Done · best ${best}%`, best };
  }
  // A quiz's record is made by its first answer (or hint, or retake).
  if (quiz) return { kind: 'started', label: 'Started', best: null };
  return { kind: 'new', label: 'Not started', best: null };
}
