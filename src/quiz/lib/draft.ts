import { initialOrder } from './present';
import type { Question } from './question';
import type { Response } from './response';

/** A choice question: one answer, several, the best approach, or myth or reality. */
export type ChoiceQuestion = Extract<Question, { type: 'single' | 'multiple' | 'scenario' | 'myth-or-reality' }>;

/**
 * A question before the learner touches it: nothing chosen, nothing matched, and an ordering
 * question already in its shuffled starting order (the one shown for this seed).
 */
export function emptyResponse(question: Question, seed: string): Response {
  switch (question.type) {
    case 'single':
    case 'scenario':
    case 'myth-or-reality':
      return { type: question.type, choice: null } as Response;
    case 'multiple':
      return { type: 'multiple', choices: [] };
    case 'ordering':
      return { type: 'ordering', order: initialOrder(question, seed) };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(question.pairs.map((p) => [p.id, null])) };
  }
}

/** The option ids a response has chosen: none for ordering and matching. */
export function chosenIds(response: Response): string[] {
  if (response.type === 'multiple') return response.choices;
  return 'choice' in response && response.choice ? [response.choice] : [];
}

/** A choice question's response once these options are chosen (the first one, where only one can be). */
export function choiceResponse(question: ChoiceQuestion, selected: string[]): Response {
  switch (question.type) {
    case 'multiple':
      return { type: 'multiple', choices: selected };
    case 'myth-or-reality':
      return { type: 'myth-or-reality', choice: (selected[0] as 'myth' | 'reality' | undefined) ?? null };
    default:
      return { type: question.type, choice: selected[0] ?? null };
  }
}
