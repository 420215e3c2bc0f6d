import { isValidElement, type ReactNode } from 'react';

/** The plain text of rendered MDX children (a heading with a <Term> in it reads as its words). */
export function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

/**
 * The stable id of a lesson section, from its `##` heading: "What goes in: your data" →
 * "what-goes-in-your-data". Links to `/lessons/:slug#id` and the presenter's slides use it.
 */
export function sectionId(heading: string): string {
  return heading
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The id of the lesson quiz's place on the page: "Jump to quiz" and the section menu link to it. */
export const QUIZ_SECTION_ID = 'quiz';
