import { fingerprint } from '../../../src/quiz/lib/fingerprint';
import type { Question } from '../../../src/quiz/lib/question';
import { allQuestions, matchingQuestion, multipleQuestion, mythQuestion, orderingQuestion, scenarioQuestion, singleQuestion } from './sample-questions';

/** Returns a copy of the question changed by `edit` (which may mutate the copy). */
function edited<Q extends Question>(question: Q, edit: (copy: Q) => void): Q {
  const copy = structuredClone(question);
  edit(copy);
  return copy;
}

describe('fingerprint', () => {
  it('is a short string, the same for the same question (also a fresh copy, as after a reload)', () => {
    for (const question of allQuestions()) {
      expect(fingerprint(question)).toMatch(/^[0-9a-z]{1,8}$/);
      expect(fingerprint(structuredClone(question))).toBe(fingerprint(question));
    }
  });

  it('differs between the sample questions of different types', () => {
    const prints = allQuestions().map(fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it.each(allQuestions().map((q) => [q.type, q] as const))('%s: changes when the prompt changes', (_type, question) => {
    expect(fingerprint(edited(question, (q) => (q.prompt = `${q.prompt} Really?`)))).not.toBe(fingerprint(question));
  });

  it.each(allQuestions().map((q) => [q.type, q] as const))('%s: does not change when the hint is reworded', (_type, question) => {
    expect(fingerprint(edited(question, (q) => (q.hint = 'A different hint, worded anew.')))).toBe(fingerprint(question));
  });

  describe.each([
    ['single', singleQuestion()],
    ['multiple', multipleQuestion()],
    ['scenario', scenarioQuestion()],
  ] as const)('%s choice', (_type, question) => {
    const fp = fingerprint(question);
    const first = (q: typeof question) => q.options[0]!;

    it('changes when an option’s text changes', () => {
      expect(fingerprint(edited(question, (q) => (first(q).text = 'Something else entirely')))).not.toBe(fp);
    });

    it('changes when an option’s id changes', () => {
      expect(fingerprint(edited(question, (q) => (first(q).id = 'renamed')))).not.toBe(fp);
    });

    it('changes when which option is correct changes', () => {
      expect(fingerprint(edited(question, (q) => (first(q).correct = !first(q).correct)))).not.toBe(fp);
    });

    it('changes when an option is added or removed', () => {
      expect(fingerprint(edited(question, (q) => q.options.push({ id: 'new', text: 'New', correct: false, explanation: 'A new one, explained.' })))).not.toBe(fp);
      expect(fingerprint(edited(question, (q) => q.options.pop()))).not.toBe(fp);
    });

    it('does not change when an option’s explanation is reworded', () => {
      expect(fingerprint(edited(question, (q) => q.options.forEach((o) => (o.explanation = `${o.explanation} Reworded.`))))).toBe(fp);
    });
  });

  it('scenario: changes when the situation changes (it decides the answer)', () => {
    const question = scenarioQuestion();
    expect(fingerprint(edited(question, (q) => (q.scenario = 'A quite different situation, in which another approach is right.')))).not.toBe(
      fingerprint(question),
    );
  });

  describe('myth or reality', () => {
    const question = mythQuestion();

    it('changes when the answer changes', () => {
      expect(fingerprint(edited(question, (q) => (q.answer = 'reality')))).not.toBe(fingerprint(question));
    });

    it('does not change when an explanation is reworded', () => {
      const reworded = edited(question, (q) => (q.explanations = { myth: 'Myth, reworded at length.', reality: 'Reality, reworded at length.' }));
      expect(fingerprint(reworded)).toBe(fingerprint(question));
    });
  });

  describe('ordering', () => {
    const question = orderingQuestion();
    const fp = fingerprint(question);

    it('changes when a step’s text or id changes', () => {
      expect(fingerprint(edited(question, (q) => (q.items[1]!.text = 'Another step')))).not.toBe(fp);
      expect(fingerprint(edited(question, (q) => (q.items[1]!.id = 'renamed')))).not.toBe(fp);
    });

    it('changes when the right order changes', () => {
      expect(fingerprint(edited(question, (q) => q.items.reverse()))).not.toBe(fp);
    });

    it('changes when a step is added or removed', () => {
      expect(fingerprint(orderingQuestion('sample-ordering', 4))).not.toBe(fp);
      expect(fingerprint(orderingQuestion('sample-ordering', 6))).not.toBe(fp);
    });

    it('does not change when a step’s explanation is reworded', () => {
      expect(fingerprint(edited(question, (q) => q.items.forEach((i) => (i.explanation = 'Reworded at some length.'))))).toBe(fp);
    });
  });

  describe('matching', () => {
    const question = matchingQuestion();
    const fp = fingerprint(question);

    it('changes when a pair’s left side, right side or id changes', () => {
      expect(fingerprint(edited(question, (q) => (q.pairs[0]!.left = 'Another left')))).not.toBe(fp);
      expect(fingerprint(edited(question, (q) => (q.pairs[0]!.right = 'Another right')))).not.toBe(fp);
      expect(fingerprint(edited(question, (q) => (q.pairs[0]!.id = 'renamed')))).not.toBe(fp);
    });

    it('changes when which right side belongs to which left side changes', () => {
      const swapped = edited(question, (q) => {
        const [one, two] = [q.pairs[0]!, q.pairs[1]!];
        [one.right, two.right] = [two.right, one.right];
      });
      expect(fingerprint(swapped)).not.toBe(fp);
    });

    it('changes when a pair is added or removed', () => {
      expect(fingerprint(matchingQuestion('sample-matching', 3))).not.toBe(fp);
      expect(fingerprint(matchingQuestion('sample-matching', 5))).not.toBe(fp);
    });

    it('does not change when a pair’s explanation is reworded', () => {
      expect(fingerprint(edited(question, (q) => q.pairs.forEach((p) => (p.explanation = 'Reworded at some length.'))))).toBe(fp);
    });
  });
});
