import type { ComponentProps } from 'react';
import { sectionId, textOf } from '../section-id';

/**
 * A lesson's `##` heading, with the stable id that `/lessons/:slug#id` links to. Focusable
 * by script only, so opening a section link moves a screen reader there too.
 */
export function SectionHeading({ children, ...props }: ComponentProps<'h2'>) {
  return (
    <h2 id={sectionId(textOf(children))} tabIndex={-1} className="section-heading" {...props}>
      {children}
    </h2>
  );
}
