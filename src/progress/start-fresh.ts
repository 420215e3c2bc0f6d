import { mergeStoredWithMine } from './merge-stored';
import { dataOf, progressStorage, useProgress } from './progress-store';
import { STORAGE_KEY } from './storage-adapter';
import { useStorageHealth } from './storage-health';
import { mergeTries } from './tries-log';

export type StartFreshOutcome = 'started' | 'no-copy';

/**
 * "Start fresh" after unreadable saved progress: save what this visit holds in place of
 * the unreadable value. Only if a copy of that value exists: kept aside in this browser
 * (tried again now, in case there is room), or downloaded by the learner, who confirmed
 * it (`downloaded`). Otherwise nothing is written and the answer is 'no-copy'.
 * If another tab has meanwhile started fresh and saved answers, merge those in rather
 * than overwrite them.
 */
export async function startFreshKeepingOtherTabs(unreadableRaw: string, { downloaded }: { downloaded: boolean }): Promise<StartFreshOutcome> {
  const keptAside = progressStorage.keepAside(unreadableRaw);
  if (!keptAside && !downloaded) {
    const { health } = useStorageHealth.getState();
    if (health.kind === 'unreadable') useStorageHealth.getState().setHealth({ ...health, keptAside: false });
    return 'no-copy';
  }
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Unavailable storage is reported by the adapter on the write below.
  }
  let data = dataOf(useProgress.getState());
  if (stored !== null && stored !== unreadableRaw) data = (await mergeStoredWithMine(stored))?.merged ?? data;
  // The tries log is saved by hour, apart from the unreadable value: keep what is there.
  data = { ...data, tries: mergeTries(data.tries, await progressStorage.readSavedTries()) };
  progressStorage.unblock();
  useProgress.getState().replaceProgress(data);
  return 'started';
}
