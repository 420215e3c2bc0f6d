/**
 * The one persisted store: the learner's saved progress, built from typed slices.
 * It alone talks to localStorage (through storage-adapter.ts). Components read it with
 * narrow selectors and change it only through these actions; the logic behind each
 * action is a pure function in quiz-progress.ts.
 *
 * Slices and their persisted keys:
 * - quiz:   answers, quizzes, tries (checked answers, newest MAX_TRIES_LOGGED)
 * - course: lessons, lastLesson (resume where you left off)
 * - admin:  resetAt (when all progress was last cleared)
 * Later slices (spaced review, final assessment) add keys of their own, with a
 * migration step that fills them for older saved data.
 */
import { useSyncExternalStore } from 'react';
import { create, type StateCreator } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Question } from '../quiz/lib/question';
import type { Grade, Response } from '../quiz/lib/response';
import { emptyProgress, PROGRESS_VERSION, type ProgressData } from './progress-types';
import { recordCheck, recordHint, recordReveal, recordVisit, startNewAttempt } from './quiz-progress';
import { createProgressStorage, STORAGE_KEY } from './storage-adapter';
import { useStorageHealth } from './storage-health';

export { STORAGE_KEY } from './storage-adapter';

export interface QuizTarget {
  quizId: string;
  questions: readonly Question[];
}

export interface QuizSlice {
  answers: ProgressData['answers'];
  quizzes: ProgressData['quizzes'];
  tries: ProgressData['tries'];
  checkAnswer: (target: QuizTarget, question: Question, response: Response, result: Extract<Grade, { status: 'graded' }>) => void;
  takeHint: (target: QuizTarget, question: Question) => void;
  revealAnswer: (target: QuizTarget, question: Question, correct: Response) => void;
  retakeQuiz: (quizId: string) => void;
}

export interface CourseSlice {
  lessons: ProgressData['lessons'];
  lastLesson: ProgressData['lastLesson'];
  visitLesson: (slug: string) => void;
}

export interface AdminSlice {
  resetAt: ProgressData['resetAt'];
  /** Replaces all progress (after an import has been validated and merged). */
  replaceProgress: (data: ProgressData) => void;
  /** Clears all progress, recording when, so that other open tabs follow. */
  resetProgress: () => void;
}

export type ProgressState = QuizSlice & CourseSlice & AdminSlice;
type Slice<T> = StateCreator<ProgressState, [['zustand/persist', unknown]], [], T>;

/** The saved part of the state: data only, no actions. */
export const dataOf = (state: ProgressState): ProgressData => ({
  answers: state.answers,
  quizzes: state.quizzes,
  tries: state.tries,
  lessons: state.lessons,
  lastLesson: state.lastLesson,
  resetAt: state.resetAt,
});

const now = () => Date.now();

const createQuizSlice: Slice<QuizSlice> = (set) => {
  const ctx = (target: QuizTarget) => ({ quizId: target.quizId, questions: target.questions, now: now() });
  return {
    answers: {},
    quizzes: {},
    tries: [],
    checkAnswer: (target, question, response, result) =>
      set((state) => recordCheck(dataOf(state), question, response, result, ctx(target))),
    takeHint: (target, question) => set((state) => recordHint(dataOf(state), question, ctx(target))),
    revealAnswer: (target, question, correct) => set((state) => recordReveal(dataOf(state), question, correct, ctx(target))),
    retakeQuiz: (quizId) => set((state) => startNewAttempt(dataOf(state), quizId, now())),
  };
};

const createCourseSlice: Slice<CourseSlice> = (set) => ({
  lessons: {},
  lastLesson: null,
  visitLesson: (slug) => set((state) => recordVisit(dataOf(state), slug, now())),
});

const createAdminSlice: Slice<AdminSlice> = (set) => ({
  resetAt: 0,
  replaceProgress: (data) => set(data),
  resetProgress: () => set({ ...emptyProgress(), resetAt: now() }),
});

export const progressStorage = createProgressStorage(
  () => window.localStorage,
  (health) => useStorageHealth.getState().setHealth(health),
);

export const useProgress = create<ProgressState>()(
  persist(
    (...a) => ({
      ...createQuizSlice(...a),
      ...createCourseSlice(...a),
      ...createAdminSlice(...a),
    }),
    {
      name: STORAGE_KEY,
      version: PROGRESS_VERSION,
      storage: progressStorage,
      partialize: (state): ProgressData => dataOf(state),
      // Old versions are migrated (and every version validated) by the storage adapter's
      // reader, progress-codec.ts, before persist sees them; persist's own `migrate` is
      // never reached because the adapter always hands back the current version.
    },
  ),
);

/** Resolves once saved progress has been read (immediately if it already has). */
export function progressHydrated(): Promise<void> {
  if (useProgress.persist.hasHydrated()) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = useProgress.persist.onFinishHydration(() => {
      unsubscribe();
      resolve();
    });
  });
}

const subscribeHydration = (onChange: () => void) => useProgress.persist.onFinishHydration(onChange);
const isHydrated = () => useProgress.persist.hasHydrated();

/** The prerendered page never has saved progress, so hydration starts from "not read yet". */
const isHydratedOnServer = () => false;

/** Whether saved progress has been read yet (so a page can avoid showing "not started" first). */
export function useProgressHydrated(): boolean {
  return useSyncExternalStore(subscribeHydration, isHydrated, isHydratedOnServer);
}
