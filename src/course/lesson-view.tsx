import { useEffect, useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { visitLesson } from '../progress/progress-actions';
import { usePageTitle } from '../ui/use-page-title';
import { FurtherReading } from './further-reading';
import { LessonContext } from './lesson-context';
import type { LoadedLesson, LessonEntry } from './lessons';
import { mdxComponents } from './mdx/mdx-components';
import './lesson.css';

interface LessonViewProps {
  lesson: LoadedLesson;
  previous?: LessonEntry | undefined;
  next?: LessonEntry | undefined;
}

/** A lesson page: title, objectives, the MDX body with its quizzes, sources, previous/next. */
export function LessonView({ lesson, previous, next }: LessonViewProps) {
  const { entry, Content, questions } = lesson;
  usePageTitle(entry.title);
  useEffect(() => visitLesson(entry.slug), [entry.slug]);
  const context = useMemo(() => ({ lesson: entry, questions }), [entry, questions]);
  const { hash } = useLocation();
  // A section link (`/lessons/:slug#section-id`) opens at that section, on first load too:
  // the body arrives with the lazy route, after the browser's own jump to the hash.
  useEffect(() => {
    if (!hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    const place = () => {
      if (typeof target.scrollIntoView === 'function') target.scrollIntoView(); // jsdom has none
      if (target.tabIndex === -1) target.focus({ preventScroll: true });
    };
    place();
    // Again after the shell has moved focus to the new page's main (its effect runs after this
    // one, and focusing main can scroll the page back to its top).
    const frame = requestAnimationFrame(place);
    return () => cancelAnimationFrame(frame);
  }, [hash, entry.slug]);
  return (
    <LessonContext.Provider value={context}>
      <article className="lesson">
        <header className="lesson__header">
          <p className="lesson__eyebrow">
            Lesson {entry.order} · {entry.minutes} min
          </p>
          <h1>{entry.title}</h1>
          <section className="lesson__objectives" aria-labelledby="objectives">
            <h2 id="objectives">In this lesson you will</h2>
            <ul>
              {entry.objectives.map((objective) => (
                <li key={objective.id}>{objective.text}</li>
              ))}
            </ul>
          </section>
        </header>
        <div className="lesson__body">
          <Content components={mdxComponents} />
        </div>
        <FurtherReading ids={entry.sources} />
      </article>
      <nav className="lesson-pager" aria-label="Lessons">
        {previous ? (
          <Link className="lesson-pager__link" to={`/lessons/${previous.slug}`} rel="prev">
            <span className="lesson-pager__label">Previous</span> {previous.title}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link className="lesson-pager__link lesson-pager__link--next" to={`/lessons/${next.slug}`} rel="next">
            <span className="lesson-pager__label">Next</span> {next.title}
          </Link>
        ) : (
          <Link className="lesson-pager__link lesson-pager__link--next" to="/">
            <span className="lesson-pager__label">Finished</span> Back to the course map
          </Link>
        )}
      </nav>
    </LessonContext.Provider>
  );
}
