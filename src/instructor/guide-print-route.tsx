import { Link, useLoaderData } from 'react-router';
import { usePageTitle } from '../ui/use-page-title';
import { loadSections } from './course-sections';
import { GuideOverview, LessonGuideBody } from './guide-parts';
import './print.css';

export async function loader() {
  return loadSections();
}

/** `/guide/print`: the whole facilitator guide on one page, made to be printed (each lesson starts a new page). */
export function Component() {
  const lessons = useLoaderData() as Awaited<ReturnType<typeof loader>>;
  usePageTitle('Facilitator guide, to print');
  const allQuestions = lessons.flatMap((l) => l.questions);
  return (
    <article className="guide printable">
      <h1>Facilitator guide</h1>
      <p>
        Everything you need to run a 45- or 90-minute class with this course: what learners will be able to do, a timed plan, the talking
        points and discussion questions for every section, the misconceptions to listen for, and the answers. It is built from the lessons
        themselves, so it always matches the slides.
      </p>
      <p className="no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          Print this guide
        </button>{' '}
        <Link to="/guide">Back to the guide’s front page</Link>
      </p>

      <GuideOverview lessons={lessons} />

      {lessons.map((lesson) => (
        <section key={lesson.entry.slug} className="guide-lesson" aria-labelledby={`guide-${lesson.entry.slug}`}>
          <h2 id={`guide-${lesson.entry.slug}`}>
            Lesson {lesson.entry.order}: {lesson.entry.title}
          </h2>
          <LessonGuideBody lesson={lesson} allQuestions={allQuestions} level={3} />
        </section>
      ))}
    </article>
  );
}
