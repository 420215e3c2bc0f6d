import { mergeStoredWithMine } from './merge-stored';
import { progressStorage, useProgress } from './progress-store';
import { STORAGE_KEY } from './storage-adapter';
import type { ProgressData } from './progress-types';
import { useStorageHealth, type OtherTabNews } from './storage-health';

/** Compares saved data by content. */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const hasProgress = (data: ProgressData) => Object.keys(data.answers).length > 0 || Object.keys(data.quizzes).length > 0 || Object.keys(data.lessons).length > 0;

/** What another tab did that clears something this tab shows: a reset, or a quiz restarted. */
export function otherTabNews(mine: ProgressData, merged: ProgressData): OtherTabNews {
  if (merged.resetAt > mine.resetAt && hasProgress(mine)) return 'reset';
  const restarted = Object.entries(mine.quizzes).some(([id, quiz]) => (merged.quizzes[id]?.attempt ?? 0) > quiz.attempt);
  return restarted ? 'retake' : null;
}

/**
 * Keeps tabs in step without losing answers: when another tab saves, merge what it saved
 * with what this tab holds (no last-writer-wins). The merged result is saved back only
 * if it differs, so two tabs settle after one exchange.
 */
export async function mergeFromOtherTab(newValue: string): Promise<void> {
  const read = await mergeStoredWithMine(newValue);
  if (!read) return;
  const { mine, merged } = read;
  if (useStorageHealth.getState().health.kind === 'unreadable') {
    // Another tab has already chosen to start fresh (the unreadable value was copied
    // aside when it was read): this tab joins in, keeping both tabs' answers.
    progressStorage.unblock();
    useProgress.getState().replaceProgress(merged);
    return;
  }
  if (same(merged, mine)) return;
  const news = otherTabNews(mine, merged);
  if (news) useStorageHealth.getState().setOtherTab(news);
  useProgress.getState().replaceProgress(merged);
}

export function startTabSync(target: Window = window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY && event.newValue) void mergeFromOtherTab(event.newValue);
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
