import type {
  ChoiceOption,
  MatchingQuestion,
  MultipleSelectQuestion,
  MythOrRealityQuestion,
  OrderingQuestion,
  Question,
} from './question';
import type { Grade, Response } from './response';

const graded = (earned: number): Grade => {
  const clamped = Math.max(0, Math.min(1, earned));
  return { status: 'graded', earned: clamped, total: 1, correct: clamped === 1 };
};
const invalid = (message: string): Grade => ({ status: 'invalid', message });

function gradeOneChoice(options: ChoiceOption[], choice: string | null): Grade {
  if (choice === null) return invalid('Choose an answer first.');
  const option = options.find((o) => o.id === choice);
  if (!option) return invalid('That answer is not one of the options.');
  return graded(option.correct ? 1 : 0);
}

/**
 * Multiple select: each correct option chosen earns a share of the point, each wrong
 * option chosen takes one share back, never below zero. Only the exact set is "correct".
 */
function gradeMultiple(question: MultipleSelectQuestion, choices: string[]): Grade {
  const chosen = new Set(choices);
  if (chosen.size === 0) return invalid('Select at least one answer first.');
  if ([...chosen].some((id) => !question.options.some((o) => o.id === id))) {
    return invalid('That answer is not one of the options.');
  }
  const correct = question.options.filter((o) => o.correct);
  const right = correct.filter((o) => chosen.has(o.id)).length;
  const wrong = question.options.filter((o) => !o.correct && chosen.has(o.id)).length;
  const exact = right === correct.length && wrong === 0;
  return exact ? graded(1) : graded(Math.min((right - wrong) / correct.length, 0.99));
}

function gradeMyth(question: MythOrRealityQuestion, choice: 'myth' | 'reality' | null): Grade {
  if (choice === null) return invalid('Choose myth or reality first.');
  if (choice !== 'myth' && choice !== 'reality') return invalid('That answer is not one of the options.');
  return graded(choice === question.answer ? 1 : 0);
}

/**
 * Ordering: the share of neighbouring pairs that are in the right order, so an order
 * that is right but for one misplaced step keeps most of its credit.
 */
function gradeOrdering(question: OrderingQuestion, order: string[]): Grade {
  const ids = question.items.map((item) => item.id);
  const isPermutation = order.length === ids.length && new Set(order).size === ids.length && order.every((id) => ids.includes(id));
  if (!isPermutation) return invalid('Place every step exactly once.');
  if (ids.length < 2) return graded(1);
  let inPlace = 0;
  for (let i = 0; i < order.length - 1; i += 1) {
    if (ids.indexOf(order[i] as string) + 1 === ids.indexOf(order[i + 1] as string)) inPlace += 1;
  }
  return graded(inPlace / (ids.length - 1));
}

/** Matching: the share of left-hand items paired correctly. Choosing one answer twice is allowed, and at most one of the two can be right. */
function gradeMatching(question: MatchingQuestion, matches: Record<string, string | null>): Grade {
  const ids = question.pairs.map((pair) => pair.id);
  if (ids.some((id) => !matches[id])) return invalid('Choose a match for every item first.');
  if (ids.some((id) => !ids.includes(matches[id] as string))) return invalid('That answer is not one of the options.');
  const right = ids.filter((id) => matches[id] === id).length;
  return graded(right / ids.length);
}

/** Grades a learner's response to a question. Pure: data in, data out. */
export function grade(question: Question, response: Response): Grade {
  if (question.type !== response.type) return invalid('That answer does not fit this question.');
  switch (response.type) {
    case 'single':
    case 'scenario':
      return gradeOneChoice((question as Extract<Question, { type: 'single' | 'scenario' }>).options, response.choice);
    case 'multiple':
      return gradeMultiple(question as MultipleSelectQuestion, response.choices);
    case 'myth-or-reality':
      return gradeMyth(question as MythOrRealityQuestion, response.choice);
    case 'ordering':
      return gradeOrdering(question as OrderingQuestion, response.order);
    case 'matching':
      return gradeMatching(question as MatchingQuestion, response.matches);
  }
}

/** The response that would score full marks: what "Show answer" fills in. */
export function correctResponse(question: Question): Response {
  switch (question.type) {
    case 'single':
    case 'scenario':
      return { type: question.type, choice: question.options.find((o) => o.correct)?.id ?? null };
    case 'multiple':
      return { type: 'multiple', choices: question.options.filter((o) => o.correct).map((o) => o.id) };
    case 'myth-or-reality':
      return { type: 'myth-or-reality', choice: question.answer };
    case 'ordering':
      return { type: 'ordering', order: question.items.map((item) => item.id) };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(question.pairs.map((pair) => [pair.id, pair.id])) };
  }
}
