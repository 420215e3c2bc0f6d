import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** What the learner gave for one question, and whether it was right. */
export interface SavedAnswer {
  choice: string;
  correct: boolean;
  at: number;
}

interface ProgressState {
  answers: Record<string, SavedAnswer>;
  recordAnswer: (questionId: string, answer: SavedAnswer) => void;
}

export const STORAGE_KEY = 'fine-tuning-course:progress';

/** The one persisted store: saved progress, keyed by question id. */
export const useProgress = create<ProgressState>()(
  persist(
    (set) => ({
      answers: {},
      recordAnswer: (questionId, answer) => set((state) => ({ answers: { ...state.answers, [questionId]: answer } })),
    }),
    {
      name: STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ answers: state.answers }),
    },
  ),
);
