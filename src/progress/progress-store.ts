/**
 * The one persisted store: the learner's saved progress, built from typed slices.
 * It alone talks to localStorage (through storage-adapter.ts, loaded on first use by
 * lazy-storage.ts so that it is not part of the first page). Components read it with
 * narrow selectors and change it only through actions: the admin ones here, those of the
 * lesson page (answering, visiting) in progress-actions.ts, loaded with that page. The
 * logic behind each action is a pure function in quiz-progress.ts.
 *
 * Slices and their persisted keys:
 * - quiz:   answers, quizzes, tries (checked answers, newest MAX_TRIES_LOGGED)
 * - course: lessons, lastLesson, reading (resume where you left off, at the section last read)
 * - admin:  resetAt (when all progress was last cleared)
 * - loop:   reviews (the spaced-review schedule), finalAttempt, finalResults,
 *           certificateName (format 5; changed through review/ and final-assessment actions)
 * A new slice adds keys of its own, with a migration step that fills them for older saved data.
 */
import { createContext, createElement, useContext, useDeferredValue, useSyncExternalStore, type ReactNode } from 'react';
import { create, type StateCreator } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import type * as MergeModule from './merge';
import { emptyProgress, PROGRESS_VERSION, type ProgressData } from './progress-types';
import { lazyStorage } from './lazy-storage';
import { STORAGE_KEY } from './storage-keys';
import { ChunkLoadError } from '../ui/load-chunk';

export { STORAGE_KEY } from './storage-keys';

export interface QuizSlice {
  answers: ProgressData['answers'];
  quizzes: ProgressData['quizzes'];
  tries: ProgressData['tries'];
}

export interface CourseSlice {
  lessons: ProgressData['lessons'];
  lastLesson: ProgressData['lastLesson'];
  reading: ProgressData['reading'];
}

export interface LoopSlice {
  reviews: ProgressData['reviews'];
  finalAttempt: ProgressData['finalAttempt'];
  finalResults: ProgressData['finalResults'];
  certificateName: ProgressData['certificateName'];
}

export interface AdminSlice {
  resetAt: ProgressData['resetAt'];
  /** Replaces all progress (after an import has been validated and merged). */
  replaceProgress: (data: ProgressData) => void;
  /** Clears all progress, recording when, so that other open tabs follow. */
  resetProgress: () => void;
}

export type ProgressState = QuizSlice & CourseSlice & LoopSlice & AdminSlice;
type Slice<T> = StateCreator<ProgressState, [['zustand/persist', unknown]], [], T>;

const DATA_KEYS = ['answers', 'quizzes', 'tries', 'lessons', 'lastLesson', 'reading', 'resetAt', 'reviews', 'finalAttempt', 'finalResults', 'certificateName'] as const;

/** The saved part of the state: data only, no actions. */
export const dataOf = (state: ProgressState): ProgressData => Object.fromEntries(DATA_KEYS.map((key) => [key, state[key]])) as unknown as ProgressData;

const now = () => Date.now();

const createQuizSlice: Slice<QuizSlice> = () => ({ answers: {}, quizzes: {}, tries: [] });

const createCourseSlice: Slice<CourseSlice> = () => ({ lessons: {}, lastLesson: null, reading: {} });

const createLoopSlice: Slice<LoopSlice> = () => ({ reviews: {}, finalAttempt: null, finalResults: [], certificateName: null });

const createAdminSlice: Slice<AdminSlice> = (set) => ({
  resetAt: 0,
  replaceProgress: (data) => set(data),
  resetProgress: () => set({ ...emptyProgress(), resetAt: now() }),
});

/**
 * Whether the last attempt to read saved progress failed because the reader did not
 * download. Not in a zustand store: the tests' zustand mock resets stores between cases.
 */
let readFailed = false;
const readListeners = new Set<() => void>();
function setReadFailed(failed: boolean) {
  readFailed = failed;
  // Told on every failure, not only on a change: a failed retry must reject its waiters.
  readListeners.forEach((listener) => listener());
}

/** The merge, loaded with every read (see withMerge), so that joinRead can use it at once. */
let merge: typeof MergeModule | null = null;

/**
 * Loads the merge beside the reader, off the first page: a read waits for both. The store reads
 * as it is created, while the entry is still being evaluated: the request starts a microtask
 * later, so that it is not made from the entry's top level (see `begin` in main.tsx).
 */
function withMerge(storage: PersistStorage<ProgressData>): PersistStorage<ProgressData> {
  return {
    ...storage,
    async getItem(name) {
      const [value, module] = await Promise.all([storage.getItem(name), Promise.resolve().then(() => import('./merge'))]);
      merge = module;
      return value;
    },
  };
}

/** The data when the latest read of saved progress began, to tell what changed while it ran. */
let atReadStart: ProgressData | null = null;
/** Set when a read was merged with changes made during it: those must then be saved. */
let saveAfterRead = false;
const changedSince = (state: ProgressState, before: ProgressData | null) => before !== null && DATA_KEYS.some((key) => state[key] !== before[key]);

/** What the latest read found saved (null: nothing), before it joined the state. */
let lastRead: ProgressData | null = null;

