import { buildFeedback, type Feedback } from '../../../src/quiz/lib/feedback';
import { grade } from '../../../src/quiz/lib/grade';
import type { Question } from '../../../src/quiz/lib/question';
import type { Response } from '../../../src/quiz/lib/response';
import { expectGraded, matchingQuestion, multipleQuestion, mythQuestion, orderingQuestion, scenarioQuestion, singleQuestion } from './sample-questions';

/** Grades the response (it must be gradable) and builds the feedback for it. */
function feedbackFor(question: Question, response: Response): Feedback {
  return buildFeedback(question, response, expectGraded(grade(question, response)));
}

const marks = (feedback: Feedback) => Object.fromEntries(feedback.all.map((line) => [line.label, line.mark]));

describe.each([
  ['single', singleQuestion(), 'b', 'c'],
  ['scenario', scenarioQuestion(), 'y', 'x'],
] as const)('feedback for %s choice', (type, question, right, wrong) => {
  const text = (id: string) => question.options.find((o) => o.id === id)!.text;
  const answer = (choice: string) => feedbackFor(question, { type, choice });

  it('gives every option a line with its own explanation, in the authored order', () => {
    const feedback = answer(wrong);
    expect(feedback.all.map((l) => [l.label, l.explanation])).toEqual(question.options.map((o) => [o.text, o.explanation]));
  });

  it('says "Correct", marks the choice right and nothing else', () => {
    const feedback = answer(right);
    expect(feedback.verdict).toBe('Correct');
    expect(feedback.summary).toBe('');
    expect(marks(feedback)).toEqual(Object.fromEntries(question.options.map((o) => [o.text, o.id === right ? 'right' : 'neutral'])));
    expect(feedback.main).toEqual([expect.objectContaining({ label: text(right), mark: 'right', status: 'Your answer, correct' })]);
  });

  it('says "Incorrect", marks the choice wrong and the right answer missed, and names the right answer', () => {
    const feedback = answer(wrong);
    expect(feedback.verdict).toBe('Incorrect');
    expect(feedback.summary).toContain(text(right));
    expect(marks(feedback)[text(wrong)]).toBe('wrong');
    expect(marks(feedback)[text(right)]).toBe('missed');
    const others = question.options.filter((o) => o.id !== right && o.id !== wrong);
    for (const o of others) expect(marks(feedback)[o.text]).toBe('neutral');
    expect(feedback.main.map((l) => [l.label, l.mark])).toEqual(
      question.options.filter((o) => o.id === right || o.id === wrong).map((o) => [o.text, o.id === right ? 'missed' : 'wrong']),
    );
    expect(feedback.main.find((l) => l.mark === 'wrong')?.status).toBe('Your answer, not right');
    expect(feedback.main.find((l) => l.mark === 'missed')?.status).toBe('The right answer');
  });
});

describe('feedback for multiple select (a, b, c right; d, e wrong)', () => {
  const question = multipleQuestion();
  const answer = (...choices: string[]) => feedbackFor(question, { type: 'multiple', choices });
  const label = (id: string) => `Option ${id.toUpperCase()}`;

  it('gives every option a line with its own explanation', () => {
    const feedback = answer('a');
    expect(feedback.all.map((l) => [l.label, l.explanation])).toEqual(question.options.map((o) => [o.text, o.explanation]));
  });

  it('says "Correct" and that all were found', () => {
    const feedback = answer('a', 'b', 'c');
    expect(feedback.verdict).toBe('Correct');
    expect(feedback.summary).toBe('You found all 3.');
    expect(marks(feedback)).toEqual({ [label('a')]: 'right', [label('b')]: 'right', [label('c')]: 'right', [label('d')]: 'neutral', [label('e')]: 'neutral' });
  });

  it('marks right, wrong, missed and correctly-left-out options, with a partial-credit summary', () => {
    const feedback = answer('a', 'b', 'd');
    expect(feedback.verdict).toBe('Incorrect');
    expect(marks(feedback)).toEqual({ [label('a')]: 'right', [label('b')]: 'right', [label('c')]: 'missed', [label('d')]: 'wrong', [label('e')]: 'neutral' });
    expect(feedback.summary).toBe('Partly right: 33% credit. 3 of the options are correct.');
    const status = Object.fromEntries(feedback.all.map((l) => [l.label, l.status]));
    expect(status[label('a')]).toMatch(/selected.*correct/i);
    expect(status[label('c')]).toMatch(/missed/i);
    expect(status[label('d')]).toMatch(/should not be selected/i);
    expect(status[label('e')]).toMatch(/correctly left out/i);
  });

  it('reads out the chosen and missed options, not the ones rightly left out', () => {
    expect(answer('a', 'b', 'd').main.map((l) => l.label)).toEqual([label('a'), label('b'), label('c'), label('d')]);
  });

  it('rounds the credit in the summary', () => {
    expect(answer('a', 'b').summary).toContain('67% credit');
    expect(answer('d').summary).toContain('0% credit');
  });
});

