/**
 * The MDX components the instructor views render a lesson with. The lesson files are the
 * same ones the self-paced course reads; only the components differ:
 * - markers for what becomes its own slide or goes to the console (notes, checkpoints,
 *   the quiz, key takeaways, the glossary and source list), found by `extractSections`;
 * - terms and citations as plain text (no pop-ups to open in front of a room);
 * - no component here touches saved progress.
 */
import './blocks.css';
import type { MDXComponents } from 'mdx/types';
import type { ComponentProps, ReactNode } from 'react';
import glossary from '../../lessons/glossary';
import { Callout, Myth, WorkedExample } from '../course/mdx/callout';
import type { GlossaryEntry } from '../course/glossary-entry';
import type { Source } from '../course/source';
import { findSource, shortCitation } from '../course/sources-lookup';

const glossaryById = new Map(glossary.map((entry) => [entry.id, entry]));

/* Markers: found by identity in the rendered tree; rendering one on its own shows nothing. */
export function NotesMarker(_props: { minutes: number; discussion: string; children?: ReactNode }) {
  return null;
}
export function CheckpointMarker(_props: { id: string }) {
  return null;
}
export function QuizMarker() {
  return null;
}
export function TakeawaysMarker(_props: { children?: ReactNode }) {
  return null;
}
export function GlossaryMarker() {
  return null;
}
export function SourceListMarker() {
  return null;
}
export function HeadingMarker({ children }: { children?: ReactNode }) {
  return <h2>{children}</h2>;
}

/** A glossary term, as text: its meaning is for the trainer to say, or for the glossary slide. */
export function TermText({ children }: { id: string; children: ReactNode }) {
  return <span className="term-text">{children}</span>;
}

export function CiteText({ id }: { id: string }) {
  const source = findSource(id);
  return source ? <span className="cite-text">({shortCitation(source)})</span> : null;
}

/** Internal links become full paths a reader of a printout can type; external ones stay as they are. */
function Anchor({ href = '', children, ...props }: ComponentProps<'a'>) {
  return (
    <a href={href} {...props} {...(/^https?:/.test(href) ? { rel: 'noopener noreferrer' } : {})}>
      {children}
    </a>
  );
}

export const lessonComponents: MDXComponents = {
  a: Anchor,
  h2: HeadingMarker,
  Callout,
  WorkedExample,
  Myth,
  KeyTakeaways: TakeawaysMarker,
  InstructorNotes: NotesMarker,
  Term: TermText,
  Cite: CiteText,
  Checkpoint: CheckpointMarker,
  LessonQuiz: QuizMarker,
  Glossary: GlossaryMarker,
  SourceList: SourceListMarker,
};

export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return glossaryById.get(id);
}

export function GlossaryItem({ entry }: { entry: GlossaryEntry }) {
  return (
    <div className="glossary-item">
      <dt>{entry.term}</dt>
      <dd>{entry.definition}</dd>
    </div>
  );
}

/** One source, as the inside of a list item. */
export function SourceText({ source }: { source: Source }) {
  return (
    <>
      {source.author} ({source.year}). <cite>{source.title}</cite>.{' '}
      <a href={source.url} rel="noopener noreferrer">
        {new URL(source.url).hostname.replace(/^www\./, '')}
      </a>
    </>
  );
}

/** A myth's claim, as the first block of a myth spread over slides. */
export function MythClaim({ claim }: { claim: string }) {
  return (
    <p className="slide-myth__claim">
      <span className="myth__badge">
        <span aria-hidden="true">✗ </span>Myth
      </span>{' '}
      {claim}
    </p>
  );
}

/** One paragraph of a myth's reality; the first carries the label. */
export function MythPart({ first, children }: { first: boolean; children?: ReactNode }) {
  return (
    <div className="slide-myth__reality">
      {first ? (
        <p className="myth__badge myth__badge--reality">
          <span aria-hidden="true">✓ </span>Reality
        </p>
      ) : null}
      {children}
    </div>
  );
}

const calloutLabels: Record<string, string> = { analogy: 'Analogy', example: 'Example', note: 'Note', warning: 'Watch out', worked: 'Worked example' };

/** The label of a callout spread over slides: "Analogy: The graduate and the employer". */
export function CalloutHead({ type, title }: { type: string; title?: string }) {
  return (
    <p className={`slide-callout__head slide-callout--${type}`}>
      <span className="callout__label">{calloutLabels[type] ?? 'Note'}</span>
      {title ? <span className="slide-callout__title"> {title}</span> : null}
    </p>
  );
}

/** One paragraph, list or code block of a callout. */
export function CalloutPart({ type, children }: { type: string; children?: ReactNode }) {
  return <div className={`slide-callout__part slide-callout--${type}`}>{children}</div>;
}
