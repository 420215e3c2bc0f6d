import { dataOf, useProgress } from './progress-store';
import type { ProgressData } from './progress-types';

/**
 * Reads another copy of saved progress (the main value another tab wrote) and merges it
 * with what this tab holds. Null when that copy cannot be read: a damaged value from
 * elsewhere never touches this tab's progress. The reader and merge load on demand.
 *
 * Since format 4 the main value does not hold the tries log (each hour of it is saved
 * under its own key and merged as it arrives, see tab-sync.ts), so only the rest is
 * merged here, and this tab's log is kept as it is: the same array, unless the other copy
 * has seen a newer reset. A value in an older format, with its log inline, is merged whole.
 */
export async function mergeStoredWithMine(raw: string): Promise<{ mine: ProgressData; merged: ProgressData } | null> {
  const [{ readStored }, { mergeProgress, mergeRecords, triesSinceReset }] = await Promise.all([import('./progress-codec'), import('./merge')]);
  const result = readStored(raw);
  if (!result.ok) return null;
  const mine = dataOf(useProgress.getState());
  if (result.hasTries) return { mine, merged: mergeProgress(mine, result.data) };
  const records = mergeRecords(mine, result.data);
  return { mine, merged: { ...records, tries: triesSinceReset(mine, records.resetAt) } };
}
