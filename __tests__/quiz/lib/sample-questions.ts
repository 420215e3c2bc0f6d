/**
 * Small, valid questions of every type for the pure-logic tests (quiz/lib and progress).
 * Each call returns fresh objects, so a test may change one without touching another.
 */
import type {
  MatchingQuestion,
  MultipleSelectQuestion,
  MythOrRealityQuestion,
  OrderingQuestion,
  Question,
  ScenarioQuestion,
  SingleChoiceQuestion,
} from '../../../src/quiz/lib/question';
import { questionSchema } from '../../../src/build/question-schema';
import type { Grade, Response } from '../../../src/quiz/lib/response';

const base = (id: string) => ({
  id,
  lesson: 'sample-lesson',
  objective: 'know-it',
  difficulty: 'easy' as const,
  placement: 'quiz' as const,
  title: `Title of ${id}`,
  prompt: `The prompt of ${id}?`,
  hint: `A hint for ${id} that does not give it away.`,
});

const option = (id: string, correct: boolean) => ({
  id,
  text: `Option ${id.toUpperCase()}`,
  correct,
  explanation: `Why option ${id} is ${correct ? 'right' : 'wrong'}, in a sentence.`,
});

/** Options a, b, c, d; b is right. */
export const singleQuestion = (id = 'sample-single'): SingleChoiceQuestion => ({
  ...base(id),
  type: 'single',
  options: [option('a', false), option('b', true), option('c', false), option('d', false)],
});

/** Options a, b, c are right; d and e are wrong. */
export const multipleQuestion = (id = 'sample-multiple'): MultipleSelectQuestion => ({
  ...base(id),
  type: 'multiple',
  options: [option('a', true), option('b', true), option('c', true), option('d', false), option('e', false)],
});

/** The statement is a myth. */
export const mythQuestion = (id = 'sample-myth'): MythOrRealityQuestion => ({
  ...base(id),
  type: 'myth-or-reality',
  answer: 'myth',
  explanations: {
    myth: 'Right: this is a myth, and here is the reason why.',
    reality: 'Not so: it sounds real, but here is why it is not.',
  },
});

/** Steps s1 … s5, in this (the right) order. */
export const orderingQuestion = (id = 'sample-ordering', count = 5): OrderingQuestion => ({
  ...base(id),
  type: 'ordering',
  items: Array.from({ length: count }, (_, i) => ({
    id: `s${i + 1}`,
    text: `Step ${i + 1}`,
    explanation: `Step ${i + 1} comes here because of its inputs.`,
  })),
});

/** Pairs p1 … p4: left `Left n`, right `Right n`. */
export const matchingQuestion = (id = 'sample-matching', count = 4): MatchingQuestion => ({
  ...base(id),
  type: 'matching',
  pairs: Array.from({ length: count }, (_, i) => ({
    id: `p${i + 1}`,
    left: `Left ${i + 1}`,
    right: `Right ${i + 1}`,
    explanation: `Left ${i + 1} goes with Right ${i + 1} for a reason.`,
  })),
});

/** Options x, y, z; y is right. */
export const scenarioQuestion = (id = 'sample-scenario'): ScenarioQuestion => ({
  ...base(id),
  type: 'scenario',
  scenario: 'A team has a situation that is described here in enough words to decide.',
  options: [option('x', false), option('y', true), option('z', false)],
});

export const allQuestions = (): Question[] => [
  singleQuestion(),
  multipleQuestion(),
  mythQuestion(),
  orderingQuestion(),
  matchingQuestion(),
  scenarioQuestion(),
];

/** Fails the test unless the sample is a valid question by the course's own schema. */
export function assertValid(question: Question): Question {
  questionSchema.parse(question);
  return question;
}

/** Narrows a grade to a graded one, failing the test otherwise. */
export function expectGraded(result: Grade): Extract<Grade, { status: 'graded' }> {
  if (result.status !== 'graded') throw new Error(`expected a graded result, got invalid: ${result.message}`);
  return result;
}

/** A response of the wrong type for each question type. */
export const mismatchedResponse = (question: Question): Response =>
  question.type === 'multiple' ? { type: 'single', choice: 'a' } : { type: 'multiple', choices: ['a'] };
