import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { hasStorageNews, useStorageHealth } from '../progress/storage-health';
import { useProgressHydrated } from '../progress/progress-store';
import { LazyPart, retryableLazy } from '../ui/lazy-part';
import { SlowNotice } from '../ui/slow-notice';
import { useScrollPlaces } from './scroll-places';
import { SiteMenu } from './site-menu';
import { ThemeButton } from './theme-button';
import { SLOW_LOAD_MS, useAfter } from '../ui/use-after';

// Loaded only when saving has a problem to explain, so the first page does not carry it.
const StorageNotice = retryableLazy(() => import('../progress/storage-notice').then((m) => m.StorageNotice));

/** The shell every page shares: skip link, header with navigation, main, footer. */
export function Layout() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname, hash } = useLocation();
  const storageProblem = useStorageHealth(hasStorageNews);
  const hydrated = useProgressHydrated();
  // A page opened from a link shows the old page until the new one has loaded: say so if
  // that takes more than a moment, and more if it takes much longer.
  const navigating = useNavigation().state === 'loading';
  const waiting = useAfter(1_000, navigating);
  const slow = useAfter(SLOW_LOAD_MS, navigating);

  // After a client-side navigation, move focus to the new page's main content so a
  // screen-reader or keyboard user starts at the top of what changed. Without scrolling:
  // focusing a <main> taller than the window scrolls the page down to it, past the header
  // (the router has already put the page at its top, or at the section a link names).
  useScrollPlaces();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // A link to a place in the page (`/lessons/:slug#quiz`): the page has moved focus there.
    if (hash && document.getElementById(decodeURIComponent(hash.slice(1)))) return;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname, hash]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-title">
            <span aria-hidden="true" className="site-title__mark" />
            Fine-tuning
          </Link>
          <SiteMenu showDue={hydrated} />
          <ThemeButton />
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        {storageProblem ? (
          <LazyPart what="The explanation of a problem with your saved progress" forgetFailure={StorageNotice.forgetFailure}>
            <StorageNotice />
          </LazyPart>
        ) : null}
        <p role="status" className="loading loading--navigation">
          {waiting ? 'Loading the page…' : ''}
        </p>
        {slow ? <SlowNotice /> : null}
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Based on the AI glossary entry “What is fine-tuning?”. Progress is saved in this browser only.</p>
      </footer>
    </>
  );
}
