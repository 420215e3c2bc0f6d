import { useState } from 'react';
import { grade } from '../quiz/lib/grade';
import type { Question } from '../quiz/lib/question';
import type { Response } from '../quiz/lib/response';

type Status = 'idle' | 'saving' | 'kept' | 'failed';

/**
 * On the reveal: the learner may keep the class's question for their own spaced review. A class
 * touches saved progress only here, when asked: the question joins the review schedule, rated
 * from the answer given in class (a miss comes back first), and is not counted as a quiz answer.
 * The store and the scheduler load only then.
 */
export function KeepForReview({ question, answer }: { question: Question; answer: Response | null }) {
  const [status, setStatus] = useState<Status>('idle');
  async function keep() {
    setStatus('saving');
    try {
      const [{ progressHydrated }, { recordReview }, { ratingFor }] = await Promise.all([
        import('../progress/progress-store'),
        import('../progress/review-actions'),
        import('../review/lib/rating'),
      ]);
      await progressHydrated();
      const result = answer ? grade(question, answer) : null;
      recordReview(question.id, ratingFor({ earned: result?.status === 'graded' ? result.earned : null, hintUsed: false }), Date.now());
      setStatus('kept');
    } catch {
      setStatus('failed');
    }
  }
  return (
    <div className="live-keep">
      {status === 'kept' ? null : (
        <button type="button" className="button button--secondary" disabled={status === 'saving'} onClick={() => {
            keep().catch(() => setStatus('failed'));
          }}>
          Keep this question for my review
        </button>
      )}
      <p role="status">
        {status === 'kept'
          ? 'Kept: it will come back in Review, in this browser.'
          : status === 'failed'
            ? 'It could not be kept: part of the course did not download. Check your connection and try again.'
            : ''}
      </p>
    </div>
  );
}
