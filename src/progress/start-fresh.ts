import { mergeStoredWithMine } from './merge-stored';
import { dataOf, progressStorage, useProgress } from './progress-store';
import { STORAGE_KEY } from './storage-adapter';

/**
 * "Start fresh" after unreadable saved progress: save what this visit holds in place of
 * the unreadable value (a copy of which was kept aside when it was read). If another tab
 * has meanwhile started fresh and saved answers, merge those in rather than overwrite them.
 */
export async function startFreshKeepingOtherTabs(unreadableRaw: string): Promise<void> {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Unavailable storage is reported by the adapter on the write below.
  }
  let data = dataOf(useProgress.getState());
  if (stored !== null && stored !== unreadableRaw) data = (await mergeStoredWithMine(stored))?.merged ?? data;
  progressStorage.unblock();
  useProgress.getState().replaceProgress(data);
}
