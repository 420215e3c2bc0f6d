/**
 * "Start fresh" after unreadable saved progress: the unreadable value is never
 * overwritten unless a copy of it exists (kept aside in this browser, or downloaded and
 * confirmed by the learner), and what the notice says matches what was kept.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { dataOf, progressStorage, STORAGE_KEY, useProgress } from '../../src/progress/progress-store';
import { emptyProgress, PROGRESS_VERSION, type ProgressData } from '../../src/progress/progress-types';
import { UNREADABLE_KEY } from '../../src/progress/storage-adapter';
import { useStorageHealth } from '../../src/progress/storage-health';
import { captureDownloads } from '../support/downloads';
import { renderApp } from '../support/render-app';

/** About 3 MB: jsdom's storage (5 million characters, like a browser's) has no room for a second copy. */
const HUGE = `{"state":${'x'.repeat(3 * 1024 * 1024)}`;

async function load(url = '/') {
  await useProgress.persist.rehydrate();
  return renderApp(url);
}

const unreadableNotice = () => screen.findByRole('alert', { name: /couldn’t read your saved progress/i });

afterEach(() => {
  progressStorage.unblock();
  jest.restoreAllMocks();
});

describe('start fresh when there is no room to keep a copy', () => {
  it('says no copy could be kept, and does not overwrite the value until the learner has downloaded it and confirmed', async () => {
    localStorage.setItem(STORAGE_KEY, HUGE);
    const downloads = captureDownloads();
    const { user } = await load('/');
    const notice = await unreadableNotice();
    expect(localStorage.getItem(UNREADABLE_KEY)).toBeNull(); // there really was no room
    expect(notice).toHaveTextContent(/no room in this browser to keep a copy/i);

    await user.click(within(notice).getByRole('button', { name: 'Start fresh' }));
    // The screen does not promise a copy that does not exist, and offers no way to overwrite yet.
    expect(notice).not.toHaveTextContent(/copy of the unreadable data stays/i);
    expect(within(notice).queryByRole('button', { name: /start fresh/i })).not.toBeInTheDocument();
    expect(notice).toHaveTextContent(/download the unreadable data first/i);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(HUGE);

    await user.click(within(notice).getByRole('button', { name: 'Download the unreadable data' }));
    expect(await downloads[0]?.text()).toBe(HUGE);
    expect(notice).toHaveTextContent(/the file you downloaded is the only copy/i);
    await user.click(within(notice).getByRole('button', { name: 'I have the file: start fresh' }));

    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect((JSON.parse(localStorage.getItem(STORAGE_KEY) as string) as { version: number }).version).toBe(PROGRESS_VERSION);
  });

  it('refuses to start fresh without a copy, even if asked directly', async () => {
    localStorage.setItem(STORAGE_KEY, HUGE);
    await useProgress.persist.rehydrate();
    const { startFreshKeepingOtherTabs } = await import('../../src/progress/start-fresh');
    await expect(startFreshKeepingOtherTabs(HUGE, { downloaded: false })).resolves.toBe('no-copy');
    act(() => useProgress.getState().visitLesson('what-is-fine-tuning'));
    expect(localStorage.getItem(STORAGE_KEY)).toBe(HUGE);
    expect(useStorageHealth.getState().health).toMatchObject({ kind: 'unreadable', keptAside: false });
  });

  it('a copy kept aside is promised only when it is there', async () => {
    const raw = 'not json{';
    localStorage.setItem(STORAGE_KEY, raw);
    const { user } = await load('/');
    const notice = await unreadableNotice();
    await user.click(within(notice).getByRole('button', { name: 'Start fresh' }));
    expect(notice).toHaveTextContent('A copy of the unreadable data stays in this browser');
    expect(localStorage.getItem(UNREADABLE_KEY)).toBe(raw);
    await user.click(within(notice).getByRole('button', { name: 'Yes, start fresh' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });
});

describe('start fresh and another tab', () => {
  it('merges what another tab saved meanwhile instead of overwriting it', async () => {
    const raw = 'not json{';
    localStorage.setItem(STORAGE_KEY, raw);
    const { user } = await load('/');
    const notice = await unreadableNotice();
    act(() => useProgress.getState().visitLesson('graduate-analogy'));

    // Meanwhile another tab started fresh and saved a visit of its own.
    const other: ProgressData = { ...emptyProgress(), lessons: { 'what-is-fine-tuning': { visitedAt: 1_700_000_000_000 } }, lastLesson: 'what-is-fine-tuning' };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: other, version: PROGRESS_VERSION }));

    await user.click(within(notice).getByRole('button', { name: 'Start fresh' }));
    await user.click(within(notice).getByRole('button', { name: 'Yes, start fresh' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(Object.keys(dataOf(useProgress.getState()).lessons).sort()).toEqual(['graduate-analogy', 'what-is-fine-tuning']);
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) as string) as { state: ProgressData };
    expect(Object.keys(saved.state.lessons).sort()).toEqual(['graduate-analogy', 'what-is-fine-tuning']);
  });
});
