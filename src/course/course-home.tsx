import { Link } from 'react-router';
import { usePageTitle } from '../ui/use-page-title';
import { lessons } from './lessons';
import './course-home.css';

/** The course map: every lesson in order. */
export function CourseHome() {
  usePageTitle();
  const totalMinutes = lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
  return (
    <>
      <h1>Fine-tuning, in {lessons.length} short lessons</h1>
      <p className="course-home__promise">
        Learn what fine-tuning is, how it works, when it beats prompting or retrieval, and which beliefs about it are myths.
        About {totalMinutes} minutes in all, with a quiz at the end of each lesson.
      </p>
      <h2 id="lessons-heading">Lessons</h2>
      <ol className="lesson-list" aria-labelledby="lessons-heading">
        {lessons.map((lesson) => (
          <li key={lesson.slug} className="lesson-card">
            <span className="lesson-card__number" aria-hidden="true">
              {lesson.order}
            </span>
            <div className="lesson-card__body">
              <h3 className="lesson-card__title">
                <Link to={`/lessons/${lesson.slug}`}>{lesson.title}</Link>
              </h3>
              <p className="lesson-card__summary">{lesson.summary}</p>
              <p className="lesson-card__meta">{lesson.minutes} min</p>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
