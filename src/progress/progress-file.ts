import { downloadText } from '../ui/download';
import { dataOf, useProgress } from './progress-store';

const stamp = () => new Date().toISOString().slice(0, 10);

/** Downloads the learner's progress as a JSON file they can import later or elsewhere. */
export async function exportProgress() {
  const { encodeExport } = await import('./progress-codec');
  downloadText(`fine-tuning-course-progress-${stamp()}.json`, encodeExport(dataOf(useProgress.getState())));
}

export type ImportOutcome = { ok: true; answers: number; quizzes: number } | { ok: false; reason: string };

/**
 * Reads an exported file and merges it into the current progress, all or nothing:
 * anything invalid is refused with a reason and changes nothing.
 */
export async function importProgress(file: File): Promise<ImportOutcome> {
  const [{ decodeImport, MAX_IMPORT_BYTES }, { mergeProgress }] = await Promise.all([import('./progress-codec'), import('./merge')]);
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, reason: 'The file is larger than 1 MB, so it cannot be course progress.' };
  const result = decodeImport(await file.text());
  if (!result.ok) return { ok: false, reason: result.reason };
  const state = useProgress.getState();
  const mine = dataOf(state);
  // An import is a deliberate restore: its records count even if they predate a reset here.
  state.replaceProgress(mergeProgress(mine, { ...result.data, resetAt: mine.resetAt }));
  return { ok: true, answers: Object.keys(result.data.answers).length, quizzes: Object.keys(result.data.quizzes).length };
}
