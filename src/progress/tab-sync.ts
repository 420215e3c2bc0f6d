import { mergeStoredWithMine } from './merge-stored';
import { dataOf, useProgress } from './progress-store';
import { progressStorage } from './progress-storage';
import { hourOfKey, STORAGE_KEY } from './storage-keys';
import type { ProgressData } from './progress-types';
import { useStorageHealth, type OtherTabNews } from './storage-health';
import { mergeHour, mergeTries } from './tries-log';
import { reviewedQuestionId } from './review-ids';

/** Two records, or two maps of records, by content: by identity first (the merge keeps unchanged records as they were). */
function sameRecords<T>(a: Record<string, T>, b: Record<string, T>): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key in b && (a[key] === b[key] || JSON.stringify(a[key]) === JSON.stringify(b[key])));
}

/** Compares saved data by content, cheaply when most of it is the same objects (the tries log usually is the same array). */
function same(a: ProgressData, b: ProgressData): boolean {
  return (
    a.resetAt === b.resetAt &&
    a.lastLesson === b.lastLesson &&
    sameRecords(a.answers, b.answers) &&
    sameRecords(a.quizzes, b.quizzes) &&
    sameRecords(a.lessons, b.lessons) &&
    sameRecords(a.reading, b.reading) &&
    sameRecords(a.reviews, b.reviews) &&
    // Format 5's other parts are small: compared whole.
    JSON.stringify([a.finalAttempt, a.finalResults, a.certificateName]) === JSON.stringify([b.finalAttempt, b.finalResults, b.certificateName]) &&
    (a.tries === b.tries || JSON.stringify(a.tries) === JSON.stringify(b.tries))
  );
}

const hasProgress = (data: ProgressData) => Object.keys(data.answers).length > 0 || Object.keys(data.quizzes).length > 0 || Object.keys(data.lessons).length > 0;

/** What another tab did that clears something this tab shows: a reset, or a quiz restarted. */
export function otherTabNews(mine: ProgressData, merged: ProgressData): OtherTabNews {
  if (merged.resetAt > mine.resetAt && hasProgress(mine)) return 'reset';
  // A review question starting afresh (a new attempt of its one-question review quiz) is not a quiz restarted.
  const restarted = Object.entries(mine.quizzes).some(([id, quiz]) => reviewedQuestionId(id) === id && (merged.quizzes[id]?.attempt ?? 0) > quiz.attempt);
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
    // Its log, saved by hour, joins this tab's too.
    const saved = await progressStorage.readSavedTries();
    progressStorage.unblock();
    useProgress.getState().replaceProgress({ ...merged, tries: mergeTries(merged.tries, saved) });
    return;
  }
  if (same(merged, mine)) return;
  const news = otherTabNews(mine, merged);
  if (news) useStorageHealth.getState().setOtherTab(news);
  useProgress.getState().replaceProgress(merged);
}

/**
 * Another tab saved one hour of the tries log: merge that hour only (tries-log.ts). The
 * rest of this tab's log is not looked at, so this stays quick however long the log is.
 */
export async function mergeTriesFromOtherTab(hour: number, newValue: string): Promise<void> {
  const { readTriesHour } = await import('./progress-codec');
  const theirs = readTriesHour(newValue);
  if (!theirs) return;
  const state = useProgress.getState();
  const tries = mergeHour(state.tries, hour, theirs, state.resetAt);
  if (tries !== state.tries) state.replaceProgress({ ...dataOf(state), tries: [...tries] });
}

const ignoreFailure = () => {
  // A copy that cannot be read or merged leaves this tab as it was; its own saves go on.
};

export function startTabSync(target: Window = window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (!event.newValue) return;
    if (event.key === STORAGE_KEY) {
      mergeFromOtherTab(event.newValue).catch(ignoreFailure);
      return;
    }
    const hour = hourOfKey(event.key);
    if (hour !== null) mergeTriesFromOtherTab(hour, event.newValue).catch(ignoreFailure);
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
