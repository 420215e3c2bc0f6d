import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { useProgress } from '../progress/progress-store';
import { loadChunk } from '../ui/load-chunk';
import { routerReady } from './router-ready';
import { SlowNotice } from '../ui/slow-notice';
import { SLOW_LOAD_MS } from '../ui/use-after';
import { routes } from './routes';
import '../ui/theme.css';
import '../ui/base.css';
import './layout.css';

// The app's code has arrived. public/boot.js, which loads it after the prerendered page has
// painted, says so in a notice if it fails or takes over 6 s: that notice is no longer needed.
document.documentElement.setAttribute('data-app-started', '');
document.querySelector('.boot-notice[data-from="boot"]')?.remove();

const router = createBrowserRouter(routes);
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
syncWithOtherTabs();
useProgress.persist.onFinishHydration(syncWithOtherTabs);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

const app = (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
);

/**
 * While a page's own code has not arrived, the prerendered page can be read but not used (its
 * quiz does not answer). If that lasts SLOW_LOAD_MS, say so beside the page, outside #root so
 * the HTML to hydrate stays as the build wrote it; the notice goes once the code arrives.
 */
async function readyOrSaySo<T>(ready: Promise<T>): Promise<T> {
  let notice: { host: HTMLElement; root: ReturnType<typeof createRoot> } | null = null;
  const timer = setTimeout(() => {
    const host = document.createElement('div');
    host.className = 'boot-notice';
    document.body.append(host);
    const root = createRoot(host);
    root.render(<SlowNotice />);
    notice = { host, root };
  }, SLOW_LOAD_MS);
  try {
    return await ready;
  } finally {
    clearTimeout(timer);
    const shown = notice as { host: HTMLElement; root: ReturnType<typeof createRoot> } | null;
    shown?.root.unmount();
    shown?.host.remove();
  }
}

/**
 * The build prerenders every page (scripts/prerender.mjs), and public/boot.js loads this entry
 * once the page has been painted. Hydrating needs the first render to
 * match that HTML, so wait until the router has the page's lazy route and its data, then
 * hydrate. `vite dev` serves an empty #root, and a page that failed to load shows an error the
 * HTML does not have: both render afresh instead. (A function, not top-level await, so that
 * lazy chunks can import from the entry chunk.)
 */
async function start(container: HTMLElement) {
  if (container.hasChildNodes() && (await readyOrSaySo(routerReady(router)))) {
    // As a transition, hydration yields to the browser every few milliseconds instead of
    // holding the main thread for one long task (a long lesson is a lot of markup); what the
    // learner clicks first is hydrated first.
    startTransition(() => {
      hydrateRoot(container, app);
    });
    return;
  }
  container.replaceChildren();
  createRoot(container).render(app);
}

start(root).catch(() => {
  // Waiting for the router failed: render afresh rather than leave a page that never responds.
  root.replaceChildren();
  createRoot(root).render(app);
});
