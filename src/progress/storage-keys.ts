/**
 * Where saved progress lives in localStorage. Apart from the adapter (storage-adapter.ts) so
 * that the first page can name the keys without loading the adapter, which it does not need
 * before the first paint.
 */
export const STORAGE_KEY = 'fine-tuning-course:progress';
/** Where an unreadable saved value is copied, so starting fresh never destroys it. */
export const UNREADABLE_KEY = `${STORAGE_KEY}:unreadable`;
/** One key per hour of the tries log (format 4): `${TRIES_KEY_PREFIX}${hour since 1970}`. */
export const TRIES_KEY_PREFIX = `${STORAGE_KEY}:tries:`;
export const triesKey = (hour: number) => `${TRIES_KEY_PREFIX}${hour}`;
/** The hour a tries-log key holds, or null for any other key. */
export function hourOfKey(key: string | null): number | null {
  if (!key?.startsWith(TRIES_KEY_PREFIX)) return null;
  const hour = Number(key.slice(TRIES_KEY_PREFIX.length));
  return Number.isSafeInteger(hour) ? hour : null;
}
