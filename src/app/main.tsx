import { startTransition, StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider, type DataRouter } from 'react-router';
import { ProgressHydratedProvider, useProgress } from '../progress/progress-store';
import { loadChunk } from '../ui/load-chunk';
import { nextTask } from '../ui/next-task';
import { routerReady } from './router-ready';
import { routes } from './routes';
import '../ui/theme.css';
import '../ui/base.css';
import './layout.css';

/**
 * Merging other tabs' saves (tab-sync.ts) is not needed to paint: it loads after the entry,
 * beside the storage adapter it uses, which the store starts loading at once to read saved
 * progress. If it does not download, it is tried again after each successful read (a Retry).
 * A save another tab makes before this tab listens is not lost: that tab merges this tab's
 * next save with what it holds and saves the result back, which this tab then merges.
 */
let tabSync: Promise<void> | null = null;
function syncWithOtherTabs() {
  tabSync ??= loadChunk(() => import('../progress/tab-sync')).then(
    ({ startTabSync }) => {
      startTabSync();
    },
    () => {
      tabSync = null;
    },
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

/**
 * Says "app-started" once the app has drawn the page (taken over, or rendered afresh): a form
 * sent before then was held by public/theme.js, which sends it again now that it is answered.
 */
function SayStarted() {
  useEffect(() => {
    // A task later: the first drawing's own updates (a choice made on the prerendered page,
    // question-card.tsx) are drawn first, so the held form is answered with them.
    const id = setTimeout(() => document.dispatchEvent(new Event('app-started')), 0);
    return () => clearTimeout(id);
  }, []);
  return null;
}

const app = (router: DataRouter) => (
  <StrictMode>
    <SayStarted />
    <ProgressHydratedProvider>
      <RouterProvider router={router} />
    </ProgressHydratedProvider>
  </StrictMode>
);

/**
 * public/boot.js loads this entry after the prerendered page has painted. Until the app takes
 * the page over, the page reads but its quiz does not answer: if that lasts 6 s (this entry or
 * the page's own code has not arrived) or the entry fails, boot.js says so beside the page,
 * outside #root. Once the app renders, that notice is no longer true.
 */
function takeOver() {
  document.documentElement.setAttribute('data-app-started', '');
  document.querySelector('.boot-notice')?.remove();
}

/**
 * A prerendered page inlines only the styles its own markup uses (scripts/prerender.mjs), and
 * boot.js adds the whole stylesheet beside this entry. What the app shows next (saved answers,
 * feedback, a menu) needs the rest, so hydration waits for it: for its load, its failure (an
 * unstyled quiz is better than one that never answers), or at most `STYLES_WAIT_MS`.
 */
const STYLES_WAIT_MS = 5000;
function wholeStylesheet(): Promise<void> {
  const link = document.querySelector<HTMLLinkElement>('link[data-whole-styles]');
  if (!link || link.getAttribute('data-whole-styles') !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => resolve();
    link.addEventListener('load', done, { once: true });
    link.addEventListener('error', done, { once: true });
    setTimeout(done, STYLES_WAIT_MS);
  });
}

/**
 * The build prerenders every page (scripts/prerender.mjs), and public/boot.js loads this entry
 * once the page has been painted. Hydrating needs the first render to
 * match that HTML, so wait until the router has the page's lazy route and its data, then
 * hydrate. `vite dev` serves an empty #root, and a page that failed to load shows an error the
 * HTML does not have: both render afresh instead. (A function, not top-level await, so that
 * lazy chunks can import from the entry chunk.)
 */
async function start(container: HTMLElement, router: DataRouter) {
  if (container.hasChildNodes() && (await routerReady(router))) {
    await wholeStylesheet();
    // As a transition, hydration yields to the browser every few milliseconds instead of
    // holding the main thread for one long task (a long lesson is a lot of markup); what the
    // learner clicks first is hydrated first.
    takeOver();
    startTransition(() => {
      hydrateRoot(container, app(router));
    });
    return;
  }
  await renderAfresh(container, router);
}

/** Draws the page from nothing (`vite dev`, a page that failed to load): it still needs the whole stylesheet. */
async function renderAfresh(container: HTMLElement, router: DataRouter) {
  await wholeStylesheet();
  takeOver();
  container.replaceChildren();
  createRoot(container).render(app(router));
}

/**
 * The app starts in steps, each its own task, so that the phone's main thread is never held
 * for long (a long task is time a tap waits for): evaluating this code, then making the
 * router (which starts loading the page's code), then listening to other tabs, then taking the
 * page over. Nothing starts while this module itself is being evaluated: the first step runs
 * as a microtask after it, so no request (nor a profiler's record of one) names the top level
 * of this whole file.
 */
async function begin(container: HTMLElement) {
  await nextTask();
  // The browser router numbers the first entry of the tab's history the first time it starts,
  // and rewriting the entry is slow in Chromium (some 5-15 ms): done first, on its own.
  if (window.history.state?.idx == null) window.history.replaceState({ ...window.history.state, idx: 0 }, '');
  await nextTask();
  const router = createBrowserRouter(routes);
  await nextTask();
  syncWithOtherTabs();
  useProgress.persist.onFinishHydration(syncWithOtherTabs);
  await nextTask();
  try {
    await start(container, router);
  } catch {
    // Waiting for the router failed: render afresh rather than leave a page that never responds.
    await renderAfresh(container, router);
  }
}

Promise.resolve()
  .then(() => begin(root))
  // Then the service worker that keeps the course for offline use (it starts on import); without it, all works online.
  .then(() => import('./service-worker'))
  .catch(() => undefined);
