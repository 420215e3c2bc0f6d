/**
 * The build's server entry (never shipped to the browser): renders one page of the app to
 * HTML with react-router's static handler, the same routes the browser router uses, and
 * React's `prerender`, which waits for every lazy part. scripts/prerender.mjs calls it for
 * each page of `prerenderedPages()`.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { routes } from './routes';

export { NOT_FOUND_PATH, prerenderedPages, type PrerenderedPage } from './pages';

export interface RenderedPage {
  /** The status react-router gives the page (404 for the not-found page). */
  status: number;
  /** The markup that goes inside #root. */
  html: string;
}

export async function renderPage(path: string): Promise<RenderedPage> {
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(new URL(path, 'http://localhost')));
  if (context instanceof Response) throw new Error(`${path} answered with a redirect (${context.status}); pages must render.`);
  const router = createStaticRouter(handler.dataRoutes, context);
  // `hydrate={false}`: no inline script with the router's data (the CSP forbids inline
  // scripts); the browser router loads the same data itself before hydrating (main.tsx).
  const { prelude } = await prerender(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  return { status: context.statusCode, html: await new Response(prelude).text() };
}
