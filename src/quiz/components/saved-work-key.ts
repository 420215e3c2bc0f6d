import { useState } from 'react';
import { savedAtLastRead, useProgressHydrated } from '../../progress/progress-store';
import { holdsQuiz } from '../../progress/quiz-progress';
import type { Question } from '../lib/question';

type Key = 'as-first-shown' | 'saved';

/**
 * A key for a quiz shown before saved progress had been read (the prerendered page, hydrated,
 * or a slow read): it changes, so that the quiz is mounted afresh with the saved state, only
 * when what was read holds something of this quiz (an answer, a hint, a retake). Saved work
 * then wins. Otherwise the quiz stays as it is: the learner's choice, and the question they
 * are on, survive the read.
 */
export function useSavedWorkKey(quizId: string, questions: readonly Question[]): Key {
  const hydrated = useProgressHydrated();
  const [seen, setSeen] = useState<{ read: boolean; key: Key }>(() => ({ read: hydrated, key: 'as-first-shown' }));
  if (hydrated && !seen.read) {
    // The render in which the read has just finished (adjusting state during render, as React recommends).
    const saved = savedAtLastRead();
    setSeen({ read: true, key: saved && holdsQuiz(saved, quizId, questions) ? 'saved' : seen.key });
  }
  return seen.key;
}
