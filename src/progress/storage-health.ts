import { create } from 'zustand';

/** Whether progress is being saved, and if not, why. Not persisted: it describes this visit. */
export type StorageHealth =
  | { kind: 'ok' }
  /** localStorage throws on access (disabled, some private modes): working in memory. */
  | { kind: 'unavailable' }
  /** The browser refused the write: storage is full. Working in memory; retried on each change. */
  | { kind: 'full' }
  /**
   * What was saved could not be read. It is kept untouched until the learner decides;
   * `keptAside` says whether a copy of it is also kept under another key (there may be no room).
   */
  | { kind: 'unreadable'; raw: string; reason: string; keptAside: boolean };

/** Something another open tab did that changed this tab's progress, to be told until dismissed. */
export type OtherTabNews = 'reset' | 'retake' | null;

interface HealthState {
  health: StorageHealth;
  setHealth: (health: StorageHealth) => void;
  otherTab: OtherTabNews;
  setOtherTab: (news: OtherTabNews) => void;
}

export const useStorageHealth = create<HealthState>()((set) => ({
  health: { kind: 'ok' },
  setHealth: (health) => set({ health }),
  otherTab: null,
  setOtherTab: (otherTab) => set({ otherTab }),
}));

/** Whether there is anything for the storage notice to say. */
export const hasStorageNews = (state: HealthState) => state.health.kind !== 'ok' || state.otherTab !== null;
