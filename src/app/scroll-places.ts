import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** Where each page of this tab's history was left, by history entry (location.key). */
const places = new Map<string, number>();
let currentKey = '';
/**
 * From Back or Forward until the page it leads to is shown: the browser may scroll the old page
 * meanwhile (its own restoring, while the new page's code loads), and that is not where the old
 * page was left.
 */
let betweenPages = false;

/**
 * Scrolling between the app's own pages, in place of react-router's <ScrollRestoration>:
 * a link opens the next page at its top (or at the section its #hash names, which the page
 * itself scrolls to), Back and Forward return to where each page was left. The first page of
 * a visit is left to the browser: it opens a fresh page at its top or its #hash, and a reload
 * where it was. (react-router's version keys the first page of every visit as "default", so
 * opening the course map afresh restored the place of the lesson read before it; it also
 * weighs 0.9 KB on the first page, this about 0.2 KB.)
 */
export function useScrollPlaces(): void {
  const { key, hash } = useLocation();
  const type = useNavigationType();
  const first = useRef(true);
  useEffect(() => {
    const save = () => {
      if (!betweenPages) places.set(currentKey, scrollY);
    };
    const leaving = () => {
      betweenPages = true;
    };
    addEventListener('scroll', save, { passive: true });
    addEventListener('popstate', leaving);
    return () => {
      removeEventListener('scroll', save);
      removeEventListener('popstate', leaving);
    };
  }, []);
  useLayoutEffect(() => {
    if (first.current) first.current = false;
    else if (type === 'POP' && !hash) scrollTo(0, places.get(key) ?? 0);
    else if (!hash) scrollTo(0, 0);
    // From now on, scrolling is this page's: the old one keeps the place it was left at.
    currentKey = key;
    betweenPages = false;
  }, [key, hash, type]);
}
