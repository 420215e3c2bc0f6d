import { Link } from 'react-router';
import { usePageTitle } from '../ui/use-page-title';

/** Shown for any address the course does not have. */
export function NotFound() {
  usePageTitle('Page not found');
  return (
    <div className="not-found">
      <h1>We can’t find that page</h1>
      <p>The address may be mistyped, or the page may have moved. Your progress is safe.</p>
      <p>
        <Link className="button" to="/">
          Go to the course map
        </Link>
      </p>
    </div>
  );
}
