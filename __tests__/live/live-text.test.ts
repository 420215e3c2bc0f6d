import { chartText, rightAnswer } from '../../src/live/chart-text';
import { explain } from '../../src/live/explain';
import { formatCode, normaliseCode, CODE_PATTERN } from '../../src/live/protocol';
import { correctResponse } from '../../src/quiz/lib/grade';
import { matching, multiple, ordering, single } from '../support/sample-questions';

describe('join codes as people type them', () => {
  it('accepts spaces, a dash, lower case, and O/I/L for 0/1', () => {
    expect(normaliseCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(normaliseCode('o1il 2345')).toBe('01112345');
    expect(CODE_PATTERN.test(normaliseCode('k7qm-x2pz'))).toBe(true);
    expect(CODE_PATTERN.test(normaliseCode('ABCD-EFGU'))).toBe(false);
    expect(formatCode('ABCDEFGH')).toBe('ABCD-EFGH');
  });
});

describe('what the reveal says', () => {
  it('labels each bar with its option, step or pair, and says what the bars count', () => {
    const choice = chartText(single, single.type === 'single' ? single.options.map((o) => ({ id: o.id, count: 1, correct: o.correct })) : []);
    expect(choice.caption).toBe('How many chose each answer');
    expect(choice.marksRight).toBe(true);
    expect(choice.bars.map((b) => b.label)).toEqual(single.type === 'single' ? single.options.map((o) => o.text) : []);
    if (ordering.type !== 'ordering' || matching.type !== 'matching') throw new Error('samples changed');
    const steps = chartText(ordering, ordering.items.map((i) => ({ id: i.id, count: 2, correct: true })));
    expect(steps.caption).toBe('How many put each step in its right place');
    expect(steps.marksRight).toBe(false);
    expect(steps.bars[0]?.label).toBe(`Step 1: ${ordering.items[0]?.text}`);
    const pairs = chartText(matching, matching.pairs.map((p) => ({ id: p.id, count: 0, correct: true })));
    expect(pairs.bars[0]?.label).toBe(`${matching.pairs[0]?.left} → ${matching.pairs[0]?.right}`);
  });

  it('names the right answer in words', () => {
    if (single.type !== 'single' || multiple.type !== 'multiple') throw new Error('samples changed');
    expect(rightAnswer(single)).toBe(`The right answer: ${single.options.find((o) => o.correct)?.text}`);
    expect(rightAnswer(multiple)).toContain(multiple.options.filter((o) => o.correct)[0]!.text);
  });

  it('gives the learner their verdict and explains every option, naming the right answer once', () => {
    if (single.type !== 'single') throw new Error('samples changed');
    const mine = explain(single, correctResponse(single));
    expect(mine.verdict).toBe('Correct');
    expect(mine.lines).toHaveLength(single.options.length);
    const wrongOption = single.options.find((o) => !o.correct)!;
    expect(explain(single, { type: 'single', choice: wrongOption.id }).verdict).toBe('Incorrect');
    const none = explain(single, null);
    expect(none.verdict).toBeUndefined();
    expect(none.lines.filter((l) => l.status === 'Correct answer')).toHaveLength(1);
    expect(none.lines.every((l) => l.explanation.length > 0)).toBe(true);
  });
});
