import { Link, useLocation } from 'react-router';
import { LoadFailedNotice } from '../ui/load-failed-notice';
import { useOnline } from '../ui/use-online';
import { usePageTitle } from '../ui/use-page-title';
import { isShownInStandIn } from './stand-in';

/**
 * Shown for any address the course does not have. Offline, the address may well exist (a page
 * of a newer version, say) but this browser has not saved it: then this says so, with Try again
 * (the address again) and the course map, rather than "not found". Offline is what the browser
 * says, or that the service worker stood the course map's page in for the address (stand-in.ts).
 */
export function NotFound() {
  const { pathname } = useLocation();
  const online = useOnline() && !isShownInStandIn(pathname);
  usePageTitle(online ? 'Page not found' : 'You’re offline');
  const courseMap = (
    <Link className={online ? 'button' : 'button button--secondary'} to="/">
      Go to the course map
    </Link>
  );
  if (!online) {
    return (
      <div className="not-found">
        <h1>You’re offline</h1>
        <LoadFailedNotice what="This page" offline onRetry={() => window.location.reload()} onward={courseMap} />
      </div>
    );
  }
  return (
    <div className="not-found">
      <h1>We can’t find that page</h1>
      <p>The address may be mistyped, or the page may have moved. Your progress is safe.</p>
      <p>{courseMap}</p>
    </div>
  );
}
