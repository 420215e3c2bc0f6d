import { useEffect } from 'react';

const COURSE = 'Fine-tuning: an interactive course';

/** A page's full title: "Lesson title · Course", or the course's name alone. */
export const pageTitle = (title?: string) => (title ? `${title} · ${COURSE}` : COURSE);

/** Sets the document title for the current page (the prerendered page already has it). */
export function usePageTitle(title?: string) {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}
