import { downloadText } from '../ui/download';
import { dataOf, useProgress } from './progress-store';
import { useStorageHealth } from './storage-health';
import { reviewedQuestionId } from './review-ids';

const stamp = () => new Date().toISOString().slice(0, 10);

/** Downloads the learner's progress as a JSON file they can import later or elsewhere. */
export async function exportProgress() {
  const { encodeExport } = await import('./progress-codec');
  downloadText(`fine-tuning-course-progress-${stamp()}.json`, encodeExport(dataOf(useProgress.getState())));
}

export type ImportOutcome =
  | {
      ok: true;
      answers: number;
      quizzes: number;
      /** Of those, how many this version of the course does not recognise (kept all the same). */
      unknownAnswers: number;
      unknownQuizzes: number;
      /** False when storage is full or unavailable: imported for this visit only. */
      saved: boolean;
    }
  | { ok: false; reason: string; /** What was (not) done, when "Nothing was changed." is not the whole story. */ detail?: string };

/** The ids this version of the course knows, to count what an import holds beyond them. */
export interface KnownIds {
  questions: ReadonlySet<string>;
  quizzes: ReadonlySet<string>;
}

const NO_ROOM_FOR_COPY: ImportOutcome = {
  ok: false,
  reason: 'Your saved progress could not be read, and there is no room in this browser to keep a copy of it, so importing would overwrite the only copy.',
  detail: 'Nothing was saved. Download the unreadable data from the notice at the top of the page, start fresh, then import the file again.',
};

/**
 * Reads an exported file and merges it into the current progress, all or nothing:
 * anything invalid is refused with a reason and changes nothing. Ids the course does not
 * know are kept (a newer version may know them) and counted. If saved progress could not
 * be read, it is kept aside first (this is a fresh start); if it cannot be, nothing is saved.
 */
export async function importProgress(file: File, knownIds?: () => Promise<KnownIds>): Promise<ImportOutcome> {
  const [{ decodeImport, MAX_IMPORT_BYTES }, { mergeProgress }] = await Promise.all([import('./progress-codec'), import('./merge')]);
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, reason: 'The file is larger than 1 MB, so it cannot be course progress.' };
  const result = decodeImport(await file.text());
  if (!result.ok) return { ok: false, reason: result.reason };

  const { health } = useStorageHealth.getState();
  if (health.kind === 'unreadable') {
    const { startFreshKeepingOtherTabs } = await import('./start-fresh');
    if ((await startFreshKeepingOtherTabs(health.raw, { downloaded: false })) === 'no-copy') return NO_ROOM_FOR_COPY;
  }

  const state = useProgress.getState();
  const mine = dataOf(state);
  // An import is a deliberate restore: its records count even if they predate a reset here.
  state.replaceProgress(mergeProgress(mine, { ...result.data, resetAt: mine.resetAt }));

  // Counting what is not recognised is a courtesy: if the banks do not load, skip it.
  const known = knownIds ? await knownIds().catch(() => null) : null;
  const answerIds = Object.keys(result.data.answers);
  const quizIds = Object.keys(result.data.quizzes);
  const saved = useStorageHealth.getState().health.kind === 'ok';
  return {
    ok: true,
    answers: answerIds.length,
    quizzes: quizIds.length,
    // A spaced-review answer is kept under its question's review id, as a quiz of that id: it is known if the question is.
    unknownAnswers: known ? answerIds.filter((id) => !known.questions.has(reviewedQuestionId(id))).length : 0,
    unknownQuizzes: known ? quizIds.filter((id) => !known.quizzes.has(id) && !(id !== reviewedQuestionId(id) && known.questions.has(reviewedQuestionId(id)))).length : 0,
    saved,
  };
}
