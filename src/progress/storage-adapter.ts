import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { PROGRESS_VERSION, type ProgressData, type TryLogEntry } from './progress-types';
import type { StorageHealth } from './storage-health';
import { hourOfKey, triesKey, UNREADABLE_KEY } from './storage-keys';
import { changedHours, compareTries, entriesOfHours, inTimeOrder } from './tries-log';

export { hourOfKey, STORAGE_KEY, TRIES_KEY_PREFIX, triesKey, UNREADABLE_KEY } from './storage-keys';

/** An hour of the log as saved. */
export const encodeTriesHour = (entries: readonly TryLogEntry[]) => JSON.stringify({ version: PROGRESS_VERSION, tries: entries });

/** The main value as saved: everything but the tries log. */
export function encodeMain(data: ProgressData): string {
  const main: Partial<ProgressData> = { ...data };
  delete main.tries;
  return JSON.stringify({ state: main, version: PROGRESS_VERSION });
}

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
  /** The tries log as saved now, every hour of it (for merging when starting fresh). */
  readSavedTries: () => Promise<TryLogEntry[]>;
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

  /** The tries log as this tab last saved it (or read it): what a save compares against. */
  let savedTries: readonly TryLogEntry[] = [];
  /** The main value's parts as last saved: when none has changed, it is not encoded again. */
  let savedMain: Omit<ProgressData, 'tries'> | null = null;
  const mainUnchanged = (data: ProgressData) =>
    savedMain !== null &&
    data.answers === savedMain.answers &&
    data.quizzes === savedMain.quizzes &&
    data.lessons === savedMain.lessons &&
    data.lastLesson === savedMain.lastLesson &&
    data.reading === savedMain.reading &&
    data.resetAt === savedMain.resetAt &&
    data.reviews === savedMain.reviews &&
    data.finalAttempt === savedMain.finalAttempt &&
    data.finalResults === savedMain.finalResults &&
    data.certificateName === savedMain.certificateName;
  /** Hours whose saved value is damaged and could not be copied aside: never written over. */
  const protectedHours = new Set<number>();

  /** Every hour of the log in storage; damaged hours are copied aside (or protected) and skipped. */
  const readTries = async (storage: Storage): Promise<TryLogEntry[]> => {
    const { readTriesHour } = await import('./progress-codec');
    const hours: number[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const hour = hourOfKey(storage.key(i));
      if (hour !== null) hours.push(hour);
    }
    // Hour by hour, in order: each hour is saved in log order, so the whole log is too.
    hours.sort((a, b) => a - b);
    const log: TryLogEntry[] = [];
    for (const hour of hours) {
      const raw = storage.getItem(triesKey(hour));
      if (raw === null) continue;
      const entries = readTriesHour(raw);
      if (entries) {
        for (const entry of entries) log.push(entry);
      } else if (!keepAside(raw)) protectedHours.add(hour);
    }
    return inTimeOrder(log) ? log : [...log].sort(compareTries);
  };

  /** Saves the hours of the log that changed since the last save; the caller catches failures. */
  const saveTries = (storage: Storage, tries: readonly TryLogEntry[]) => {
    const hours = changedHours(savedTries, tries);
    for (const [hour, entries] of entriesOfHours(tries, hours)) {
      if (protectedHours.has(hour)) continue;
      const key = triesKey(hour);
      if (entries.length === 0) {
        storage.removeItem(key);
        continue;
      }
      const raw = encodeTriesHour(entries);
      if (storage.getItem(key) !== raw) storage.setItem(key, raw);
    }
    savedTries = tries;
  };

  return {
    keepAside,
    async readSavedTries() {
      try {
        return await readTries(getStorage());
      } catch {
        return [];
      }
    },
    async getItem(name) {
      let raw: string | null;
      let storage: Storage;
      try {
        storage = getStorage();
        raw = storage.getItem(name);
      } catch {
        setHealth({ kind: 'unavailable' });
        return null;
      }
      savedMain = null;
      if (raw === null) return null;
      const { readStored } = await import('./progress-codec');
      const result = readStored(raw);
      if (result.ok) {
        let data = result.data;
        if (result.hasTries) {
          // An older format, with the log inline: the first save writes it out by hour.
          savedTries = [];
        } else {
          let tries: TryLogEntry[];
          try {
            tries = await readTries(storage);
          } catch {
            setHealth({ kind: 'unavailable' });
            return null;
          }
          data = { ...data, tries };
          savedTries = tries;
        }
        return { state: data, version: PROGRESS_VERSION } satisfies StorageValue<ProgressData>;
      }
      // Keep the unreadable value: block writes to it and copy it aside (if there is room).
      blocked = true;
      const keptAside = keepAside(raw);
      setHealth({ kind: 'unreadable', raw, reason: result.reason, keptAside });
      return null;
    },
    setItem(name, value) {
      if (blocked || lastHealth === 'unavailable') return;
      try {
        const storage = getStorage();
        // The log first: if there is no room for it, the main value (and, before format 4, the
        // log inside it) stays as it was.
        saveTries(storage, value.state.tries);
        if (!mainUnchanged(value.state) || storage.getItem(name) === null) {
          const main = encodeMain(value.state);
          if (storage.getItem(name) !== main) storage.setItem(name, main);
          savedMain = value.state;
        }
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
      savedMain = null;
      setHealth({ kind: 'ok' });
    },
  };
}
