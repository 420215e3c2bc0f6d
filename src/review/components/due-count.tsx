import { useEffect, useState } from 'react';
import { courseQuestionIds } from '../../course/course-question-ids';
import { useProgress } from '../../progress/progress-store';
import { plural } from '../../ui/plural';
import { dueCount } from '../lib/due';

/** Checks again each minute, so a question that falls due while the page is open is counted. */
const EVERY_MINUTE = 60_000;

/**
 * How many questions are due for review, as a badge over the corner of the header's Review link
 * and of the narrow header's Menu button; nothing when none is. It is placed over the corner
 * (layout.css) so that it moves nothing when it arrives, after the page has painted. Only
 * questions the course has count (see lib/due.ts). On screen
 * the number; in the name "Review 3 due", "Menu 3 reviews due". Loaded after saved progress
 * has been read, so the first page does not carry it.
 */
export default function DueCount({ on = 'link' }: { on?: 'link' | 'menu' }) {
  const reviews = useProgress((state) => state.reviews);
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), EVERY_MINUTE);
    return () => clearInterval(timer);
  }, []);
  const due = dueCount(reviews, now, courseQuestionIds);
  if (due === 0) return null;
  // The space keeps the name "Review 3 due", not "Review3 due".
  return (
    <>
      {' '}
      <span className="due-count">
        <span aria-hidden="true">{due}</span>
        <span className="visually-hidden">{on === 'menu' ? plural(due, 'review') : due} due</span>
      </span>
    </>
  );
}
