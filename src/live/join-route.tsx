import type { ComponentType } from 'react';
import { loadChunk } from '../ui/load-chunk';

/**
 * The `/join` route: a thin module whose loader brings the page (join-page.tsx) in its own
 * chunk. The page shares the quiz's inputs with the lesson page; importing it here directly
 * would list those shared chunks in the first page's preload table, and even an import of
 * React here lists the React chunk: each costs bytes of the first page's 105 KB budget.
 * `Component` is a live binding that the loader sets (the router reads it at render time);
 * socket.io-client loads later still, when the learner joins.
 */
const notLoaded: ComponentType = () => {
  throw new Error('The join page was shown before its code had loaded.');
};

// Set once by the loader, before the route renders.
export let Component: ComponentType = notLoaded;

export async function loader() {
  if (Component === notLoaded) Component = (await loadChunk(() => import('./join-page'))).JoinPage;
  return null;
}
