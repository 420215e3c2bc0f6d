import { Link, useLoaderData } from 'react-router';
import { usePageTitle } from '../ui/use-page-title';
import { loadSections } from './course-sections';
import { classMinutes, GuideOverview } from './guide-parts';
import './print.css';

export async function loader() {
  return loadSections();
}

/**
 * `/guide`: the facilitator guide's front page: objectives, timed plans, and a guide per lesson.
 * Each lesson's talking points, misconceptions and answer key are a page of their own
 * (`/guide/:slug`), so that no page of the guide is slow to open on a phone; `/guide/print` puts
 * the whole guide on one page for printing.
 */
export function Component() {
  // Client loader data is passed as is (not serialised), so the MDX components survive.
  const lessons = useLoaderData() as Awaited<ReturnType<typeof loader>>;
  usePageTitle('Facilitator guide');
  return (
    <article className="guide printable">
      <h1>Facilitator guide</h1>
      <p>
        Everything you need to run a 45- or 90-minute class with this course: what learners will be able to do, a timed plan, and for
        each lesson the talking points and discussion questions, the misconceptions to listen for, and the answers. It is built from the
        lessons themselves, so it always matches the slides.
      </p>
      <p className="no-print guide__actions">
        <Link className="button" to="/present?view=console">
          Open the presenter console
        </Link>{' '}
        <Link className="button button--secondary" to="/guide/print">
          The whole guide, to print
        </Link>
      </p>

      <GuideOverview lessons={lessons} />

      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">Lesson by lesson</h2>
        <p>Each lesson’s guide has its talking points, the misconceptions to watch for and its answer key. Its handout prints on one page.</p>
        <ol className="guide-index">
          {lessons.map((lesson) => {
            const { entry, questions } = lesson;
            return (
              <li key={entry.slug}>
                <Link to={`/guide/${entry.slug}`} className="guide-index__title">
                  Lesson {entry.order}: {entry.title}
                </Link>
                <span className="guide-index__meta">
                  {classMinutes(lesson)} min in class · {questions.length} questions ·{' '}
                  <Link to={`/handouts/${entry.slug}`}>
                    Handout<span className="visually-hidden"> for lesson {entry.order}: {entry.title}</span>
                  </Link>{' '}
                  ·{' '}
                  <Link to={`/present/${entry.slug}?view=console`}>
                    Slides<span className="visually-hidden"> for lesson {entry.order}: {entry.title}</span>
                  </Link>
                </span>
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
}
