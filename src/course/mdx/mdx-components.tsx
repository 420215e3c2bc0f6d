import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import { Link } from 'react-router';
import { ScrollingTable } from '../../ui/scrolling-table';
import { Callout, KeyTakeaways, Myth, WorkedExample } from './callout';
import { Cite } from './cite';
import { Glossary } from './glossary-list';
import { InstructorNotes } from './instructor-notes';
import { Checkpoint, LessonQuiz } from './quiz-blocks';
import { SectionHeading } from './section-heading';
import { SourceList } from './source-list';
import { Term } from './term';

/** Internal links go through the router (no full reload); others open as usual. */
function Anchor({ href = '', children, ...props }: ComponentProps<'a'>) {
  if (href.startsWith('/')) {
    return (
      <Link to={href} {...props}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} {...props} {...(/^https?:/.test(href) ? { rel: 'noopener noreferrer' } : {})}>
      {children}
    </a>
  );
}

/**
 * Wide tables scroll sideways on a phone instead of losing a column: inside a region named after
 * the section they are in (`data-label`, from mdx.config.js), which the keyboard can reach and
 * scroll, with shadows at the edges and a hint while there is more to see.
 */
function Table({ 'data-label': label, ...props }: ComponentProps<'table'> & { 'data-label'?: string }) {
  return <ScrollingTable label={label ? `Table: ${label}` : 'Table'} table={<table {...props} />} />;
}

/** GFM task-list checkboxes would be unlabelled inputs: show them as text instead. */
function Input(props: ComponentProps<'input'>) {
  if (props.type === 'checkbox') return <span aria-hidden="true">{props.checked ? '☑ ' : '☐ '}</span>;
  return <input {...props} />;
}

/** Everything a lesson can use without importing it (see docs/content-guide.md). */
export const mdxComponents: MDXComponents = {
  a: Anchor,
  h2: SectionHeading,
  table: Table,
  input: Input,
  Callout,
  WorkedExample,
  Myth,
  KeyTakeaways,
  InstructorNotes,
  Term,
  Cite,
  Checkpoint,
  LessonQuiz,
  Glossary,
  SourceList,
};
