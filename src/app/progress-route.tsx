import { loadKnownIds } from '../course/known-ids';
import { lessons } from '../course/lessons';
import { ProgressPage } from '../progress/progress-page';

/** The quizzes page (course/quizzes-page.tsx), loaded with this chunk: see routes.tsx. */
export { Component as Quizzes } from '../course/quizzes-page';

/**
 * The progress page, given what it needs from the course: app composes features, so
 * progress/ never imports course/ (docs/decisions/008-one-way-imports.md).
 */
export function Component() {
  return <ProgressPage lessons={lessons} loadKnownIds={loadKnownIds} />;
}
