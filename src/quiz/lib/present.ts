import type { ChoiceOption, Question } from './question';
import { seededDerangedOrder, seededShuffle } from './shuffle';

/** The seed for one attempt of one quiz: the same after a reload, new on a retake. */
export const attemptSeed = (quizId: string, attempt: number) => `${quizId}#${attempt}`;

/**
 * The order options are shown in for this attempt. Single and multiple choice are
 * shuffled unless the author fixed their order; scenario and myth-or-reality options
 * keep their meaningful order.
 */
export function presentedOptions(question: Question, seed: string): ChoiceOption[] {
  if (question.type === 'single' || question.type === 'multiple') {
    return question.fixedOrder ? question.options : seededShuffle(question.options, `${seed}:${question.id}`);
  }
  if (question.type === 'scenario') return question.options;
  return [];
}

/** The two answers of a myth-or-reality question, always in this order, with the words shown for them. */
export const MYTH_OR_REALITY = [
  { id: 'myth', text: 'Myth' },
  { id: 'reality', text: 'Reality' },
] as const;

/** The starting order of an ordering question: shuffled, and never already correct. */
export function initialOrder(question: Extract<Question, { type: 'ordering' }>, seed: string): string[] {
  return seededDerangedOrder(
    question.items.map((item) => item.id),
    `${seed}:${question.id}`,
  );
}

/** The right-hand choices of a matching question, shuffled for this attempt. */
export function matchingChoices(question: Extract<Question, { type: 'matching' }>, seed: string) {
  return seededShuffle(
    question.pairs.map((pair) => ({ id: pair.id, text: pair.right })),
    `${seed}:${question.id}`,
  );
}
