/**
 * A lesson's structure, read from its compiled MDX: the body is rendered once with the
 * instructor components map (`lesson-mdx.tsx`) and the resulting element tree is walked.
 * Each `##` heading starts a section; its <InstructorNotes> go to the console and guide;
 * lists are split into items so a long section can be spread over several slides;
 * checkpoints and the quiz become question blocks; key takeaways get a section of their own.
 * Nothing is copied out of the lesson files: a new lesson or section appears by itself.
 */
import { Children, createElement, Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import type { MDXContent } from 'mdx/types';
import glossary from '../../lessons/glossary';
import { sectionId, textOf } from '../course/section-id';
import { allSources } from '../course/sources-lookup';
import { Callout, Myth, WorkedExample } from '../course/mdx/callout';
import type { Question } from '../quiz/lib/question';
import { DemoBlock } from './demo-block';
import {
  CheckpointMarker,
  GlossaryItem,
  GlossaryMarker,
  HeadingMarker,
  CalloutHead,
  CalloutPart,
  lessonComponents,
  MythClaim,
  MythPart,
  NotesMarker,
  QuizMarker,
  SourceListMarker,
  SourceText,
  TakeawaysMarker,
  TermText,
} from './lesson-mdx';

export interface SectionNotes {
  minutes: number;
  discussion: string;
  /** The talking points, as the lesson wrote them (a list). */
  points: ReactNode;
}

export type ListKind = 'ul' | 'ol' | 'dl';

export type Block =
  /** A paragraph, table, figure, callout, code block: never cut. */
  | { kind: 'node'; key: string; node: ReactNode; leadIn: boolean }
  /** One item of a list; consecutive items of one list are shown as one list. */
  | { kind: 'item'; key: string; list: string; listKind: ListKind; number: number; node: ReactNode }
  | { kind: 'question'; key: string; question: Question };

export interface Section {
  id: string;
  title: string;
  kind: 'intro' | 'section' | 'takeaways' | 'quiz';
  notes?: SectionNotes;
  blocks: Block[];
}

type Props = { children?: ReactNode; [key: string]: unknown };

const isElement = (node: ReactNode): node is ReactElement<Props> => isValidElement<Props>(node);
const meaningful = (nodes: ReactNode): ReactNode[] =>
  Children.toArray(nodes).filter((n) => !(typeof n === 'string' && n.trim() === ''));

/** Renders the lesson body with the instructor components and returns its top-level nodes. */
export function lessonNodes(Content: MDXContent): ReactNode[] {
  const tree: ReactNode = Content({ components: lessonComponents });
  return isElement(tree) && tree.type === Fragment ? meaningful(tree.props.children) : meaningful(tree);
}

function listBlocks(element: ReactElement<Props>, listKind: ListKind, list: string): Block[] {
  const start = typeof element.props.start === 'number' ? element.props.start : 1;
  return meaningful(element.props.children).map((item, i) => ({
    kind: 'item' as const,
    key: `${list}.${i}`,
    list,
    listKind,
    number: start + i,
    node: isElement(item) ? item.props.children : item,
  }));
}

/** The lesson's sections, in order. `questions` is the lesson's bank. */
export function extractSections(Content: MDXContent, questions: readonly Question[], lessonTitle: string, slug = ''): Section[] {
  const sections: Section[] = [];
  let current: Section = { id: 'introduction', title: lessonTitle, kind: 'intro', blocks: [] };
  const byId = new Map(questions.map((q) => [q.id, q]));
  let counter = 0;
  const key = () => `b${(counter += 1)}`;
  const close = () => {
    if (current.blocks.length || current.notes || current.kind !== 'intro') sections.push(current);
  };

  for (const node of lessonNodes(Content)) {
    if (!isElement(node)) {
      current.blocks.push({ kind: 'node', key: key(), node, leadIn: false });
      continue;
    }
    const { type, props } = node;
    if (type === HeadingMarker || type === 'h2') {
      close();
      const title = textOf(props.children);
      current = { id: sectionId(title), title, kind: 'section', blocks: [] };
    } else if (type === NotesMarker) {
      current.notes = { minutes: Number(props.minutes) || 0, discussion: String(props.discussion ?? ''), points: props.children };
    } else if (type === CheckpointMarker) {
      const question = byId.get(String(props.id));
      if (question) current.blocks.push({ kind: 'question', key: key(), question });
    } else if (type === QuizMarker) {
      close();
      current = {
        id: 'quiz',
        title: 'Quiz',
        kind: 'quiz',
        blocks: questions.filter((q) => q.placement === 'quiz').map((question) => ({ kind: 'question', key: key(), question })),
      };
    } else if (type === TakeawaysMarker) {
      close();
      const list = key();
      current = {
        id: 'key-takeaways',
        title: 'Key takeaways',
        kind: 'takeaways',
        blocks: meaningful(props.children).flatMap((child): Block[] =>
          isElement(child) && (child.type === 'ul' || child.type === 'ol')
            ? listBlocks(child, child.type, list)
            : [{ kind: 'node', key: key(), node: child, leadIn: false }],
        ),
      };
    } else if (type === 'ul' || type === 'ol') {
      current.blocks.push(...listBlocks(node, type, key()));
    } else if (type === GlossaryMarker) {
      const list = key();
      [...glossary]
        .sort((a, b) => a.term.localeCompare(b.term, 'en-GB'))
        .forEach((entry, i) =>
          current.blocks.push({ kind: 'item', key: `${list}.${i}`, list, listKind: 'dl', number: i + 1, node: createElement(GlossaryItem, { entry }) }),
        );
    } else if (type === SourceListMarker) {
      const list = key();
      [...allSources()]
        .sort((a, b) => a.year - b.year || a.author.localeCompare(b.author))
        .forEach((source, i) =>
          current.blocks.push({ kind: 'item', key: `${list}.${i}`, list, listKind: 'ul', number: i + 1, node: createElement(SourceText, { source }) }),
        );
    } else if (type === Myth) {
      // A myth is its claim and a few paragraphs: spread them over slides like any other blocks.
      current.blocks.push({ kind: 'node', key: key(), node: createElement(MythClaim, { claim: String(props.claim ?? '') }), leadIn: true });
      meaningful(props.children).forEach((part, i) =>
        current.blocks.push({ kind: 'node', key: key(), node: createElement(MythPart, { first: i === 0 }, part), leadIn: false }),
      );
    } else if (type === Callout || type === WorkedExample) {
      // A callout's paragraphs, lists and code blocks are blocks too, under the callout's label.
      const kind = type === WorkedExample ? 'worked' : String(props.type ?? 'note');
      const title = typeof props.title === 'string' ? props.title : undefined;
      current.blocks.push({ kind: 'node', key: key(), node: createElement(CalloutHead, { type: kind, title }), leadIn: true });
      for (const part of meaningful(props.children)) {
        current.blocks.push({ kind: 'node', key: key(), node: createElement(CalloutPart, { type: kind }, part), leadIn: false });
      }
    } else if (typeof type === 'function') {
      // An interactive the lesson imports: the slide sends the room to it.
      current.blocks.push({ kind: 'node', key: key(), node: createElement(DemoBlock, { slug, section: current.id }), leadIn: false });
    } else {
      current.blocks.push({ kind: 'node', key: key(), node, leadIn: false });
    }
  }
  close();
  // A paragraph ending in a colon introduces what follows: keep the two on one slide.
  for (const section of sections) {
    section.blocks.forEach((block, i) => {
      if (block.kind === 'node' && section.blocks[i + 1]?.kind === 'item' && /:\s*$/.test(textOf(block.node))) block.leadIn = true;
    });
  }
  return sections;
}

/** Every glossary term a lesson marks with <Term>, in order of first use. */
export function termsUsed(Content: MDXContent): string[] {
  const found: string[] = [];
  const walk = (node: ReactNode) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isElement(node)) return;
    if (node.type === TermText && typeof node.props.id === 'string' && !found.includes(node.props.id)) found.push(node.props.id);
    Children.forEach(node.props.children, walk);
  };
  lessonNodes(Content).forEach(walk);
  return found;
}
