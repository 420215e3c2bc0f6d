import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { NotFound } from './not-found';

/** The last line of defence: a readable page instead of a blank one. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <main id="main" className="site-main">
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Your saved progress has not been changed.</p>
      <p>
        <Link className="button" to="/">
          Go to the course map
        </Link>
      </p>
    </main>
  );
}
