import { act, screen, within } from '@testing-library/react';
import { STORAGE_KEY, useProgress } from '../../src/progress/progress-store';
import { visitLesson } from '../../src/progress/progress-actions';
import { progressStorage } from '../../src/progress/progress-storage';
import { UNREADABLE_KEY } from '../../src/progress/storage-adapter';
import { PROGRESS_VERSION } from '../../src/progress/progress-types';
import { captureDownloads } from '../support/downloads';
import { renderApp } from '../support/render-app';


/** A fresh page load: the store reads whatever is in storage now. */
async function load(url = '/') {
  await useProgress.persist.rehydrate();
  return renderApp(url);
}

afterEach(() => {
  progressStorage.unblock();
  jest.restoreAllMocks();
});

describe('unreadable saved progress', () => {
  it.each([
    ['not JSON', 'not json{', /not valid JSON/],
    ['a newer version', JSON.stringify({ state: {}, version: 99 }), /saved by a newer version/],
    ['the wrong shape', JSON.stringify({ state: { answers: 'lots' }, version: 2 }), /damaged/],
  ])('%s: the app still loads, explains, and keeps the data untouched', async (_label, raw, reason) => {
    localStorage.setItem(STORAGE_KEY, raw);
    await load('/');
    const notice = await screen.findByRole('alert');
    expect(within(notice).getByRole('heading', { name: /couldn’t read your saved progress/i })).toBeInTheDocument();
    expect(notice).toHaveTextContent(reason);
    expect(notice).toHaveTextContent('It has not been changed or deleted.');
    expect(await screen.findByRole('list', { name: 'Lessons' })).toBeInTheDocument(); // never a blank page

    // Working on does not overwrite it.
    act(() => visitLesson('what-is-fine-tuning'));
    expect(localStorage.getItem(STORAGE_KEY)).toBe(raw);
    expect(localStorage.getItem(UNREADABLE_KEY)).toBe(raw);
  });

  it('offers the unreadable data as a download, then starts fresh only after confirmation', async () => {
    const raw = 'not json{';
    localStorage.setItem(STORAGE_KEY, raw);
    const downloads = captureDownloads();
    const { user } = await load('/');
    const notice = await screen.findByRole('alert');
    await user.click(within(notice).getByRole('button', { name: 'Download the unreadable data' }));
    expect(await downloads[0]?.text()).toBe(raw);

    await user.click(within(notice).getByRole('button', { name: 'Start fresh' }));
    expect(localStorage.getItem(STORAGE_KEY)).toBe(raw); // not yet: it asks first
    await user.click(within(notice).getByRole('button', { name: 'Cancel' }));
    await user.click(within(notice).getByRole('button', { name: 'Start fresh' }));
    await user.click(within(notice).getByRole('button', { name: 'Yes, start fresh' }));

    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) as string) as { version: number };
    expect(saved.version).toBe(PROGRESS_VERSION);
    expect(localStorage.getItem(UNREADABLE_KEY)).toBe(raw); // the copy stays aside
  });
});

describe('storage that cannot be used', () => {
  it('unavailable storage: the learner keeps working, told progress is not saved', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      await load('/');
      const notice = await screen.findByRole('alert');
      expect(within(notice).getByRole('heading', { name: 'Your progress is not being saved' })).toBeInTheDocument();
      expect(notice).toHaveTextContent(/answers are kept until you close this tab/);
      expect(within(notice).getByRole('button', { name: 'Download your progress' })).toBeInTheDocument();
      act(() => visitLesson('what-is-fine-tuning'));
      expect(useProgress.getState().lastLesson).toBe('what-is-fine-tuning'); // kept in memory
    } finally {
      if (original) Object.defineProperty(window, 'localStorage', original);
    }
  });

  it('full storage: a notice while writes fail, gone once a write succeeds', async () => {
    const { user } = await load('/');
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('link', { name: 'Your progress' }));
    act(() => visitLesson('what-is-fine-tuning'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/storage for the course is full/);
    setItem.mockRestore();
    act(() => visitLesson('graduate-analogy'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your progress' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
