import { Link } from 'react-router';
import { useProgress, useProgressHydrated } from '../progress/progress-store';
import { scorePercent, type AttemptSummary } from '../progress/progress-types';
import { usePageTitle } from '../ui/use-page-title';
import { lessons } from './lessons';
import { lessonQuizStatus, QUIZ_ANCHOR } from './quiz-status';

/**
 * The final assessment's results, once saved progress holds them (format 5, issue 11's `/final`).
 * Read defensively, so this page works before and after that format arrives.
 */
function useFinalBest(): number | null {
  return useProgress((state) => {
    const results = (state as { finalResults?: readonly AttemptSummary[] }).finalResults;
    if (!Array.isArray(results) || results.length === 0) return null;
    return Math.max(...results.map(scorePercent));
  });
}

/**
 * Every quiz in one list, for people who come to test themselves: each lesson's quiz and the
 * final assessment, with status and best score, each linking straight to the quiz (the lesson
 * opens at its quiz, `#quiz`, with no scrolling through the text).
 */
export function Component() {
  usePageTitle('Quizzes');
  const hydrated = useProgressHydrated();
  const quizzes = useProgress((state) => state.quizzes);
  const finalBest = useFinalBest();
  return (
    <>
      <h1>Quizzes</h1>
      <p className="quizzes__intro">
        Test what you know without reading the lessons first. Each link opens the quiz itself; your first answer to each question
        counts, and every answer is explained.
      </p>
      <h2 id="lesson-quizzes">Lesson quizzes</h2>
      <ol className="quiz-list" aria-labelledby="lesson-quizzes">
        {lessons.map((lesson) => {
          const status = lessonQuizStatus({ quizzes }, lesson.slug);
          return (
            <li key={lesson.slug} className={`quiz-list__item quiz-list__item--${hydrated ? status.kind : 'new'}`}>
              <span className="quiz-list__number" aria-hidden="true">
                {hydrated && status.kind === 'done' ? '✓' : lesson.order}
              </span>
              <div>
                <Link className="quiz-list__link" to={`/lessons/${lesson.slug}#${QUIZ_ANCHOR}`}>
                  Quiz {lesson.order}: {lesson.title}
                </Link>
                <p className="quiz-list__status">{hydrated ? status.label : 'Reading your progress…'}</p>
              </div>
            </li>
          );
        })}
      </ol>
      <h2 id="final-heading">Final assessment</h2>
      <div className="quiz-list__item quiz-list__item--final">
        <span className="quiz-list__number" aria-hidden="true">
          ★
        </span>
        <div>
          <Link className="quiz-list__link" to="/final">
            The final assessment
          </Link>
          <p className="quiz-list__status">
            Questions from every lesson, marked when you submit; the pass mark is 80%.{' '}
            {!hydrated ? 'Reading your progress…' : finalBest === null ? 'Not taken yet.' : `Best ${finalBest}%.`}
          </p>
        </div>
      </div>
    </>
  );
}
