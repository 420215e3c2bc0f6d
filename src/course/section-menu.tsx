import { useLayoutEffect, useRef } from 'react';
import type { LessonSection } from './lesson-sections';

interface SectionMenuProps {
  sections: readonly LessonSection[];
  /** The id of the section being read, or null above the first. */
  current: string | null;
}

function SectionLinks({ sections, current, onPick }: SectionMenuProps & { onPick?: () => void }) {
  return (
    <ol className="section-menu__list">
      {sections.map((section) => (
        <li key={section.id}>
          <a href={`#${section.id}`} aria-current={section.id === current ? 'location' : undefined} onClick={onPick}>
            {section.title}
          </a>
        </li>
      ))}
    </ol>
  );
}

/**
 * Where the learner is in the lesson: a bar (how many of its sections have been reached) and
 * the list of sections with the current one marked (`aria-current="location"`). On a phone the
 * list folds into an "In this lesson" disclosure in a bar that stays at the top of the screen;
 * on a wide screen it stands beside the text (lesson.css picks which one shows).
 */
export function SectionMenu({ sections, current }: SectionMenuProps) {
  const index = sections.findIndex((s) => s.id === current);
  const reached = index + 1;
  const fill = useRef<HTMLSpanElement>(null);
  const details = useRef<HTMLDetailsElement>(null);
  // Set through the DOM, not a style attribute: the CSP blocks inline styles in the prerendered HTML.
  useLayoutEffect(() => {
    if (fill.current) fill.current.style.width = `${(reached / Math.max(sections.length, 1)) * 100}%`;
  }, [reached, sections.length]);
  const close = () => {
    if (details.current) details.current.open = false;
  };
  const where = index >= 0 ? `Section ${reached} of ${sections.length}: ${sections[index]?.title}` : `Before section 1 of ${sections.length}`;
  return (
    <div className="section-menu">
      <div
        className="section-menu__bar"
        role="progressbar"
        aria-label="Your place in this lesson"
        aria-valuemin={0}
        aria-valuemax={sections.length}
        aria-valuenow={reached}
        aria-valuetext={where}
      >
        <span ref={fill} />
      </div>
      <details ref={details} className="section-menu__phone">
        <summary>
          In this lesson <span className="section-menu__where">{index >= 0 ? `${reached} of ${sections.length}` : ''}</span>
        </summary>
        <nav aria-label="In this lesson">
          <SectionLinks sections={sections} current={current} onPick={close} />
        </nav>
      </details>
      <nav className="section-menu__wide" aria-labelledby="section-menu-heading">
        <h2 id="section-menu-heading" className="section-menu__heading">
          In this lesson
        </h2>
        <SectionLinks sections={sections} current={current} />
      </nav>
    </div>
  );
}
