/**
 * Importing a progress file: what is saved, and what the page says about it. Unknown ids
 * are kept (a newer course may know them) and counted; numbers read "1 answer", "2 answers";
 * an import while saved progress is unreadable is saved, or the page says plainly why not.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { dataOf, STORAGE_KEY, useProgress } from '../../src/progress/progress-store';
import { progressStorage } from '../../src/progress/progress-storage';
import { emptyProgress, PROGRESS_VERSION, type ProgressData, type QuestionRecord, type QuizRecord } from '../../src/progress/progress-types';
import { UNREADABLE_KEY } from '../../src/progress/storage-adapter';
import { renderApp } from '../support/render-app';

const AT = 1_700_000_000_000;
const record = (quiz: string): QuestionRecord => ({
  quiz, attempt: 1, fp: 'x', response: null, tries: 1, firstScore: 1, correct: true, hintUsed: false, revealed: false, at: AT,
});
const quizRecord = (): QuizRecord => ({ attempt: 1, completed: 0, completedAttempt: 0, last: null, best: null, history: [], at: AT });
const file = (state: ProgressData) =>
  new File([JSON.stringify({ app: 'fine-tuning-course', version: PROGRESS_VERSION, exportedAt: '2026-11-01T00:00:00Z', state })], 'p.json', { type: 'application/json' });

async function importFile(state: ProgressData) {
  const { user } = renderApp('/progress');
  await user.upload(await screen.findByLabelText('Progress file (.json)'), file(state));
  return user;
}
const noticeTitled = async (title: string | RegExp) => (await screen.findByRole('heading', { name: title })).closest('section') as HTMLElement;

afterEach(() => progressStorage.unblock());

describe('importing: counts and unknown ids', () => {
  it('says “1 answer” and “1 quiz record”, not “1 answers”', async () => {
    await importFile({ ...emptyProgress(), answers: { 'wift-check-define': record('checkpoint:wift-check-define') }, quizzes: { 'lesson:what-is-fine-tuning': quizRecord() } });
    const notice = await noticeTitled('Progress imported');
    expect(notice).toHaveTextContent('1 answer and 1 quiz record were combined with your progress.');
    expect(notice).not.toHaveTextContent(/not recogni[sz]ed/);
  });

  it('keeps answers and quizzes this course does not know, and says how many were not recognised', async () => {
    await importFile({
      ...emptyProgress(),
      answers: { 'wift-check-define': record('checkpoint:wift-check-define'), 'from-a-newer-course': record('lesson:newer'), 'another-new-one': record('lesson:newer') },
      quizzes: { 'lesson:newer': quizRecord() },
    });
    const notice = await noticeTitled('Progress imported');
    expect(notice).toHaveTextContent('3 answers and 1 quiz record were combined with your progress.');
    expect(notice).toHaveTextContent('2 answers and 1 quiz record are not recognised by this version of the course. They are kept, in case a newer version knows them.');
    expect(Object.keys(useProgress.getState().answers).sort()).toEqual(['another-new-one', 'from-a-newer-course', 'wift-check-define']);
    expect(useProgress.getState().quizzes['lesson:newer']).toBeDefined();
  });

  it('recognises answers given in the spaced review (kept under the question’s review id)', async () => {
    await importFile({
      ...emptyProgress(),
      answers: { 'review:wift-check-define': record('review:wift-check-define') },
      quizzes: { 'review:wift-check-define': quizRecord() },
    });
    const notice = await noticeTitled('Progress imported');
    expect(notice).not.toHaveTextContent(/not recogni[sz]ed/);
  });

  it('one unknown answer: “1 answer is not recognised”', async () => {
    await importFile({ ...emptyProgress(), answers: { 'from-a-newer-course': record('checkpoint:from-a-newer-course') } });
    const notice = await noticeTitled('Progress imported');
    expect(notice).toHaveTextContent('1 answer and 0 quiz records were combined with your progress. 1 answer is not recognised by this version of the course.');
  });
});

describe('importing while saved progress cannot be read', () => {
  const imported = (): ProgressData => ({ ...emptyProgress(), answers: { 'wift-check-define': record('checkpoint:wift-check-define') } });

  it('keeps the unreadable value aside, then saves the import', async () => {
    const raw = 'not json{';
    localStorage.setItem(STORAGE_KEY, raw);
    await useProgress.persist.rehydrate();
    await importFile(imported());
    await noticeTitled('Progress imported');
    expect(localStorage.getItem(UNREADABLE_KEY)).toBe(raw);
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) as string) as { state: ProgressData };
    expect(Object.keys(saved.state.answers)).toEqual(['wift-check-define']);
    await waitFor(() => expect(screen.queryByRole('alert', { name: /couldn’t read/ })).not.toBeInTheDocument());
  });

  it('with no room for a copy: says plainly that nothing was saved, and why', async () => {
    const huge = `{"state":${'x'.repeat(3 * 1024 * 1024)}`;
    localStorage.setItem(STORAGE_KEY, huge);
    await useProgress.persist.rehydrate();
    const before = dataOf(useProgress.getState());
    await importFile(imported());
    const notice = await noticeTitled('That file was not imported');
    expect(notice).toHaveTextContent(/saved progress could not be read/);
    expect(notice).toHaveTextContent(/no room in this browser to keep a copy/);
    expect(notice).toHaveTextContent('Nothing was saved');
    expect(screen.queryByRole('heading', { name: 'Progress imported' })).not.toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(huge);
    expect(dataOf(useProgress.getState())).toEqual(before);
  });
});

describe('importing while storage is full', () => {
  it('says the import is here for this visit but could not be saved', async () => {
    const user = renderApp('/progress').user;
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    await user.upload(await screen.findByLabelText('Progress file (.json)'), file(imported()));
    const notice = await noticeTitled('Progress imported for this visit only');
    expect(within(notice).getByText(/could not be saved/)).toBeInTheDocument();
    jest.restoreAllMocks();
  });

  function imported(): ProgressData {
    return { ...emptyProgress(), answers: { 'wift-check-define': record('checkpoint:wift-check-define') } };
  }
});
