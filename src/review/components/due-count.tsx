import { useEffect, useState } from 'react';
import { courseQuestionIds } from '../../course/course-question-ids';
import { useProgress } from '../../progress/progress-store';
import { dueCount } from '../lib/due';

/** Checks again each minute, so a question that falls due while the page is open is counted. */
const EVERY_MINUTE = 60_000;

/**
 * How many questions are due for review, beside the header's Review link ("3 due"); nothing
 * when none is. Only questions the course has count (see lib/due.ts). Loaded after saved progress has been read, so the first page does not carry it.
 */
export default function DueCount() {
  const reviews = useProgress((state) => state.reviews);
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), EVERY_MINUTE);
    return () => clearInterval(timer);
  }, []);
  const due = dueCount(reviews, now, courseQuestionIds);
  // The space keeps the link's name "Review 3 due", not "Review3 due".
  return due > 0 ? (
    <>
      {' '}
      <span className="due-count">{due} due</span>
    </>
  ) : null;
}
