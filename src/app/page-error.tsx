import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { isChunkLoadError } from '../ui/load-chunk';
import { LoadFailedNotice } from '../ui/load-failed-notice';
import { usePageTitle } from '../ui/use-page-title';
import { Fault } from './fault';
import { NotFound } from './not-found';

/**
 * Shown inside the page shell (header and navigation stay) when a page cannot be shown:
 * not found, a file that did not download (with a Retry that really retries), or a fault.
 */
export function PageError() {
  const error = useRouteError();
  // The not-found page names the page itself (it says "offline" when offline).
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return <PageFault error={error} />;
}

function PageFault({ error }: { error: unknown }) {
  const revalidator = useRevalidator();
  usePageTitle('This page didn’t load');
  if (isChunkLoadError(error)) {
    return (
      <>
        <h1>This page didn’t load</h1>
        <LoadFailedNotice what="This page" onRetry={() => revalidator.revalidate()} />
      </>
    );
  }
  return <Fault title="This page could not be shown">Something went wrong while showing it. Your saved progress has not been changed.</Fault>;
}
