import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { startTabSync } from '../progress/tab-sync';
import { routerReady } from './router-ready';
import { routes } from './routes';
import '../ui/theme.css';
import '../ui/base.css';
import './layout.css';

const router = createBrowserRouter(routes);
startTabSync();
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

const app = (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
);

/**
 * The build prerenders every page (scripts/prerender.mjs), and public/boot.js loads this entry
 * once the page has been painted. Hydrating needs the first render to
 * match that HTML, so wait until the router has the page's lazy route and its data, then
 * hydrate. `vite dev` serves an empty #root, and a page that failed to load shows an error the
 * HTML does not have: both render afresh instead. (A function, not top-level await, so that
 * lazy chunks can import from the entry chunk.)
 */
async function start(container: HTMLElement) {
  if (container.hasChildNodes() && (await routerReady(router))) {
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
