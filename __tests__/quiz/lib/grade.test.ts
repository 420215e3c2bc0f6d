import { correctResponse, grade } from '../../../src/quiz/lib/grade';
import type { Question } from '../../../src/quiz/lib/question';
import type { Response } from '../../../src/quiz/lib/response';
import {
  allQuestions,
  assertValid,
  expectGraded,
  matchingQuestion,
  mismatchedResponse,
  multipleQuestion,
  mythQuestion,
  orderingQuestion,
  scenarioQuestion,
  singleQuestion,
} from './sample-questions';

const points = (earned: number, correct = earned === 1) => ({ status: 'graded', earned, total: 1, correct });
const invalidWithMessage = { status: 'invalid', message: expect.stringMatching(/\w+/) };

describe('the sample questions', () => {
  it.each(allQuestions().map((q) => [q.type, q] as const))('%s is valid by the question schema', (_type, question) => {
    expect(() => assertValid(question)).not.toThrow();
  });
});

describe('grade() for any question type', () => {
  it.each(allQuestions().map((q) => [q.type, q] as const))('%s: a response of another type is invalid, with a message', (_type, question) => {
    const result = grade(question, mismatchedResponse(question));
    expect(result).toEqual(invalidWithMessage);
  });

  it.each(allQuestions().map((q) => [q.type, q] as const))('%s: correctResponse() scores full marks', (_type, question) => {
    expect(grade(question, correctResponse(question))).toEqual(points(1, true));
  });

  it('correctResponse() has the question’s own type', () => {
    for (const question of allQuestions()) expect(correctResponse(question).type).toBe(question.type);
  });
});

describe.each([
  ['single', singleQuestion(), 'b', 'a'],
  ['scenario', scenarioQuestion(), 'y', 'z'],
] as const)('grade() for %s choice', (type, question, right, wrong) => {
  const answer = (choice: string | null) => grade(question, { type, choice } as Response);

  it('scores the right option 1, correct', () => {
    expect(answer(right)).toEqual(points(1, true));
  });

  it('scores a wrong option 0, not correct', () => {
    expect(answer(wrong)).toEqual(points(0, false));
  });

  it('scores every wrong option 0', () => {
    for (const option of question.options.filter((o) => !o.correct)) expect(answer(option.id)).toEqual(points(0, false));
  });

  it('refuses to grade when nothing is chosen', () => {
    expect(answer(null)).toEqual({ status: 'invalid', message: 'Choose an answer first.' });
  });

  it('refuses an option id the question does not have', () => {
    expect(answer('no-such-option')).toEqual({ status: 'invalid', message: 'That answer is not one of the options.' });
  });
});

describe('grade() for multiple select (a, b, c right; d, e wrong)', () => {
  const question = multipleQuestion();
  const answer = (...choices: string[]) => grade(question, { type: 'multiple', choices });
  const earned = (...choices: string[]) => expectGraded(answer(...choices)).earned;

  it('scores exactly the right set 1, correct, in any order', () => {
    expect(answer('a', 'b', 'c')).toEqual(points(1, true));
    expect(answer('c', 'a', 'b')).toEqual(points(1, true));
  });

  it('gives each right choice a third of the point', () => {
    expect(earned('a')).toBeCloseTo(1 / 3);
    expect(earned('b', 'c')).toBeCloseTo(2 / 3);
  });

  it('is not correct unless every right option is chosen', () => {
    const result = expectGraded(answer('a', 'b'));
    expect(result.correct).toBe(false);
    expect(result.earned).toBeLessThan(1);
  });

  it('lets each wrong choice cancel one right choice', () => {
    expect(earned('a', 'b', 'd')).toBeCloseTo(1 / 3);
    expect(earned('a', 'b', 'c', 'd')).toBeCloseTo(2 / 3);
    expect(earned('a', 'd')).toBe(0);
  });

  it('is not correct when every right option is chosen along with a wrong one', () => {
    const result = expectGraded(answer('a', 'b', 'c', 'e'));
    expect(result.correct).toBe(false);
    expect(result.earned).toBeLessThan(1);
  });

  it('gives selecting everything only what the right choices outnumber the wrong', () => {
    const result = expectGraded(answer('a', 'b', 'c', 'd', 'e'));
    expect(result.earned).toBeCloseTo(1 / 3);
    expect(result.correct).toBe(false);
  });

  it('never goes below zero: only wrong choices score 0', () => {
    expect(answer('d')).toEqual(points(0, false));
    expect(answer('d', 'e')).toEqual(points(0, false));
    expect(earned('a', 'd', 'e')).toBe(0);
  });

  it('counts a choice listed twice once', () => {
    expect(earned('a', 'a', 'a')).toBeCloseTo(1 / 3);
  });

  it('refuses to grade when nothing is selected', () => {
    expect(answer()).toEqual({ status: 'invalid', message: 'Select at least one answer first.' });
  });

  it('refuses an option id the question does not have, even beside right ones', () => {
    expect(answer('a', 'b', 'c', 'zzz')).toEqual({ status: 'invalid', message: 'That answer is not one of the options.' });
  });

  it('gives a share of 1 / (number right) on a question with two right options', () => {
    const two: Question = {
      ...question,
      options: question.options.map((o) => (o.id === 'c' ? { ...o, correct: false } : o)),
    };
    expect(expectGraded(grade(two, { type: 'multiple', choices: ['a'] })).earned).toBeCloseTo(1 / 2);
    expect(expectGraded(grade(two, { type: 'multiple', choices: ['a', 'b'] }))).toEqual(points(1, true));
  });
});

