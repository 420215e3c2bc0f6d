/**
 * Offline, the service worker answers an address it does not have with the course map's page
 * (src/build/pwa.ts), and the app renders the address asked for: for an address the course does
 * not know (or a page of a newer version), its not-found page. That page must then say the
 * learner is offline, even when the browser believes it is online (a network that answers
 * nothing). Every other prerendered page names its own address in its canonical link; the
 * server's not-found page has none.
 */
export function isCourseMapStandIn(canonicalHref: string | null | undefined, loadedPath: string): boolean {
  if (!canonicalHref) return false;
  return new URL(canonicalHref, 'http://localhost').pathname === '/' && loadedPath !== '/' && loadedPath !== '/index.html';
}

/** The address this document was loaded at (the app may have moved since), when it is the course map standing in for it. */
const standInFor =
  typeof document !== 'undefined' && isCourseMapStandIn(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), location.pathname)
    ? location.pathname
    : null;

/** Whether the page at `path` is shown in a document the service worker stood in for, because it did not have the address. */
export const isShownInStandIn = (path: string) => path === standInFor;
