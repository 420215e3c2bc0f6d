import { buildFeedback, triesBeforeReveal, type Feedback, type Stage } from '../../../src/quiz/lib/feedback';
import { grade } from '../../../src/quiz/lib/grade';
import type { Question } from '../../../src/quiz/lib/question';
import type { Response } from '../../../src/quiz/lib/response';
import { expectGraded, matchingQuestion, multipleQuestion, mythQuestion, orderingQuestion, scenarioQuestion, singleQuestion } from './sample-questions';

/** Grades the response (it must be gradable) and builds the feedback for it at the given stage. */
function feedbackFor(question: Question, response: Response, stage?: Stage): Feedback {
  const result = expectGraded(grade(question, response));
  return buildFeedback(question, { response, result, stage: stage ?? (result.correct ? 'correct' : 'wrong') });
}

/** Each marked option's labels, e.g. { b: ['Correct answer'] }. */
const labels = (feedback: Feedback) => Object.fromEntries(Object.entries(feedback.marks).map(([id, marks]) => [id, marks.map((m) => m.label)]));
const kinds = (feedback: Feedback) => Object.fromEntries(Object.entries(feedback.marks).map(([id, marks]) => [id, marks.map((m) => m.kind)]));

describe.each([
  ['single', singleQuestion(), 'b', 'c'],
  ['scenario', scenarioQuestion(), 'y', 'x'],
] as const)('feedback for %s choice', (type, question, right, wrong) => {
  const answer = (choice: string, stage?: Stage) => feedbackFor(question, { type, choice }, stage);
  const explanation = (id: string) => question.options.find((o) => o.id === id)!.explanation;

  it('right: "Correct", the choice marked right in place with its explanation, every option explained', () => {
    const feedback = answer(right);
    expect(feedback.verdict).toBe('Correct');
    expect(feedback.marks).toEqual({ [right]: [{ kind: 'right', label: 'Your answer: correct', explanation: explanation(right) }] });
    expect(feedback.all.map((l) => [l.label, l.explanation])).toEqual(question.options.map((o) => [o.text, o.explanation]));
  });

  it('wrong: "Incorrect", only the choice marked, with its explanation; the right answer is not given away', () => {
    const feedback = answer(wrong);
    expect(feedback.verdict).toBe('Incorrect');
    expect(feedback.marks).toEqual({ [wrong]: [{ kind: 'wrong', label: 'Your answer: not right', explanation: explanation(wrong) }] });
    expect(feedback.all).toEqual([]);
    const rightText = question.options.find((o) => o.id === right)!.text;
    expect(feedback.summary).not.toContain(rightText);
    expect(JSON.stringify(feedback)).not.toContain(explanation(right));
  });

  it('revealed: "Correct answer" on the right option, apart from "Your answer" on the learner\'s, never "Incorrect"', () => {
    const feedback = answer(wrong, 'revealed');
    expect(feedback.verdict).toBe('Answer shown');
    expect(labels(feedback)).toEqual({ [wrong]: ['Your answer: not right'], [right]: ['Correct answer'] });
    expect(kinds(feedback)).toEqual({ [wrong]: ['wrong'], [right]: ['answer'] });
    expect(feedback.all).toHaveLength(question.options.length);
  });

  it('revealed without a known answer of the learner: only the correct answer is marked', () => {
    const feedback = buildFeedback(question, { response: null, result: null, stage: 'revealed' });
    expect(labels(feedback)).toEqual({ [right]: ['Correct answer'] });
  });
});

describe('feedback for multiple select (a, b, c right; d, e wrong)', () => {
  const question = multipleQuestion();
  const answer = (choices: string[], stage?: Stage) => feedbackFor(question, { type: 'multiple', choices }, stage);

  it('says "Correct" and that all were found', () => {
    const feedback = answer(['a', 'b', 'c']);
    expect(feedback.verdict).toBe('Correct');
    expect(feedback.summary).toBe('You found all 3.');
    expect(kinds(feedback)).toEqual({ a: ['right'], b: ['right'], c: ['right'] });
  });

  it('"Partly right" when some credit was earned, with the credit as a percentage and the rule in plain words', () => {
    const feedback = answer(['a', 'b']);
    expect(feedback.verdict).toBe('Partly right');
    expect(feedback.summary).toBe(
      '67% credit. You chose 2 of the 3 right options. Each right choice earns an equal share of the mark, and each wrong choice takes one share back.',
    );
    // Only the learner's own choices are marked: the missed one stays hidden for the next try.
    expect(kinds(feedback)).toEqual({ a: ['right'], b: ['right'] });
  });

  it('one right and one wrong choice: "Incorrect" with no credit, never "Partly right: 0%"', () => {
    const feedback = answer(['a', 'd']);
    // a earns 1/3 and d takes 1/3 back
    expect(feedback.verdict).toBe('Incorrect');
    expect(feedback.summary).toMatch(/^No credit\. You chose 1 of the 3 right options and 1 wrong one\./);
    expect(feedback.summary).not.toContain('Partly right');
    expect(kinds(feedback)).toEqual({ a: ['right'], d: ['wrong'] });
  });

  it('revealed: every correct option says "Correct answer", and the wrong choice is marked apart', () => {
    const feedback = answer(['a', 'd'], 'revealed');
    expect(feedback.verdict).toBe('Answer shown');
    expect(labels(feedback)).toEqual({
      a: ['Correct answer, and you chose it'],
      b: ['Correct answer: you did not choose it'],
      c: ['Correct answer: you did not choose it'],
      d: ['Your choice: should not be chosen'],
    });
  });
});

