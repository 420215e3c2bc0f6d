import { useEffect } from 'react';

const COURSE = 'Fine-tuning: an interactive course';

/** Sets the document title for the current page. */
export function usePageTitle(title?: string) {
  useEffect(() => {
    document.title = title ? `${title} · ${COURSE}` : COURSE;
  }, [title]);
}
