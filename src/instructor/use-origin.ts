import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * This site's origin ("https://course.example"), for links written out in full (a printed
 * handout, a QR code). Empty while a page is rendered ahead of time, then filled in by the
 * browser without a hydration mismatch.
 */
export function useOrigin(): string {
  return useSyncExternalStore(
    never,
    () => window.location.origin,
    () => '',
  );
}
