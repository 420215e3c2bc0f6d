import type { PersistStorage } from 'zustand/middleware';
import { ChunkLoadError, loadChunk } from '../ui/load-chunk';

/**
 * The store's persist storage as a thin stand-in that loads the real adapter on first use,
 * so that the adapter (with the tries log and the rest of the plumbing behind it) is not part
 * of the first page. The store reads saved progress as soon as it is created, so the adapter
 * starts loading at once, while the page is being hydrated.
 *
 * - Writes wait for the read: the adapter must see (and, if unreadable, protect) the saved
 *   value before anything is written over it. A change made before the adapter arrived is
 *   saved as soon as the read has finished.
 * - Writes keep their order. Each write is the whole state, so a write still waiting when a
 *   newer one is made is dropped: the newer one saves everything it would have. Once the
 *   adapter is loaded and no read is under way, a write goes straight through, as it would
 *   without this wrapper.
 * - While saved progress could not be read (the adapter or the reader did not download),
 *   nothing is written over it, until a read succeeds. A failed read rejects with a
 *   ChunkLoadError, so the page can offer a Retry; a retry loads the adapter again if needed.
 */
export function lazyStorage<S>(load: () => Promise<PersistStorage<S>>): PersistStorage<S> {
  let storage: PersistStorage<S> | null = null;
  /** The end of the chain of reads and waiting writes, which run one after another. */
  let queue: Promise<unknown> = Promise.resolve();
  let reads = 0;
  let unread = false;
  /** Counts writes, so that a waiting write can tell whether a newer one has been made. */
  let writes = 0;

  const loaded = async () => (storage ??= await loadChunk(load));
  function inOrder<T>(run: () => Promise<T>): Promise<T> {
    const done = queue.then(run);
    queue = done.catch(() => undefined);
    return done;
  }

  const write = (change: (storage: PersistStorage<S>) => unknown) => {
    if (unread) return;
    const mine = (writes += 1);
    if (storage && reads === 0) {
      change(storage);
      return;
    }
    const current = () => mine === writes && !unread;
    inOrder(async () => {
      if (!current()) return;
      const adapter = await loaded();
      if (current()) await change(adapter);
    }).catch(() => {
      // The adapter did not download: then the read before this write failed too, and the
      // write would have been dropped anyway. What changed is kept in memory.
    });
  };

  return {
    getItem(name) {
      reads += 1;
      return inOrder(async () => {
        try {
          const value = await (await loaded()).getItem(name);
          unread = false;
          return value;
        } catch (error) {
          unread = true;
          throw error instanceof ChunkLoadError ? error : new ChunkLoadError(error);
        } finally {
          reads -= 1;
        }
      });
    },
    setItem: (name, value) => write((adapter) => adapter.setItem(name, value)),
    removeItem: (name) => write((adapter) => adapter.removeItem(name)),
  };
}
