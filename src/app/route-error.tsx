import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Fault } from './fault';
import { NotFound } from './not-found';

/** The last line of defence: a readable page instead of a blank one. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <main id="main" className="site-main">
      <Fault title="Something went wrong">This page could not be shown. Your saved progress has not been changed.</Fault>
    </main>
  );
}