describe('feedback for myth or reality (a myth)', () => {
  const question = mythQuestion();

  it('is answered for good after one wrong try: a second could not miss', () => {
    expect(triesBeforeReveal(question)).toBe(1);
    expect(triesBeforeReveal(singleQuestion())).toBe(2);
  });

  it('revealed: "Correct answer" on Myth and "Your answer" on Reality, each with its explanation', () => {
    const feedback = feedbackFor(question, { type: 'myth-or-reality', choice: 'reality' }, 'revealed');
    expect(feedback.marks).toEqual({
      reality: [{ kind: 'wrong', label: 'Your answer: not right', explanation: question.explanations.reality }],
      myth: [{ kind: 'answer', label: 'Correct answer', explanation: question.explanations.myth }],
    });
  });
});

describe('feedback for ordering (s1 … s5)', () => {
  const question = orderingQuestion();
  const answer = (order: string[], stage?: Stage) => feedbackFor(question, { type: 'ordering', order }, stage);

  it('one step out of place: "Partly right", the credit and its rule, each step marked in place without the answer', () => {
    const feedback = answer(['s2', 's3', 's4', 's5', 's1']);
    expect(feedback.verdict).toBe('Partly right');
    expect(feedback.summary).toMatch(/^75% credit: 3 of 4 neighbouring steps follow each other correctly\. Credit counts/);
    expect(labels(feedback)).toEqual({
      s2: ['Not the first step'],
      s3: ['Right after the step before'],
      s4: ['Right after the step before'],
      s5: ['Right after the step before'],
      s1: ['Does not follow the step before'],
    });
    expect(feedback.all).toEqual([]);
  });

  it('no step in order: "Incorrect" with no credit', () => {
    const feedback = answer(['s5', 's4', 's3', 's2', 's1']);
    expect(feedback.verdict).toBe('Incorrect');
    expect(feedback.summary).toMatch(/^No credit/);
  });

  it('revealed: where each step belongs, and the correct order with why', () => {
    const feedback = answer(['s2', 's1', 's3', 's4', 's5'], 'revealed');
    expect(labels(feedback).s2).toEqual(['You placed it 1st; it belongs 2nd']);
    expect(labels(feedback).s3).toEqual(['In its place: step 3']);
    expect(feedback.all.map((l) => l.label)).toEqual(['1. Step 1', '2. Step 2', '3. Step 3', '4. Step 4', '5. Step 5']);
  });
});

describe('feedback for matching (p1 … p4)', () => {
  const question = matchingQuestion();
  const answer = (matches: Record<string, string>, stage?: Stage) => feedbackFor(question, { type: 'matching', matches }, stage);

  it('two of four right: "Partly right", 50% credit; wrong matches marked without their answer', () => {
    const feedback = answer({ p1: 'p1', p2: 'p2', p3: 'p4', p4: 'p3' });
    expect(feedback.verdict).toBe('Partly right');
    expect(feedback.summary).toBe('50% credit: 2 of 4 matches are right. Each right match earns an equal share of the mark.');
    expect(labels(feedback)).toEqual({ p1: ['Right match'], p2: ['Right match'], p3: ['Not the right match'], p4: ['Not the right match'] });
    expect(JSON.stringify(feedback.marks.p3)).not.toContain('Right 3');
  });

  it('revealed: "Your answer" and "Correct answer" apart on each wrong item', () => {
    const feedback = answer({ p1: 'p1', p2: 'p2', p3: 'p4', p4: 'p3' }, 'revealed');
    expect(labels(feedback).p3).toEqual(['Your answer: “Right 4”', 'Correct answer: “Right 3”']);
    expect(labels(feedback).p1).toEqual(['Your match is right']);
  });
});
