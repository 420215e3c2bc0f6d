import { Children, Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import type { MDXContent } from 'mdx/types';
import { KeyTakeaways } from './mdx/callout';
import { mdxComponents } from './mdx/mdx-components';
import { LessonQuiz } from './mdx/quiz-blocks';
import { SectionHeading } from './mdx/section-heading';
import { QUIZ_SECTION_ID, sectionId, textOf } from './section-id';

/** One entry of a lesson's section menu: where it links to, and what it says. */
export interface LessonSection {
  id: string;
  title: string;
}

export { QUIZ_SECTION_ID } from './section-id';
const TAKEAWAYS_SECTION_ID = 'key-takeaways';

type Props = { children?: ReactNode };

/**
 * A lesson's sections, in order, read from its compiled MDX without rendering it: each `##`
 * heading (with the id SectionHeading gives it), then the key takeaways and the quiz where the
 * lesson has them. The MDX is called once with the lesson's components map and its top-level
 * elements are looked at, so the menu is in the prerendered page and needs no DOM.
 */
export function lessonSections(Content: MDXContent): LessonSection[] {
  const tree: ReactNode = Content({ components: mdxComponents });
  const top = isValidElement<Props>(tree) && tree.type === Fragment ? tree.props.children : tree;
  const sections: LessonSection[] = [];
  for (const node of Children.toArray(top)) {
    if (!isValidElement<Props>(node)) continue;
    const element: ReactElement<Props> = node;
    if (element.type === SectionHeading) {
      const title = textOf(element.props.children);
      sections.push({ id: sectionId(title), title });
    } else if (element.type === KeyTakeaways) {
      sections.push({ id: TAKEAWAYS_SECTION_ID, title: 'Key takeaways' });
    } else if (element.type === LessonQuiz) {
      sections.push({ id: QUIZ_SECTION_ID, title: 'Quiz' });
    }
  }
  return sections;
}
