import { data, Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { findLesson, lessons, loadQuestions, neighbours } from '../course/lessons';
import { usePageTitle } from '../ui/use-page-title';
import { loadSections } from './course-sections';
import { LessonGuideBody } from './guide-parts';
import './print.css';

export async function loader({ params }: LoaderFunctionArgs) {
  const entry = params.slug ? findLesson(params.slug) : undefined;
  if (!entry) throw data(null, { status: 404, statusText: 'Lesson not found' });
  // A wrong answer in any lesson's quiz can reveal a misconception this lesson corrects.
  const [[lesson], banks] = await Promise.all([loadSections([entry]), Promise.all(lessons.map(loadQuestions))]);
  if (!lesson) throw data(null, { status: 404, statusText: 'Lesson not found' });
  return { lesson, allQuestions: banks.flat() };
}

/** `/guide/:slug`: one lesson's part of the facilitator guide, a page of its own. */
export function Component() {
  const { lesson, allQuestions } = useLoaderData() as Awaited<ReturnType<typeof loader>>;
  const { entry } = lesson;
  usePageTitle(`Guide: ${entry.title}`);
  const { previous, next } = neighbours(entry.slug);
  return (
    <article className="guide printable">
      <p className="handout__eyebrow">
        <Link to="/guide">Facilitator guide</Link> · lesson {entry.order} of {lessons.length}
      </p>
      <h1>
        Lesson {entry.order}: {entry.title}
      </h1>
      <p className="no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print this lesson’s guide
        </button>
      </p>
      <LessonGuideBody lesson={lesson} allQuestions={allQuestions} level={2} />
      <nav className="lesson-pager" aria-label="Lesson guides">
        {previous ? (
          <Link className="lesson-pager__link" to={`/guide/${previous.slug}`} rel="prev">
            <span className="lesson-pager__label">Previous</span> Lesson {previous.order}: {previous.title}
          </Link>
        ) : (
          <span />
        )}
        <Link className="lesson-pager__link lesson-pager__link--next" to={next ? `/guide/${next.slug}` : '/guide'} rel={next ? 'next' : undefined}>
          {next ? (
            <>
              <span className="lesson-pager__label">Next</span> Lesson {next.order}: {next.title}
            </>
          ) : (
            <>
              <span className="lesson-pager__label">Finished</span> Back to the guide’s front page
            </>
          )}
        </Link>
      </nav>
    </article>
  );
}
