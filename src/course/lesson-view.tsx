import { useEffect, useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { visitLesson } from '../progress/progress-actions';
import { useProgress } from '../progress/progress-store';
import { goToId } from '../ui/go-to-id';
import { usePageTitle } from '../ui/use-page-title';
import { FurtherReading } from './further-reading';
import { LessonContext } from './lesson-context';
import type { LoadedLesson, LessonEntry } from './lessons';
import { useCurrentSection } from './current-section';
import { lessonSections, QUIZ_SECTION_ID } from './lesson-sections';
import { mdxComponents } from './mdx/mdx-components';
import { useSaveReadingPlace } from './reading-place';
import { SectionMenu } from './section-menu';
import './lesson.css';

/** Whether this page load is a reload (the browser's Reload, not a link or Back). */
const isReload = () =>
  typeof performance !== 'undefined' &&
  (performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined)?.type === 'reload';

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
  const { hash, key } = useLocation();
  const sections = useMemo(() => lessonSections(Content), [Content]);
  const current = useCurrentSection(useMemo(() => sections.map((s) => s.id), [sections]));
  useSaveReadingPlace(entry.slug, current);
  // The place saved when this lesson was last read: a reload of the page returns there.
  const savedPlace = useProgress((state) => state.reading[entry.slug]?.section ?? null);
  // A section link (`/lessons/:slug#section-id`, "Continue" on the course map) opens at that
  // section, on first load too: the body arrives with the lazy route, after the browser's own
  // jump to the hash. A reload (the first location, key "default") opens at the saved place.
  useEffect(() => {
    if (hash) goToId(decodeURIComponent(hash.slice(1)));
    else if (key === 'default' && savedPlace && isReload()) goToId(savedPlace);
    // Only when the address changes: a place saved while reading must not move the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hash, key, entry.slug]);
  return (
    <LessonContext.Provider value={context}>
      <article className="lesson">
        <header className="lesson__header">
          <p className="lesson__eyebrow">
            Lesson {entry.order} · {entry.minutes} min
          </p>
          <h1>{entry.title}</h1>
          {sections.some((s) => s.id === QUIZ_SECTION_ID) ? (
            <p className="lesson__jump">
              <a href={`#${QUIZ_SECTION_ID}`}>Jump to quiz</a>
            </p>
          ) : null}
          <section className="lesson__objectives" aria-labelledby="objectives">
            <h2 id="objectives">In this lesson you will</h2>
            <ul>
              {entry.objectives.map((objective) => (
                <li key={objective.id}>{objective.text}</li>
              ))}
            </ul>
          </section>
        </header>
        {sections.length > 1 ? <SectionMenu sections={sections} current={current} /> : null}
        <div className="lesson__body">
          <Content components={mdxComponents} />
        </div>
        {/* Right after the quiz, which ends every lesson: on to the next without scrolling past the sources. */}
        <LessonPager previous={previous} next={next} />
        <FurtherReading ids={entry.sources} />
      </article>
    </LessonContext.Provider>
  );
}

/** Previous and next lesson (or back to the course map after the last). */
function LessonPager({ previous, next }: Pick<LessonViewProps, 'previous' | 'next'>) {
  return (
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
  );
}
