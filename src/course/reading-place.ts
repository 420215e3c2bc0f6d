import { useEffect, useRef } from 'react';
import { readSection } from '../progress/progress-actions';

/**
 * A section must stay the one being read this long before it is saved: scrolling past
 * sections writes nothing, and saving is at most one write per SAVE_AFTER_MS.
 */
export const SAVE_AFTER_MS = 2_000;

/**
 * Saves the section being read as the lesson's reading place (format 5, `reading`), once it
 * has been current for SAVE_AFTER_MS, and at once when the page is hidden or left (a reload,
 * a closed tab, a switch to another app), so a reload never loses it. Null (above the first
 * section) is not saved: the lesson then opens at its top anyway.
 */
export function useSaveReadingPlace(slug: string, section: string | null): void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    pending.current = section;
    if (section === null) return undefined;
    const timer = setTimeout(() => {
      readSection(slug, section);
      pending.current = null;
    }, SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [slug, section]);

  useEffect(() => {
    const flush = () => {
      if (pending.current !== null) readSection(slug, pending.current);
      pending.current = null;
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush(); // leaving the lesson for another page of the app
    };
  }, [slug]);
}
