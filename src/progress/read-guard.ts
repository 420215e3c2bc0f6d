import type { PersistStorage } from 'zustand/middleware';
import { ChunkLoadError } from '../ui/load-chunk';

/**
 * Wraps the store's storage so that, while saved progress could not be read (the reader
 * is a lazily loaded file that may not arrive), nothing is written over it. The adapter's
 * `getItem` turns every storage problem into a health report; it rejects only when the
 * reader did not download, so a rejection here is always a file that did not arrive.
 */
export function guardUnread<S>(storage: PersistStorage<S>): PersistStorage<S> {
  let unread = false;
  return {
    async getItem(name) {
      try {
        const value = await storage.getItem(name);
        unread = false;
        return value;
      } catch (error) {
        unread = true;
        throw error instanceof ChunkLoadError ? error : new ChunkLoadError(error);
      }
    },
    setItem: (name, value) => (unread ? undefined : storage.setItem(name, value)),
    removeItem: (name) => storage.removeItem(name),
  };
}
