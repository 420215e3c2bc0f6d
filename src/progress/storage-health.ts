import { create } from 'zustand';

/** Whether progress is being saved, and if not, why. Not persisted: it describes this visit. */
export type StorageHealth =
  | { kind: 'ok' }
  /** localStorage throws on access (disabled, some private modes): working in memory. */
  | { kind: 'unavailable' }
  /** The browser refused the write: storage is full. Working in memory; retried on each change. */
  | { kind: 'full' }
  /** What was saved could not be read. It is kept untouched until the learner decides. */
  | { kind: 'unreadable'; raw: string; reason: string };

interface HealthState {
  health: StorageHealth;
  setHealth: (health: StorageHealth) => void;
}

export const useStorageHealth = create<HealthState>()((set) => ({
  health: { kind: 'ok' },
  setHealth: (health) => set({ health }),
}));
