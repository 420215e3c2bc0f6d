import { useLayoutEffect, useMemo, useRef } from 'react';
import { Link } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { retryReadingProgress, useProgress, useProgressHydrated, useProgressReadFailed } from '../progress/progress-store';
import { scorePercent } from '../progress/progress-types';
import { LoadFailedNotice } from '../ui/load-failed-notice';
import { SlowNotice } from '../ui/slow-notice';
import { SLOW_LOAD_MS, useAfter } from '../ui/use-after';
import { usePageTitle } from '../ui/use-page-title';
import { findLesson, lessons } from './lessons';
import './course-home.css';
import { lessonQuizId } from '../progress/quiz-ids';

type Status = { label: string; kind: 'done' | 'started' | 'new' };

/** Each lesson's status, from its quiz record and visits: finished quiz, started, or not yet. */
function useLessonStatuses(): Record<string, Status> {
  const [quizzes, visits] = useProgress(useShallow((state) => [state.quizzes, state.lessons] as const));
  return useMemo(() => {
    const out: Record<string, Status> = {};
    for (const lesson of lessons) {
      const best = quizzes[lessonQuizId(lesson.slug)]?.best;
      if (best) out[lesson.slug] = { kind: 'done', label: `Quiz done · best ${scorePercent(best)}%` };
      else if (visits[lesson.slug]) out[lesson.slug] = { kind: 'started', label: 'Started' };
      else out[lesson.slug] = { kind: 'new', label: 'Not started' };
    }
    return out;
  }, [quizzes, visits]);
}

/**
 * A decorative bar (the label above says the same in words). Its width is set through the DOM,
 * not a style attribute: the prerendered HTML must not carry inline styles, which the CSP blocks.
 */
function ProgressBar({ fraction }: { fraction: number }) {
  const fill = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (fill.current) fill.current.style.width = `${fraction * 100}%`;
  }, [fraction]);
  return (
    <div className="progress-bar" aria-hidden="true">
      <span ref={fill} />
    </div>
  );
}

/** The course map: every lesson in order, overall progress, and where to continue. */
export function CourseHome() {
  usePageTitle();
  const statuses = useLessonStatuses();
  const lastLesson = useProgress((state) => state.lastLesson);
  const place = useProgress((state) => (state.lastLesson ? state.reading[state.lastLesson]?.section : undefined));
  const hydrated = useProgressHydrated();
  const readFailed = useProgressReadFailed();
  const slow = useAfter(SLOW_LOAD_MS, !hydrated && !readFailed);
  const resume = lastLesson ? findLesson(lastLesson) : undefined;
  const first = lessons[0];
  const done = lessons.filter((lesson) => statuses[lesson.slug]?.kind === 'done').length;
  const totalMinutes = lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
  const complete = done === lessons.length;
  return (
    <>
      <h1>Fine-tuning, in {lessons.length} short lessons</h1>
      <p className="course-home__promise">
        Learn what fine-tuning is, how it works, when it beats prompting or retrieval, and which beliefs about it are myths.
        About {totalMinutes} minutes in all, with a quiz at the end of each lesson.
      </p>
      <p className="course-home__origin">
        The course is built from a glossary entry on fine-tuning (“What is fine-tuning?”, from an AI glossary), adapted and
        extended with cited sources. Each lesson lists its sources at the end, and{' '}
        <Link to="/lessons/further-reading">Further reading</Link> gathers them all.
      </p>
      {readFailed ? (
        <LoadFailedNotice what="The part of the course that reads your saved progress" onRetry={retryReadingProgress} />
      ) : (
        <div className="course-home__progress" aria-busy={!hydrated}>
          <p id="overall-progress" className="course-home__progress-label">
            {hydrated ? `${done} of ${lessons.length} lesson quizzes done` : 'Reading your progress…'}
          </p>
          <ProgressBar fraction={done / Math.max(lessons.length, 1)} />
          {/* Always one line tall, before and after saved progress is read, so nothing below it moves. */}
          {/* Once every lesson quiz is done, the next step is the final assessment. */}
          {hydrated && resume ? (
            <Link className="button course-home__action" to={complete ? '/final' : `/lessons/${resume.slug}${place ? `#${place}` : ''}`}>
              <span className="course-home__action-text">{complete ? 'Course complete: take the final assessment' : `Continue: ${resume.title}`}</span>
            </Link>
          ) : first ? (
            <Link className="button course-home__action" to={`/lessons/${first.slug}`}>
              <span className="course-home__action-text">Start with lesson 1</span>
            </Link>
          ) : null}
        </div>
      )}
      {slow ? <SlowNotice /> : null}
      <h2 id="lessons-heading">Lessons</h2>
      <ol className="lesson-list" aria-labelledby="lessons-heading">
        {lessons.map((lesson) => {
          const status = statuses[lesson.slug];
          return (
            <li key={lesson.slug} className={`lesson-card lesson-card--${status?.kind ?? 'new'}`}>
              <span className="lesson-card__number" aria-hidden="true">
                {status?.kind === 'done' ? '✓' : lesson.order}
              </span>
              <div className="lesson-card__body">
                <h3 className="lesson-card__title">
                  <Link to={`/lessons/${lesson.slug}`}>{lesson.title}</Link>
                </h3>
                <p className="lesson-card__summary">{lesson.summary}</p>
                <p className="lesson-card__meta">
                  <span>{lesson.minutes} min</span>
                  {hydrated ? <span className="lesson-card__status">{status?.label}</span> : null}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** The route module's component (src/app/routes.tsx loads this file when the course map is opened). */
export { CourseHome as Component };