/**
 * What the latest finished read of saved progress found, as it was saved (before what changed
 * during the read was merged in); null when nothing was saved or nothing has been read yet.
 */
export const savedAtLastRead = (): ProgressData | null => lastRead;

/**
 * How a read of saved progress joins the state. Normally it replaces it. If anything
 * changed progress while the read was under way (a reset, an answer, another tab), the
 * two are merged as two tabs would be: nothing is lost, and a reset made meanwhile drops
 * what was saved before it, so a late read cannot revive reset progress.
 */
function joinRead(persisted: unknown, current: ProgressState): ProgressState {
  const read = persisted as ProgressData | undefined;
  lastRead = read ?? null;
  if (!read) return current;
  if (!changedSince(current, atReadStart)) return { ...current, ...read };
  saveAfterRead = true;
  if (!merge) throw new Error('The merge was not loaded with the reader.');
  return { ...current, ...merge.mergeProgress(dataOf(current), read) };
}

export const useProgress = create<ProgressState>()(
  persist(
    (...a) => ({
      ...createQuizSlice(...a),
      ...createCourseSlice(...a),
      ...createLoopSlice(...a),
      ...createAdminSlice(...a),
    }),
    {
      name: STORAGE_KEY,
      version: PROGRESS_VERSION,
      // The adapter loads on first use, which is this first read, right away (lazy-storage.ts).
      storage: withMerge(lazyStorage(() => import('./progress-storage').then((m) => m.progressStorage))),
      merge: joinRead,
      onRehydrateStorage: (before) => {
        atReadStart = dataOf(before);
        saveAfterRead = false;
        return (_state, error) => {
          setReadFailed(Boolean(error));
          if (!error && saveAfterRead) {
            saveAfterRead = false;
            useProgress.setState({}); // persist saves on every set
          }
        };
      },
      partialize: (state): ProgressData => dataOf(state),
      // Old versions are migrated (and every version validated) by the storage adapter's
      // reader, progress-codec.ts, before persist sees them; persist's own `migrate` is
      // never reached because the adapter always hands back the current version.
    },
  ),
);

/** Reads saved progress again after the reader failed to download. */
export function retryReadingProgress(): Promise<void> {
  setReadFailed(false);
  return useProgress.persist.rehydrate();
}

/**
 * Resolves once saved progress has been read (immediately if it already has); rejects
 * with a ChunkLoadError if the reader does not download. After a failure, asking again
 * reads again, so a page's Retry only has to run its loader again.
 */
export function progressHydrated(): Promise<void> {
  if (useProgress.persist.hasHydrated()) return Promise.resolve();
  const retry = readFailed;
  const read = new Promise<void>((resolve, reject) => {
    const settle = () => {
      unsubscribe();
      readListeners.delete(onRead);
    };
    const unsubscribe = useProgress.persist.onFinishHydration(() => {
      settle();
      resolve();
    });
    const onRead = () => {
      if (!readFailed) return;
      settle();
      reject(new ChunkLoadError('Saved progress could not be read.'));
    };
    readListeners.add(onRead);
  });
  // rehydrate() settles without rejecting: a failure arrives through setReadFailed and rejects `read`.
  if (retry) retryReadingProgress().catch(() => undefined);
  return read;
}

const subscribeReadFailed = (onChange: () => void) => {
  readListeners.add(onChange);
  return () => readListeners.delete(onChange);
};
const isReadFailed = () => readFailed;

/** Whether saved progress could not be read because the reader did not download. */
export function useProgressReadFailed(): boolean {
  return useSyncExternalStore(subscribeReadFailed, isReadFailed, isReadFailed);
}

const subscribeHydration = (onChange: () => void) => useProgress.persist.onFinishHydration(onChange);
const isHydrated = () => useProgress.persist.hasHydrated();

/** The prerendered page never has saved progress, so hydration starts from "not read yet". */
const isHydratedOnServer = () => false;

const HydratedContext = createContext<boolean | undefined>(undefined);
const noSubscription = () => () => undefined;
const notRead = () => false;

/**
 * Tells the app whether saved progress has been read. The prerendered page was built before
 * anything was read, so the app takes it over as "not read yet"; by then the read has usually
 * finished, and every page that shows progress then draws it. Drawn at once, that would be one
 * long task (React redraws a store's change in one go); as a deferred value it is a transition,
 * drawn in short slices, and this provider is all that redraws at once.
 */
export function ProgressHydratedProvider({ children }: { children: ReactNode }) {
  const hydrated = useSyncExternalStore(subscribeHydration, isHydrated, isHydratedOnServer);
  return createElement(HydratedContext.Provider, { value: useDeferredValue(hydrated) }, children);
}

/**
 * Whether saved progress has been read yet (so a page can avoid showing "not started" first):
 * from ProgressHydratedProvider, or from the store itself where there is none (a test).
 */
export function useProgressHydrated(): boolean {
  const provided = useContext(HydratedContext);
  const own = useSyncExternalStore(provided === undefined ? subscribeHydration : noSubscription, provided === undefined ? isHydrated : notRead, isHydratedOnServer);
  return provided ?? own;
}
