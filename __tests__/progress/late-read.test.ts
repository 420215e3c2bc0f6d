/**
 * Saved progress is read asynchronously (the reader is a lazily loaded file). Whatever
 * changes progress before that read finishes must not be undone by it: above all a reset.
 */
import { dataOf, STORAGE_KEY, useProgress } from '../../src/progress/progress-store';
import { emptyProgress, PROGRESS_VERSION, type ProgressData } from '../../src/progress/progress-types';

const OLD = 1_700_000_000_000;
const saved: ProgressData = {
  ...emptyProgress(),
  answers: {
    'wift-check-define': {
      quiz: 'checkpoint:wift-check-define', attempt: 1, fp: 'x', response: { type: 'single', choice: 'a' }, tries: 1,
      firstScore: 1, correct: true, hintUsed: false, revealed: false, at: OLD,
    },
  },
  lessons: { 'what-is-fine-tuning': { visitedAt: OLD } },
  lastLesson: 'what-is-fine-tuning',
};

beforeEach(() => {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: saved, version: PROGRESS_VERSION }));
});

describe('a late read of saved progress', () => {
  it('does not revive progress reset before it finished', async () => {
    const reading = useProgress.persist.rehydrate(); // a page load: the read starts…
    useProgress.getState().resetProgress(); // …and the learner resets before it ends
    await reading;
    expect(useProgress.getState().answers).toEqual({});
    expect(useProgress.getState().lastLesson).toBeNull();
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) as string) as { state: ProgressData };
    expect(stored.state.answers).toEqual({});
  });

  it('keeps both what was saved and what changed before the read finished, and saves both', async () => {
    const reading = useProgress.persist.rehydrate();
    useProgress.getState().visitLesson('graduate-analogy');
    await reading;
    expect(Object.keys(useProgress.getState().lessons).sort()).toEqual(['graduate-analogy', 'what-is-fine-tuning']);
    expect(useProgress.getState().answers['wift-check-define']).toBeDefined();
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) as string) as { state: ProgressData };
    expect(Object.keys(stored.state.lessons).sort()).toEqual(['graduate-analogy', 'what-is-fine-tuning']);
    expect(Object.keys(stored.state.answers)).toEqual(['wift-check-define']);
  });

  it('with nothing changed meanwhile, is simply what was saved', async () => {
    await useProgress.persist.rehydrate();
    expect(dataOf(useProgress.getState())).toEqual(saved);
  });
});
