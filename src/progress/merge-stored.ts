import { dataOf, useProgress } from './progress-store';
import type { ProgressData } from './progress-types';

/**
 * Reads another copy of saved progress (the raw text another tab wrote) and merges it
 * with what this tab holds. Null when that copy cannot be read: a damaged value from
 * elsewhere never touches this tab's progress. The reader and merge load on demand.
 */
export async function mergeStoredWithMine(raw: string): Promise<{ mine: ProgressData; merged: ProgressData } | null> {
  const [{ readStored }, { mergeProgress }] = await Promise.all([import('./progress-codec'), import('./merge')]);
  const result = readStored(raw);
  if (!result.ok) return null;
  const mine = dataOf(useProgress.getState());
  return { mine, merged: mergeProgress(mine, result.data) };
}
