import { createProgressStorage } from './storage-adapter';
import { useStorageHealth } from './storage-health';

/**
 * The store's storage adapter over this browser's localStorage. Loaded on first use, off
 * the first page: the store reaches it through lazy-storage.ts; "Start fresh" and tab sync,
 * themselves loaded later, import it directly.
 */
export const progressStorage = createProgressStorage(
  () => window.localStorage,
  (health) => useStorageHealth.getState().setHealth(health),
);
