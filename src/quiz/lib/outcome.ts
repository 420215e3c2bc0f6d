/**
 * How a question went in an attempt, from its first check: what the progress dots, the
 * results screen and the score in whole questions use. Structural types only, so this stays
 * pure quiz logic with no import from progress.
 */
export type Outcome = 'right' | 'partly' | 'wrong' | 'shown';

interface AnsweredRecord {
  tries: number;
  firstScore: number;
  revealed: boolean;
}

/** null while unanswered. An answer shown before any check counts as missed ("shown"). */
export function outcomeOf(record: AnsweredRecord | null | undefined): Outcome | null {
  if (!record || (record.tries === 0 && !record.revealed)) return null;
  if (record.tries === 0) return 'shown';
  if (record.firstScore >= 1) return 'right';
  return record.firstScore > 0 ? 'partly' : 'wrong';
}

/** The score in whole questions: how many were right at the first check ("5 of 8"). */
export function wholeQuestionsRight(outcomes: readonly (Outcome | null)[]): number {
  return outcomes.filter((o) => o === 'right').length;
}