describe('feedback for myth or reality (a myth)', () => {
  const question = mythQuestion();
  const answer = (choice: 'myth' | 'reality') => feedbackFor(question, { type: 'myth-or-reality', choice });

  it('gives both answers a line with its own explanation', () => {
    expect(answer('myth').all.map((l) => [l.label, l.explanation])).toEqual([
      ['Myth', question.explanations.myth],
      ['Reality', question.explanations.reality],
    ]);
  });

  it('says "Correct" and marks the choice right', () => {
    const feedback = answer('myth');
    expect(feedback.verdict).toBe('Correct');
    expect(marks(feedback)).toEqual({ Myth: 'right', Reality: 'neutral' });
    expect(feedback.summary).toBe('It is a myth.');
  });

  it('says "Incorrect", marks the choice wrong and the answer missed', () => {
    const feedback = answer('reality');
    expect(feedback.verdict).toBe('Incorrect');
    expect(marks(feedback)).toEqual({ Myth: 'missed', Reality: 'wrong' });
    expect(feedback.main.map((l) => l.label)).toEqual(['Myth', 'Reality']);
    expect(feedback.summary).toBe('It is a myth.');
  });
});

describe('feedback for ordering (s1 … s5)', () => {
  const question = orderingQuestion();
  const answer = (...order: string[]) => feedbackFor(question, { type: 'ordering', order });

  it('gives every step a line in the right order, numbered, with its explanation', () => {
    const feedback = answer('s2', 's1', 's3', 's4', 's5');
    expect(feedback.all.map((l) => [l.label, l.explanation])).toEqual(question.items.map((item, i) => [`${i + 1}. ${item.text}`, item.explanation]));
  });

  it('says "Correct" with every step right, and reads out nothing more', () => {
    const feedback = answer('s1', 's2', 's3', 's4', 's5');
    expect(feedback.verdict).toBe('Correct');
    expect(feedback.summary).toBe('Every step is in order.');
    expect(feedback.all.every((l) => l.mark === 'right')).toBe(true);
    expect(feedback.main).toEqual([]);
  });

  it('marks each step in or out of place, says where the learner put it, and gives the credit', () => {
    // Steps 4 and 5 swapped: neighbour pairs s1-s2, s2-s3 right (50% credit); three steps in place.
    const feedback = answer('s1', 's2', 's3', 's5', 's4');
    expect(feedback.verdict).toBe('Incorrect');
    expect(feedback.all.map((l) => l.mark)).toEqual(['right', 'right', 'right', 'wrong', 'wrong']);
    expect(feedback.all[3]?.status).toBe('You placed it 5th');
    expect(feedback.all[4]?.status).toBe('You placed it 4th');
    expect(feedback.all[0]?.status).toBe('In the right place');
    expect(feedback.summary).toBe('2 of 4 neighbouring steps follow each other correctly (50% credit). The right order is shown below.');
    expect(feedback.main).toEqual(feedback.all);
  });

  it('counts neighbouring pairs in the summary, as the credit does, not steps in place', () => {
    // The last step moved to the front: no step in its place, but 3 of 4 neighbours follow each other.
    const feedback = answer('s5', 's1', 's2', 's3', 's4');
    expect(feedback.all.every((l) => l.mark === 'wrong')).toBe(true);
    expect(feedback.summary).toMatch(/^3 of 4 neighbouring steps .*\(75% credit\)/);
  });

  it('uses 1st, 2nd and 3rd', () => {
    const feedback = answer('s3', 's1', 's2', 's5', 's4');
    expect(feedback.all.slice(0, 3).map((l) => l.status)).toEqual(['You placed it 2nd', 'You placed it 3rd', 'You placed it 1st']);
  });
});

describe('feedback for matching (p1 … p4)', () => {
  const question = matchingQuestion();
  const answer = (matches: Record<string, string>) => feedbackFor(question, { type: 'matching', matches });
  const all = { p1: 'p1', p2: 'p2', p3: 'p3', p4: 'p4' };

  it('gives every pair a line with its explanation', () => {
    expect(answer(all).all.map((l) => [l.label, l.explanation])).toEqual(question.pairs.map((p) => [`${p.left} → ${p.right}`, p.explanation]));
  });

  it('says "Correct" with every pair right, and reads out nothing more', () => {
    const feedback = answer(all);
    expect(feedback.verdict).toBe('Correct');
    expect(feedback.summary).toBe('Every pair matches.');
    expect(feedback.all.map((l) => l.mark)).toEqual(['right', 'right', 'right', 'right']);
    expect(feedback.all[0]?.status).toBe('You matched it correctly');
    expect(feedback.main).toEqual([]);
  });

  it('marks wrong pairs with what the learner chose, and counts the right ones', () => {
    const feedback = answer({ ...all, p3: 'p4', p4: 'p3' });
    expect(feedback.verdict).toBe('Incorrect');
    expect(feedback.all.map((l) => l.mark)).toEqual(['right', 'right', 'wrong', 'wrong']);
    expect(feedback.all[2]?.status).toBe('You chose “Right 4”');
    expect(feedback.all[3]?.status).toBe('You chose “Right 3”');
    expect(feedback.summary).toBe('2 of 4 pairs are right.');
    expect(feedback.main.map((l) => l.label)).toEqual(['Left 3 → Right 3', 'Left 4 → Right 4']);
  });

  it('marks a right-hand answer chosen twice wrong where it does not belong', () => {
    const feedback = answer({ ...all, p1: 'p2' });
    expect(feedback.all.map((l) => l.mark)).toEqual(['wrong', 'right', 'right', 'right']);
    expect(feedback.summary).toBe('3 of 4 pairs are right.');
  });
});