describe('grade() for myth or reality (the answer is myth)', () => {
  const question = mythQuestion();
  const answer = (choice: 'myth' | 'reality' | null) => grade(question, { type: 'myth-or-reality', choice });

  it('scores the right answer 1, correct', () => {
    expect(answer('myth')).toEqual(points(1, true));
  });

  it('scores the wrong answer 0', () => {
    expect(answer('reality')).toEqual(points(0, false));
  });

  it('scores "reality" right when the statement is a reality', () => {
    const reality: Question = { ...question, answer: 'reality' };
    expect(grade(reality, { type: 'myth-or-reality', choice: 'reality' })).toEqual(points(1, true));
    expect(grade(reality, { type: 'myth-or-reality', choice: 'myth' })).toEqual(points(0, false));
  });

  it('refuses to grade when nothing is chosen', () => {
    expect(answer(null)).toEqual({ status: 'invalid', message: 'Choose myth or reality first.' });
  });

  it('refuses a choice that is neither myth nor reality', () => {
    expect(answer('maybe' as 'myth')).toEqual(invalidWithMessage);
  });
});

describe('grade() for ordering (s1 … s5): the share of neighbouring pairs in order', () => {
  const question = orderingQuestion();
  const answer = (...order: string[]) => grade(question, { type: 'ordering', order });
  const earned = (...order: string[]) => expectGraded(answer(...order)).earned;

  it('scores the right order 1, correct', () => {
    expect(answer('s1', 's2', 's3', 's4', 's5')).toEqual(points(1, true));
  });

  it('keeps most of the credit when the last step is moved to the front (3 of 4 pairs)', () => {
    expect(answer('s5', 's1', 's2', 's3', 's4')).toEqual(points(0.75, false));
  });

  it('keeps half the credit when the first two steps are swapped (2 of 4 pairs)', () => {
    expect(earned('s2', 's1', 's3', 's4', 's5')).toBe(0.5);
  });

  it('keeps a quarter when one middle step is moved two places (1 of 4 pairs)', () => {
    // s1 s3 s4 s2 s5: only s3→s4 is a right neighbour pair.
    expect(earned('s1', 's3', 's4', 's2', 's5')).toBe(0.25);
  });

  it('scores the reversed order 0', () => {
    expect(answer('s5', 's4', 's3', 's2', 's1')).toEqual(points(0, false));
  });

  it('is never correct for any order but the right one', () => {
    expect(expectGraded(answer('s1', 's2', 's3', 's5', 's4')).correct).toBe(false);
    expect(expectGraded(answer('s2', 's3', 's4', 's5', 's1')).correct).toBe(false);
  });

  it.each([
    ['a step twice', ['s1', 's1', 's3', 's4', 's5']],
    ['a step missing', ['s1', 's2', 's3', 's4']],
    ['an unknown step', ['s1', 's2', 's3', 's4', 'zzz']],
    ['an extra step', ['s1', 's2', 's3', 's4', 's5', 's6']],
    ['a step twice and an extra one', ['s1', 's2', 's3', 's4', 's5', 's5']],
    ['nothing', []],
  ])('refuses an order with %s', (_label, order) => {
    expect(answer(...order)).toEqual({ status: 'invalid', message: 'Place every step exactly once.' });
  });
});

describe('grade() for matching (p1 … p4): the share of items matched right', () => {
  const question = matchingQuestion();
  const answer = (matches: Record<string, string | null>) => grade(question, { type: 'matching', matches });
  const all = { p1: 'p1', p2: 'p2', p3: 'p3', p4: 'p4' };

  it('scores every pair right 1, correct', () => {
    expect(answer(all)).toEqual(points(1, true));
  });

  it('gives each right pair a quarter of the point', () => {
    expect(answer({ ...all, p3: 'p4', p4: 'p3' })).toEqual(points(0.5, false));
    expect(answer({ p1: 'p2', p2: 'p3', p3: 'p4', p4: 'p1' })).toEqual(points(0, false));
  });

  it('allows one right-hand answer chosen twice, and credits at most one of the two', () => {
    // p4's answer is also chosen for p3: p3 is wrong, p4 right.
    expect(answer({ ...all, p3: 'p4' })).toEqual(points(0.75, false));
    // p3's answer chosen for p1, p2 and p3: only p3 earns; p4 is right too.
    expect(answer({ ...all, p1: 'p3', p2: 'p3' })).toEqual(points(0.5, false));
  });

  it('refuses to grade while an item is unmatched (null)', () => {
    expect(answer({ ...all, p2: null })).toEqual({ status: 'invalid', message: 'Choose a match for every item first.' });
  });

  it('refuses to grade while an item is missing from the matches', () => {
    const withoutP4: Record<string, string> = { ...all };
    delete withoutP4.p4;
    expect(answer(withoutP4)).toEqual({ status: 'invalid', message: 'Choose a match for every item first.' });
    expect(answer({})).toEqual(invalidWithMessage);
  });

  it('refuses a right-hand answer the question does not have', () => {
    expect(answer({ ...all, p2: 'zzz' })).toEqual(invalidWithMessage);
  });
});
