import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { PROGRESS_VERSION, type ProgressData } from './progress-types';
import type { StorageHealth } from './storage-health';

export const STORAGE_KEY = 'fine-tuning-course:progress';
/** Where an unreadable saved value is copied, so starting fresh never destroys it. */
export const UNREADABLE_KEY = `${STORAGE_KEY}:unreadable`;

/** Keys of the extra copies kept when more than one unreadable value has been met. */
function unreadableCopies(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(`${UNREADABLE_KEY}:`)) keys.push(key);
  }
  return keys;
}

const isQuotaError = (error: unknown) =>
  error instanceof DOMException &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22 || error.code === 1014);

export interface ProgressStorage extends PersistStorage<ProgressData> {
  /** After "Start fresh": allow writing over the unreadable value again. */
  unblock: () => void;
  /**
   * Makes sure a copy of an unreadable value is kept in this browser; true when one is
   * (kept now or earlier). An earlier copy of a different value is never overwritten.
   */
  keepAside: (raw: string) => boolean;
}

/**
 * The store's window onto localStorage. It never throws into the app: every failure
 * becomes a StorageHealth the notices explain. Reading is async because the validator
 * (zod schemas, migrations) loads on demand.
 */
export function createProgressStorage(getStorage: () => Storage, report: (health: StorageHealth) => void): ProgressStorage {
  let blocked = false;
  let lastHealth: StorageHealth['kind'] = 'ok';
  const setHealth = (health: StorageHealth) => {
    lastHealth = health.kind;
    report(health);
  };

  const keepAside = (raw: string): boolean => {
    try {
      // One copy per distinct unreadable value: an earlier copy is never overwritten.
      const storage = getStorage();
      const existing = storage.getItem(UNREADABLE_KEY);
      if (existing === raw || unreadableCopies(storage).some((key) => storage.getItem(key) === raw)) return true;
      let key = existing === null ? UNREADABLE_KEY : `${UNREADABLE_KEY}:${Date.now()}`;
      for (let n = 2; storage.getItem(key) !== null; n += 1) key = `${UNREADABLE_KEY}:${Date.now()}-${n}`;
      storage.setItem(key, raw);
      return true;
    } catch {
      // No room to copy it: it stays where it is, protected by the block.
      return false;
    }
  };

  return {
    keepAside,
    async getItem(name) {
      let raw: string | null;
      try {
        raw = getStorage().getItem(name);
      } catch {
        setHealth({ kind: 'unavailable' });
        return null;
      }
      if (raw === null) return null;
      const { readStored } = await import('./progress-codec');
      const result = readStored(raw);
      if (result.ok) return { state: result.data, version: PROGRESS_VERSION } satisfies StorageValue<ProgressData>;
      // Keep the unreadable value: block writes to it and copy it aside (if there is room).
      blocked = true;
      const keptAside = keepAside(raw);
      setHealth({ kind: 'unreadable', raw, reason: result.reason, keptAside });
      return null;
    },
    setItem(name, value) {
      if (blocked || lastHealth === 'unavailable') return;
      try {
        getStorage().setItem(name, JSON.stringify(value));
        if (lastHealth === 'full') setHealth({ kind: 'ok' });
      } catch (error) {
        setHealth(isQuotaError(error) ? { kind: 'full' } : { kind: 'unavailable' });
      }
    },
    removeItem(name) {
      try {
        getStorage().removeItem(name);
      } catch {
        // Nothing to remove where nothing can be stored.
      }
    },
    unblock() {
      blocked = false;
      setHealth({ kind: 'ok' });
    },
  };
}
