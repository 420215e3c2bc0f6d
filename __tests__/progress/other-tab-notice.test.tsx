/**
 * When another tab resets progress or retakes a quiz, this tab's answers change under the
 * learner's eyes: the notice says why, and can be dismissed.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { dataOf, STORAGE_KEY, useProgress } from '../../src/progress/progress-store';
import { checkAnswer } from '../../src/progress/progress-actions';
import { emptyProgress, PROGRESS_VERSION, type ProgressData } from '../../src/progress/progress-types';
import { startTabSync } from '../../src/progress/tab-sync';
import { useStorageHealth } from '../../src/progress/storage-health';
import { renderApp } from '../support/render-app';
import { single } from '../support/sample-questions';

const graded = { status: 'graded', earned: 1, total: 1, correct: true } as const;
const target = { quizId: 'lesson:what-is-fine-tuning', questions: [single] };

function otherTabSaves(data: ProgressData) {
  const newValue = JSON.stringify({ state: data, version: PROGRESS_VERSION });
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue }));
  });
}

let stop: () => void;
beforeEach(() => {
  stop = startTabSync();
});
afterEach(() => stop());

describe('another tab changes progress under this one', () => {
  it('a reset: “Progress was reset in another tab”, until dismissed', async () => {
    checkAnswer(target, single, { type: 'single', choice: 'pre-trained' }, graded);
    const { user } = renderApp('/');
    otherTabSaves({ ...emptyProgress(), resetAt: Date.now() + 1000 });
    const notice = await screen.findByRole('alert', { name: 'Progress was reset in another tab' });
    expect(notice).toHaveTextContent(/cleared in this tab too/);
    expect(useProgress.getState().answers).toEqual({});
    await user.click(within(notice).getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('alert', { name: 'Progress was reset in another tab' })).not.toBeInTheDocument();
  });

  it('a retake: “A quiz was restarted in another tab”', async () => {
    checkAnswer(target, single, { type: 'single', choice: 'pre-trained' }, graded);
    renderApp('/');
    const other = dataOf(useProgress.getState());
    const quiz = other.quizzes[target.quizId]!;
    otherTabSaves({ ...other, quizzes: { [target.quizId]: { ...quiz, attempt: quiz.attempt + 1, at: Date.now() + 1000 } } });
    const notice = await screen.findByRole('alert', { name: 'A quiz was restarted in another tab' });
    expect(notice).toHaveTextContent(/answers in this tab were cleared for the new attempt/);
  });

  it('says nothing when the other tab starts reviewing a question this tab answered in review before', async () => {
    const reviewId = 'review:sample-single';
    const asked = { ...single, id: reviewId };
    checkAnswer({ quizId: reviewId, questions: [asked] }, asked, { type: 'single', choice: 'pre-trained' }, graded);
    renderApp('/');
    const other = dataOf(useProgress.getState());
    const quiz = other.quizzes[reviewId]!;
    otherTabSaves({ ...other, quizzes: { ...other.quizzes, [reviewId]: { ...quiz, attempt: quiz.attempt + 1, at: Date.now() + 1000 } } });
    await waitFor(() => expect(useProgress.getState().quizzes[reviewId]?.attempt).toBe(quiz.attempt + 1));
    // The notice's news is set with the merge (the notice itself loads lazily after it).
    expect(useStorageHealth.getState().otherTab).toBeNull();
  });

  it('says nothing when the other tab only adds answers', async () => {
    renderApp('/');
    const other = emptyProgress();
    other.lessons['graduate-analogy'] = { visitedAt: Date.now() };
    other.lastLesson = 'graduate-analogy';
    otherTabSaves(other);
    await screen.findByRole('link', { name: /Continue: / });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
