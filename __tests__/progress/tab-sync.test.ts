import { waitFor } from '@testing-library/react';
import { dataOf, progressStorage, STORAGE_KEY, useProgress } from '../../src/progress/progress-store';
import { emptyProgress, PROGRESS_VERSION, type ProgressData } from '../../src/progress/progress-types';
import { useStorageHealth } from '../../src/progress/storage-health';
import { startTabSync } from '../../src/progress/tab-sync';
import { myth, single } from '../support/sample-questions';

const graded = { status: 'graded', earned: 1, total: 1, correct: true } as const;

function otherTabSaves(data: ProgressData) {
  const newValue = JSON.stringify({ state: data, version: 2 });
  window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue }));
}

let stop: () => void;
beforeEach(() => {
  stop = startTabSync();
});
afterEach(() => {
  stop();
  progressStorage.unblock();
});

describe('two tabs', () => {
  it('keeps answers given in either tab (no last-writer-wins)', async () => {
    useProgress.getState().checkAnswer({ quizId: 'q:a', questions: [single] }, single, { type: 'single', choice: 'pre-trained' }, graded);
    const other = emptyProgress();
    other.answers[myth.id] = {
      quiz: 'q:b', attempt: 1, fp: 'x', response: { type: 'myth-or-reality', choice: 'myth' }, tries: 1,
      firstScore: 1, correct: true, hintUsed: false, revealed: false, at: Date.now() + 1,
    };
    other.tries.push({ q: myth.id, quiz: 'q:b', s: 1, at: Date.now() + 1 });
    otherTabSaves(other);
    await waitFor(() => expect(Object.keys(useProgress.getState().answers).sort()).toEqual([myth.id, single.id].sort()));
    expect(useProgress.getState().tries).toHaveLength(2);
    // …and the merged result is what this tab saves.
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) as string) as { state: ProgressData };
    expect(Object.keys(saved.state.answers).sort()).toEqual([myth.id, single.id].sort());
  });

  it('ignores a damaged value from another tab', async () => {
    useProgress.getState().visitLesson('what-is-fine-tuning');
    const before = dataOf(useProgress.getState());
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: 'garbage' }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(dataOf(useProgress.getState())).toEqual(before);
  });

  it('does not write back when the other tab holds nothing new (the tabs settle)', async () => {
    useProgress.getState().visitLesson('what-is-fine-tuning');
    const replace = jest.spyOn(useProgress.getState(), 'replaceProgress');
    otherTabSaves(dataOf(useProgress.getState()));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(replace).not.toHaveBeenCalled();
  });
});

describe('a tab showing the unreadable-data notice', () => {
  it('joins another tab’s fresh start: the notice goes, both tabs’ progress is kept, and its own changes are saved again', async () => {
    const raw = 'not json{';
    localStorage.setItem(STORAGE_KEY, raw);
    await useProgress.persist.rehydrate();
    expect(useStorageHealth.getState().health.kind).toBe('unreadable');
    useProgress.getState().visitLesson('graduate-analogy');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(raw); // blocked while the notice shows

    // The other tab starts fresh: it saves over the unreadable value (a copy was kept aside).
    const other = { ...emptyProgress(), lessons: { 'what-is-fine-tuning': { visitedAt: 1_700_000_000_000 } }, lastLesson: 'what-is-fine-tuning' };
    const newValue = JSON.stringify({ state: other, version: PROGRESS_VERSION });
    localStorage.setItem(STORAGE_KEY, newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue }));

    await waitFor(() => expect(useStorageHealth.getState().health.kind).toBe('ok'));
    expect(Object.keys(useProgress.getState().lessons).sort()).toEqual(['graduate-analogy', 'what-is-fine-tuning']);
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) as string) as { state: ProgressData };
    expect(Object.keys(saved.state.lessons).sort()).toEqual(['graduate-analogy', 'what-is-fine-tuning']);
  });
});
