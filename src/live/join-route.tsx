import { createElement, type ComponentType } from 'react';
import { loadChunk } from '../ui/load-chunk';

/**
 * The `/join` route: a thin module whose loader brings the page (join-page.tsx) in its own
 * chunk. The page shares the quiz's inputs with the lesson page; importing it here directly
 * would list those shared chunks in the first page's preload table (about 60 bytes gzip of
 * the first page's 105 KB budget). socket.io-client loads later still, when the learner joins.
 */
let Page: ComponentType | undefined;

export async function loader() {
  Page ??= (await loadChunk(() => import('./join-page'))).JoinPage;
  return null;
}

export function Component() {
  if (!Page) throw new Error('The join page was shown before its code had loaded.');
  return createElement(Page);
}
